// @ts-check
/** The console's one mutable state, shared by its modules. */

/**
 * @typedef {import('./tickets.js').Ticket} Ticket
 * @typedef {import('./tickets.js').Me} Me
 * @typedef {import('./tickets.js').Filters} Filters
 * @typedef {{ id: string, ticket: Ticket | null, full: boolean, lastSeq: number, nodes: Map<number, Element>,
 *   canned: { faqId?: string, title?: string, text?: string }[] }} OpenTicket
 * @typedef {{ id: string | number, status?: string, channel?: string, chatId?: string | number, text?: string,
 *   lastError?: string, attempts?: number, createdAt?: string, conversationId?: string }} Delivery
 */

export const state = {
  /** @type {string | null} */ token: null,
  /** @type {Me | null} */ me: null,
  /** @type {Filters} */ filters: { status: '', priority: '', tier: '' },
  /** @type {Ticket[]} */ tickets: [],
  /** @type {Map<string, Ticket>} */ seen: new Map(),
  /** @type {Set<string>} */ unread: new Set(),
  /** @type {Map<string, { state: string, until: number }>} */ flash: new Map(),
  /** @type {Map<string, string>} */ drafts: new Map(),
  /** @type {Map<string, HTMLElement>} */ queueNodes: new Map(),
  queueLoad: 0,
  /** @type {OpenTicket | null} */ open: null,
  busy: false,
  /** @type {WebSocket | null} */ socket: null,
  /** @type {ReturnType<typeof setTimeout> | null} */ reconnectTimer: null,
  reconnectAttempt: 0,
  /** @type {ReturnType<typeof setInterval> | undefined} */ refreshTimer: undefined,
  /** @type {ReturnType<typeof setInterval> | undefined} */ tickTimer: undefined,
  /** @type {{ ticketId: string | null, timer: ReturnType<typeof setTimeout> | undefined, sentAt: number }} */
  typing: { ticketId: null, timer: undefined, sentAt: 0 },
  /** @type {ReturnType<typeof setTimeout> | undefined} */ userTypingTimer: undefined,
  /** @type {Delivery[]} */ deliveries: [],
  /** @type {Map<string, HTMLElement>} */ deliveryNodes: new Map(),
  deliveryLoad: 0,
  /** @type {Set<string>} */ retrying: new Set()
};
