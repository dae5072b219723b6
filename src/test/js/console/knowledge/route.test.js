import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRoute, routeHash } from '../../../../main/resources/web/console/knowledge/route.js';

test('the address says whether the knowledge view shows, which tab and which entry', () => {
  assert.deepEqual(parseRoute(''), { knowledge: false, tab: 'entries', entry: null });
  assert.deepEqual(parseRoute('#queue'), { knowledge: false, tab: 'entries', entry: null });
  assert.deepEqual(parseRoute('#knowledge'), { knowledge: true, tab: 'entries', entry: null });
  assert.deepEqual(parseRoute('#knowledge/entries/contact-channels'),
    { knowledge: true, tab: 'entries', entry: 'contact-channels' });
  assert.deepEqual(parseRoute('#/knowledge/versions/3'), { knowledge: true, tab: 'versions', entry: null });
  assert.deepEqual(parseRoute('#knowledge/nonsense'), { knowledge: true, tab: 'entries', entry: null });
  assert.deepEqual(parseRoute('#knowledge/entries/%E0%A4'), { knowledge: true, tab: 'entries', entry: null });
});

test('a route and its address go both ways', () => {
  for (const route of [{ knowledge: true, tab: 'entries', entry: 'a b/c' }, { knowledge: true, tab: 'suggestions', entry: null },
    { knowledge: false, tab: 'entries', entry: null }]) {
    assert.deepEqual(parseRoute(routeHash(route)), route);
  }
  assert.equal(routeHash({ knowledge: true, tab: 'changes', entry: 'ignored' }), '#knowledge/changes');
  assert.equal(routeHash({ knowledge: true }), '#knowledge/entries');
});
