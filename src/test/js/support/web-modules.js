// @ts-check
// Node reads a .js file as CommonJS unless a package.json above it says "module". The web sources have none:
// they ship to browsers as they are. This hook (node --import ./support/web-modules.js) tells Node that the
// .js files under src/main/resources/web are ES modules, as browsers load them.
import { register } from 'node:module';

register('./web-modules-hooks.js', import.meta.url);
