// @ts-check
/** Remembers the conversation for the tab's session, so a reload resumes it. */

export const STORAGE_KEY = 'baton.conversation';

/** @typedef {{conversationId: string, token: string}} Conversation */

/**
 * @param {() => Pick<Storage, 'getItem'>} storage the storage, fetched inside the guard: reading
 *   window.sessionStorage itself throws where the browser blocks it
 * @returns {Conversation | null}
 */
export function loadConversation(storage) {
  try {
    const saved = JSON.parse(storage().getItem(STORAGE_KEY) || 'null');
    if (saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string') {
      return { conversationId: saved.conversationId, token: saved.token };
    }
  } catch {
    // Storage blocked or corrupt: start fresh.
  }
  return null;
}

/**
 * @param {() => Pick<Storage, 'setItem' | 'removeItem'>} storage as for loadConversation
 * @param {Conversation | null} conversation null forgets it
 */
export function saveConversation(storage, conversation) {
  try {
    if (conversation) {
      storage().setItem(STORAGE_KEY, JSON.stringify(conversation));
    } else {
      storage().removeItem(STORAGE_KEY);
    }
  } catch {
    // Without storage the chat still works; it just won't survive a reload.
  }
}
