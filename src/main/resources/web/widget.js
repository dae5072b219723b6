// @ts-check
/*
 * Baton chat widget, for pages that embed it by this address:
 *   <script src="https://support.example.com/widget.js" defer></script>
 * The widget itself is the ES module widget/main.js next to this file; this loads it. The module reads this
 * tag's data-baton-url and data-baton-locale (see widget/main.js).
 */
(function () {
  'use strict';
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  const module = document.createElement('script');
  module.type = 'module';
  module.src = new URL('widget/main.js', script && script.src ? script.src : window.location.href).href;
  document.head.appendChild(module);
})();
