import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STORAGE_KEY, loadConversation, saveConversation } from '../../../main/resources/web/widget/storage.js';

function memoryStorage() {
  const items = new Map();
  return {
    items,
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key)
  };
}

test('a saved conversation is loaded back, and forgetting it removes it', () => {
  const storage = memoryStorage();
  saveConversation(() => storage, { conversationId: 'c_1', token: 't' });
  assert.deepEqual(loadConversation(() => storage), { conversationId: 'c_1', token: 't' });

  saveConversation(() => storage, null);
  assert.equal(storage.items.has(STORAGE_KEY), false);
  assert.equal(loadConversation(() => storage), null);
});

test('only the id and the token are kept, and anything malformed starts fresh', () => {
  const storage = memoryStorage();
  storage.setItem(STORAGE_KEY, '{"conversationId":"c_1","token":"t","extra":1}');
  assert.deepEqual(loadConversation(() => storage), { conversationId: 'c_1', token: 't' });
  for (const bad of ['{"conversationId":1,"token":"t"}', '{"conversationId":"c_1"}', 'not json', '[]']) {
    storage.setItem(STORAGE_KEY, bad);
    assert.equal(loadConversation(() => storage), null, bad);
  }
});

test('a browser that blocks storage still chats, it just does not remember', () => {
  const blocked = () => {
    throw new Error('SecurityError: storage is disabled');
  };
  assert.equal(loadConversation(blocked), null);
  assert.doesNotThrow(() => saveConversation(blocked, { conversationId: 'c_1', token: 't' }));
});
