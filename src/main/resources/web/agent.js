/*
 * Baton agent console: pick handed-off conversations out of the queue and reply live.
 * Talks to /api/v1/agent/* with the agent's bearer token and listens on /api/v1/agent/stream.
 * Every piece of server data reaches the page through textContent or attributes; nothing here parses HTML.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'baton.agent.token';
  var REFRESH_MS = 20000;
  var TYPING_IDLE_MS = 3000;
  var TYPING_RESEND_MS = 10000;
  var USER_TYPING_TIMEOUT_MS = 8000;
  var FLASH_MS = 4000;
  var DELIVERY_LIMIT = 100;
  var PREVIEW_CHARS = 160;
  var RECONNECT_MIN_MS = 1000;
  var RECONNECT_MAX_MS = 15000;
  var OPEN_STATUSES = ['queued', 'assigned', 'waiting_on_user'];
  var SENDERS = { user: 'User · 用户', bot: 'Baton', agent: 'Agent · 客服', system: 'System · 系统' };
  var LABELS = {
    queued: 'queued · 排队中', assigned: 'assigned · 处理中', waiting_on_user: 'waiting on user · 等待用户',
    resolved: 'resolved · 已解决', abandoned: 'abandoned · 已放弃', urgent: 'urgent · 紧急', normal: 'normal · 普通'
  };
  var CHANNELS = { telegram: 'Telegram', slack: 'Slack', wechat: 'WeChat · 微信', generic: 'Webhook' };
  var DETAIL_FIELDS = [
    ['accountId', 'Account · 账户'], ['description', 'Description · 问题描述'],
    ['txHashes', 'Transaction hashes · 交易哈希'], ['addresses', 'Addresses · 地址'], ['amount', 'Amount · 金额'],
    ['time', 'Time · 时间'], ['errorMessage', 'Error message · 报错信息'], ['email', 'Email · 邮箱']
  ];
  var HINTS = {
    reply: 'Reply to the user · 回复用户（Enter 发送，Shift+Enter 换行）',
    claim: 'Claim the ticket to reply · 认领后即可回复',
    closed: 'Replies are closed for this ticket · 当前状态不可回复'
  };
  // The API lives next to this script (normally the site root).
  var BASE = new URL('./', (document.currentScript && document.currentScript.src) || new URL('/', location.href)).href;

  var state = {
    token: null, me: null, filters: { status: '', priority: '', tier: '' },
    tickets: [], seen: new Map(), unread: new Set(), flash: new Map(), drafts: new Map(), queueNodes: new Map(),
    queueLoad: 0, open: null, busy: false,
    socket: null, reconnectTimer: null, reconnectAttempt: 0, refreshTimer: null, tickTimer: null,
    typing: { ticketId: null, timer: null, sentAt: 0 }, userTypingTimer: null,
    deliveries: [], deliveryNodes: new Map(), deliveryLoad: 0, retrying: new Set()
  };
  var view = {};

  // ---------------------------------------------------------------- DOM helpers

  /** Sets attributes from a map; null or undefined removes one. */
  function attrs(node, map) {
    Object.keys(map).forEach(function (name) {
      if (map[name] === null || map[name] === undefined) {
        node.removeAttribute(name);
      } else {
        node.setAttribute(name, String(map[name]));
      }
    });
    return node;
  }

  /** Replaces (or, with append, extends) a node's children; strings become text nodes, nulls are skipped. */
  function fill(node, children, append) {
    if (!append) { node.textContent = ''; }
    children.forEach(function (child) {
      if (child !== null && child !== undefined && child !== false) {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function el(tag, map, children) { return fill(attrs(document.createElement(tag), map || {}), children || [], true); }

  function setBadge(node, kind, value, text) {
    attrs(node, { 'data-kind': kind, 'data-value': value }).textContent = text;
    return node;
  }

  function badge(kind, value, text, name) {
    return setBadge(el('span', { 'class': 'badge', 'data-agent': name }), kind, value, text);
  }

  // ---------------------------------------------------------------- formatting

  function parseTime(value) {
    var t = value ? Date.parse(value) : NaN;
    return isNaN(t) ? null : t;
  }

  function relativeTime(value) {
    var t = parseTime(value);
    if (t === null) { return ''; }
    var s = Math.round((Date.now() - t) / 1000);
    var abs = Math.abs(s);
    if (abs < 45) { return 'just now'; }
    var text = abs < 3600 ? Math.round(abs / 60) + ' min'
      : abs < 86400 ? Math.round(abs / 3600) + ' h' : Math.round(abs / 86400) + ' d';
    return s < 0 ? 'in ' + text : text + ' ago';
  }

  function localTime(value) {
    var t = parseTime(value);
    return t === null ? '' : new Date(t).toLocaleString();
  }

  /** A <time> whose relative text the clock tick keeps fresh; the local time is in its tooltip. */
  function timeNode(value) {
    return el('time', { datetime: value || '', title: localTime(value), 'data-rel': value || '' }, [relativeTime(value)]);
  }

  function label(value) { return LABELS[value] || String(value == null ? '' : value); }

  function assigneeText(ticket) {
    if (!ticket.assignee) { return 'Unassigned · 未分配'; }
    var mine = state.me && ticket.assignee.id === state.me.id;
    return 'Assignee: ' + ticket.assignee.name + (mine ? ' (you · 我)' : '');
  }

  /** When the first response is due, or null once it was given or the ticket is closed. */
  function slaDue(t) {
    var done = !t || t.firstResponseAt || t.status === 'resolved' || t.status === 'abandoned';
    return done ? null : parseTime(t.firstResponseDue);
  }

  /** mm:ss until the due time (red under a minute), "overdue" after it. */
  function paintSla(node) {
    var left = Number(node.getAttribute('data-due')) - Date.now();
    var seconds = Math.max(0, Math.ceil(left / 1000));
    var mm = Math.floor(seconds / 60);
    var ss = seconds % 60;
    node.textContent = left <= 0 ? 'overdue' : (mm < 10 ? '0' : '') + mm + ':' + (ss < 10 ? '0' : '') + ss;
    attrs(node, { 'data-zh': left <= 0 ? '已超时' : null, 'data-state': left <= 0 ? 'overdue' : left < 60000 ? 'danger' : 'ok' });
  }

  function setSla(node, ticket) {
    var due = slaDue(ticket);
    node.hidden = due === null;
    attrs(node, { 'data-due': due, title: due === null ? null : 'First response due ' + localTime(ticket.firstResponseDue)
      + ' · 首次响应期限', 'data-state': null, 'data-zh': null }).textContent = '';
    if (due !== null) { paintSla(node); }
    return node;
  }

  // ---------------------------------------------------------------- HTTP API

  function ApiError(status, code, message) {
    this.status = status;
    this.code = code || '';
    this.message = message || '';
  }

  /** One API call; a 401 on the signed-in token ends the session. */
  async function request(method, path, body, token) {
    var headers = { Accept: 'application/json', Authorization: 'Bearer ' + (token || state.token) };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    var response;
    var data = null;
    try {
      response = await fetch(new URL('api/v1/agent/' + path, BASE).href, { method: method, headers: headers,
        cache: 'no-store', credentials: 'omit', body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new ApiError(0, 'network', 'Network error: Baton could not be reached. · 网络错误，无法连接服务器');
    }
    try {
      var raw = await response.text();
      data = raw ? JSON.parse(raw) : null;
    } catch (e) {
      data = null;
    }
    if (!response.ok) {
      var error = (data && data.error) || {};
      if (response.status === 401 && !token && state.me) { expireSession(); }
      throw new ApiError(response.status, error.code, error.message || 'HTTP ' + response.status);
    }
    return data || {};
  }

  function ticketPath(id, rest) { return 'tickets/' + encodeURIComponent(id) + (rest || ''); }

  var api = {
    me: function (token) { return request('GET', 'me', undefined, token); },
    queue: function (filters) {
      var params = new URLSearchParams();
      Object.keys(filters).forEach(function (key) {
        if (filters[key]) { params.set(key, filters[key]); }
      });
      params.set('limit', '100');
      return request('GET', 'queue?' + params);
    },
    ticket: function (id) { return request('GET', ticketPath(id)); },
    transcript: function (id, after) { return request('GET', ticketPath(id, '/transcript?after=' + (after || 0))); },
    canned: function (id) { return request('GET', ticketPath(id, '/canned')); },
    claim: function (id) { return request('POST', ticketPath(id, '/claim')); },
    reply: function (id, text) { return request('POST', ticketPath(id, '/messages'), { text: text }); },
    note: function (id, text) { return request('POST', ticketPath(id, '/notes'), { text: text }); },
    escalate: function (id, note) { return request('POST', ticketPath(id, '/escalate'), { note: note }); },
    resolve: function (id) { return request('POST', ticketPath(id, '/resolve')); },
    deadLetters: function () { return request('GET', 'deliveries?status=dead&limit=' + DELIVERY_LIMIT); },
    retryDelivery: function (id) { return request('POST', 'deliveries/' + encodeURIComponent(id) + '/retry'); }
  };

  // ---------------------------------------------------------------- error banner

  function showError(error) {
    if (!state.me) { return; }
    var known = error instanceof ApiError;
    view.errorText.textContent = known ? error.message : String((error && error.message) || error);
    attrs(view.error, { 'data-code': known ? error.code : 'client', title: known ? error.code : null }).hidden = false;
  }

  function clearError() {
    view.error.hidden = true;
    view.errorText.textContent = '';
  }

  // ---------------------------------------------------------------- session

  /** The token lives in this tab's session storage; without storage a reload just asks again. */
  function storage(token) {
    try {
      if (token === undefined) { return sessionStorage.getItem(TOKEN_KEY); }
      return token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) {
      return null;
    }
  }

  function showSignIn(message) {
    view.console.hidden = true;
    view.signInScreen.hidden = false;
    view.signInError.textContent = message || '';
    view.signInError.hidden = !message;
    view.token.focus();
  }

  async function signIn(token) {
    token = String(token || '').trim();
    if (!token) { return showSignIn('Enter your agent token. · 请输入客服令牌。'); }
    view.signIn.disabled = true;
    try {
      state.me = await api.me(token);
      state.token = token;
      storage(token);
      startConsole();
    } catch (e) {
      if (e.status === 401) { storage(null); }
      showSignIn(e.status === 401 ? 'Sign-in failed: ' + (e.message || 'invalid token') + ' · 令牌无效或已撤销'
        : e.message || 'Sign-in failed. · 登录失败');
    } finally {
      view.signIn.disabled = false;
    }
  }

  function startConsole() {
    var me = state.me;
    clearError();
    view.signInScreen.hidden = true;
    view.console.hidden = false;
    view.token.value = '';
    fill(attrs(view.me, { 'data-tier': me.tier }), [el('b', {}, [String(me.name || me.id || '')]),
      ' · Tier ' + me.tier + (Number(me.tier) >= 2 ? ' · 二线' : ' · 一线'), me.supervisor ? ' · supervisor · 主管' : null]);
    setConnection(false);
    stopTimers();
    loadQueue(true);
    loadDeliveries(false);
    connect();
    state.refreshTimer = setInterval(function () {
      loadQueue(false);
      loadDeliveries(false);
    }, REFRESH_MS);
    state.tickTimer = setInterval(tick, 1000);
  }

  function stopTimers() {
    clearInterval(state.refreshTimer);
    clearInterval(state.tickTimer);
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
  }

  function signOut(message) {
    var socket = state.socket;
    closeTicket();
    stopTimers();
    state.socket = null;
    if (socket) { socket.close(1000, 'sign out'); }
    storage(null);
    Object.assign(state, { token: null, me: null, tickets: [], reconnectAttempt: 0, deliveries: [] });
    [state.seen, state.unread, state.drafts, state.flash, state.retrying].forEach(function (c) { c.clear(); });
    renderQueue();
    toggleDeliveries(false);
    renderDeliveries();
    clearError();
    showSignIn(message);
  }

  function expireSession() {
    signOut('Your session ended: the token is invalid or was revoked. · 会话已失效，请重新登录。');
  }

  // ---------------------------------------------------------------- queue

  function isNewer(a, b) { return (parseTime(a && a.updatedAt) || 0) > (parseTime(b && b.updatedAt) || 0); }

  /** Keeps the newest copy of every ticket seen, so a slow fetch cannot undo a live update. */
  function remember(ticket) {
    var known = state.seen.get(ticket.id);
    if (known && isNewer(known, ticket)) { return known; }
    state.seen.set(ticket.id, ticket);
    return ticket;
  }

  function matchesFilter(t) {
    var f = state.filters;
    var me = state.me;
    var visible = me.supervisor || (Number(t.tier) <= Number(me.tier) && (!t.assignee || t.assignee.id === me.id));
    return visible && (f.status ? f.status.split(',') : OPEN_STATUSES).indexOf(t.status) >= 0
      && (!f.priority || t.priority === f.priority) && (!f.tier || String(t.tier) === f.tier);
  }

  /** Tier 2 first for tier-2 agents, then urgent first, then oldest first. */
  function compareTickets(a, b) {
    var tier = Number(state.me.tier) >= 2 ? (Number(b.tier) >= 2) - (Number(a.tier) >= 2) : 0;
    var urgent = (b.priority === 'urgent') - (a.priority === 'urgent');
    return tier || urgent || (parseTime(a.createdAt) || 0) - (parseTime(b.createdAt) || 0);
  }

  async function loadQueue(loud) {
    if (!state.me) { return; }
    var load = ++state.queueLoad;
    try {
      var data = await api.queue(state.filters);
      if (load !== state.queueLoad || !state.me) { return; }
      var fetched = (data.tickets || []).filter(function (t) { return t && t.id; });
      // The server decides what is listed, unless a newer live copy says the ticket has moved on.
      state.tickets = fetched.map(remember).filter(function (t, i) {
        return t === fetched[i] || matchesFilter(t);
      }).sort(compareTickets);
      renderQueue();
      if (state.open && state.seen.has(state.open.id)) { updateOpenSummary(state.seen.get(state.open.id), false); }
    } catch (e) {
      if (loud) { showError(e); }
    }
  }

  /** Inserts, replaces or removes one ticket after a live event or an action. */
  function applyTicket(ticket) {
    var latest = remember(ticket);
    var list = state.tickets.filter(function (t) { return t.id !== latest.id; });
    if (matchesFilter(latest)) { list.push(latest); }
    state.tickets = list.sort(compareTickets);
    renderQueue();
    if (state.open && state.open.id === latest.id) { updateOpenSummary(latest, true); }
  }

  /** Keyed render: rows keep their element (and focus) and only move when the order changes. */
  function renderQueue() {
    var keep = new Set();
    state.tickets.forEach(function (ticket, index) {
      var node = state.queueNodes.get(ticket.id);
      if (!node) {
        node = el('li', { 'class': 't-item', 'data-agent': 'ticket', role: 'button', tabindex: '0' });
        state.queueNodes.set(ticket.id, node);
      }
      fillTicketNode(node, ticket);
      if (view.queue.children[index] !== node) { view.queue.insertBefore(node, view.queue.children[index] || null); }
      keep.add(ticket.id);
    });
    state.queueNodes.forEach(function (node, id) {
      if (!keep.has(id)) {
        node.remove();
        state.queueNodes.delete(id);
      }
    });
    view.queueEmpty.hidden = state.tickets.length > 0 || !state.me;
    view.queueCount.textContent = String(state.tickets.length);
  }

  function fillTicketNode(node, t) {
    var flash = state.flash.get(t.id);
    attrs(node, { 'data-ticket-id': t.id, 'data-status': t.status || '', 'data-priority': t.priority || '',
      'data-tier': t.tier, 'data-unread': state.unread.has(t.id), 'data-flash': flash ? flash.state : null,
      'aria-current': !!state.open && state.open.id === t.id });
    fill(node, [
      el('div', { 'class': 't-top' }, [
        el('span', { 'class': 't-reason', 'data-agent': 'ticket-reason' }, [t.reason || '—']),
        slaDue(t) === null ? null : setSla(el('span', { 'class': 'sla', 'data-agent': 'sla' }), t)
      ]),
      el('div', { 'class': 't-badges' }, [
        badge('priority', t.priority, label(t.priority), 'ticket-priority'),
        badge('tier', t.tier, 'Tier ' + t.tier, 'ticket-tier'),
        badge('status', t.status, label(t.status), 'ticket-status')
      ]),
      t.preview ? el('div', { 'class': 't-preview', 'data-agent': 'ticket-preview', title: t.preview }, [t.preview]) : null,
      el('div', { 'class': 't-meta' }, [
        el('span', { 'data-agent': 'ticket-assignee' }, [assigneeText(t)]), ' · ', timeNode(t.createdAt)
      ])
    ]);
  }

  function onSlaEvent(event) {
    var id = event.ticketId;
    var open = state.open && state.open.id === id ? state.open : null;
    [state.seen.get(id), open && open.ticket].forEach(function (t) {
      if (t && event.firstResponseDue) { t.firstResponseDue = event.firstResponseDue; }
    });
    state.flash.set(id, { state: event.state || 'warning', until: Date.now() + FLASH_MS });
    renderQueue();
    if (open) { renderOpenHeader(); }
  }

  /** Once a second: SLA countdowns, relative times, and flashes that have run their course. */
  function tick() {
    document.querySelectorAll('[data-due]').forEach(paintSla);
    document.querySelectorAll('time[data-rel]').forEach(function (node) {
      node.textContent = relativeTime(node.getAttribute('data-rel'));
    });
    state.flash.forEach(function (flash, id) {
      if (flash.until > Date.now()) { return; }
      state.flash.delete(id);
      if (state.queueNodes.has(id)) { state.queueNodes.get(id).removeAttribute('data-flash'); }
      if (state.open && state.open.id === id) { view.open.removeAttribute('data-flash'); }
    });
  }

  // ---------------------------------------------------------------- open ticket

  async function openTicket(id) {
    if (state.open && state.open.id === id && state.open.full) { return; }
    closeTicket();
    var open = { id: id, ticket: state.seen.get(id) || null, full: false, lastSeq: 0, nodes: new Map(), canned: [] };
    state.open = open;
    state.unread.delete(id);
    renderQueue();
    view.replyText.value = state.drafts.get(id) || '';
    renderOpenHeader();
    renderOpenBody();
    try {
      var results = await Promise.all([api.ticket(id), api.transcript(id, 0)]);
      if (state.open !== open) { return; }
      acceptTicket(results[0]);
      appendMessages(results[1].messages);
      scrollTranscript(true);
    } catch (e) {
      if (state.open === open) { showError(e); }
    }
    loadCanned(open);
  }

  function closeTicket() {
    stopTyping();
    setUserTyping(false);
    state.open = null;
    view.open.hidden = true;
    view.noTicket.hidden = false;
    attrs(view.open, { 'data-open-ticket-id': null, 'data-status': null, 'data-priority': null, 'data-flash': null });
    [view.transcript, view.details, view.notes].forEach(function (node) { node.textContent = ''; });
    view.replyText.value = '';
    view.noteText.value = '';
    hideEscalate();
    renderCanned([]);
  }

  /** A full Ticket from a GET or an action replaces the open one (unless older) and updates the queue. */
  function acceptTicket(ticket) {
    if (!ticket || !ticket.id) { return; }
    var open = state.open;
    if (open && open.id === ticket.id && !isNewer(open.ticket, ticket)) {
      Object.assign(open, { ticket: ticket, full: true });
      renderOpenHeader();
      renderOpenBody();
    }
    applyTicket(ticket);
  }

  /** A summary (queue row or live event) merges over the open ticket; a change may bring new details. */
  function updateOpenSummary(summary, refetch) {
    var open = state.open;
    if (!open || (open.ticket && isNewer(open.ticket, summary))) { return; }
    var changed = !open.ticket || open.ticket.updatedAt !== summary.updatedAt;
    open.ticket = Object.assign({}, open.ticket, summary);
    renderOpenHeader();
    if (refetch && changed && open.full) { refreshOpen(open); }
  }

  /** Re-reads the open ticket quietly (details and notes are not part of a summary). */
  function refreshOpen(open) {
    api.ticket(open.id).then(function (ticket) {
      if (state.open !== open || isNewer(open.ticket, ticket)) { return; }
      Object.assign(open, { ticket: ticket, full: true });
      renderOpenHeader();
      renderOpenBody();
    }, function () { /* the next event or refresh tries again */ });
  }

  function renderOpenHeader() {
    var t = state.open.ticket;
    var flash = t && state.flash.get(t.id);
    view.noTicket.hidden = true;
    view.open.hidden = false;
    attrs(view.open, { 'data-open-ticket-id': state.open.id, 'data-status': t && t.status, 'data-priority': t && t.priority,
      'data-flash': flash ? flash.state : null });
    renderActions();
    view.openReason.textContent = t ? t.reason || '—' : 'Loading… · 加载中';
    if (!t) { return; }
    setBadge(view.openStatus, 'status', t.status, label(t.status));
    setBadge(view.openPriority, 'priority', t.priority, label(t.priority));
    setBadge(view.openTier, 'tier', t.tier, 'Tier ' + t.tier);
    setSla(view.openSla, t);
    fill(view.openMeta, [
      t.id, t.channel ? ' · via ' + t.channel : null, t.language ? ' · ' + t.language : null, ' · created ', timeNode(t.createdAt), ' · ', assigneeText(t),
      t.conversationState ? ' · conversation: ' + t.conversationState : null,
      t.firstResponseAt ? ' · first response ' : null, t.firstResponseAt ? timeNode(t.firstResponseAt) : null,
      t.rating != null ? ' · rating ' + t.rating + '/5' : null
    ]);
  }

  function renderOpenBody() {
    var t = state.open.ticket;
    renderDetails((t && t.details) || {});
    fill(view.notes, (t && Array.isArray(t.notes) ? t.notes : []).map(noteNode));
  }

  /** Enables exactly what the ticket's status (and ownership) allows. */
  function renderActions() {
    var t = state.open && state.open.ticket;
    var me = state.me || {};
    var status = t ? t.status : '';
    var active = status === 'assigned' || status === 'waiting_on_user';
    var canReply = active && (!!me.supervisor || !!(t.assignee && t.assignee.id === me.id));
    var busy = state.busy;
    view.claim.hidden = status !== 'queued';
    view.claim.disabled = busy || status !== 'queued' || (Number(t.tier) > Number(me.tier) && !me.supervisor);
    view.escalate.disabled = busy || OPEN_STATUSES.indexOf(status) < 0 || Number(t.tier) >= 2;
    view.escalateConfirm.disabled = busy || !view.escalateNote.value.trim();
    view.resolve.disabled = busy || !active;
    view.replyText.disabled = !canReply;
    view.replySend.disabled = busy || !canReply;
    view.replyText.placeholder = canReply ? HINTS.reply : status === 'queued' ? HINTS.claim : HINTS.closed;
    view.canned.disabled = !canReply || view.canned.options.length < 2;
    view.noteText.disabled = !t;
    view.noteAdd.disabled = busy || !t;
    if (view.escalate.disabled && !busy) { hideEscalate(); }
  }

  /** Detail values may be plain strings or small objects (value/coin/chain/valid); all become text. */
  function detailValues(value) {
    if (value === null || value === undefined || value === '') { return []; }
    if (Array.isArray(value)) { return value.reduce(function (all, v) { return all.concat(detailValues(v)); }, []); }
    if (typeof value !== 'object') { return [String(value)]; }
    var main = [value.value, value.hash, value.address, value.text, value.amount].filter(function (v) { return v != null; });
    var unit = value.coin || value.currency || value.symbol || value.asset;
    return [main.length ? String(main[0]) + (unit ? ' ' + unit : '') + (value.chain ? ' (' + value.chain + ')' : '')
      + (value.valid === false || value.verified === false ? ' ⚠ unverified · 未验证' : '') : JSON.stringify(value)];
  }

  function renderDetails(details) {
    var rows = DETAIL_FIELDS.map(function (field) {
      var values = detailValues(details[field[0]]);
      var row = { 'class': 'detail', 'data-field': field[0], 'data-agent': 'detail-' + field[0] };
      return !values.length ? null : el('div', row, [
        el('dt', {}, [field[1]]),
        el('dd', {}, values.map(function (v) { return el('div', { 'class': 'detail-value' }, [v]); }))
      ]);
    }).filter(Boolean);
    fill(view.details, rows.length ? rows : [el('div', { 'class': 'muted' }, ['No details collected · 暂无信息'])]);
  }

  function noteNode(note) {
    return el('li', { 'class': 'note', 'data-agent': 'note' }, [
      el('div', { 'class': 'note-meta' }, [String(note.agent || ''), ' · ', timeNode(note.createdAt)]),
      el('div', { 'class': 'note-text' }, [String(note.text || '')])
    ]);
  }

  // ---------------------------------------------------------------- transcript

  function decisionNode(d) {
    var fields = [['action', d.action], ['intent', d.intent],
      ['confidence', typeof d.confidence === 'number' ? Math.round(d.confidence * 100) + '%' : null],
      ['reason', d.reason], ['faq', d.faqId]];
    return el('div', { 'class': 'decision', 'data-agent': 'decision', 'data-action': d.action || '' },
      fields.filter(function (f) { return f[1] !== null && f[1] !== undefined && f[1] !== ''; }).map(function (f) {
        return el('span', { 'data-agent': 'decision-' + f[0] }, [el('b', {}, [f[0] + ': ']), String(f[1])]);
      }));
  }

  function messageNode(m, seq) {
    var sender = Object.prototype.hasOwnProperty.call(SENDERS, m.sender) ? m.sender : 'system';
    var time = parseTime(m.createdAt);
    return el('li', { 'class': 'msg', 'data-agent': 'message', 'data-sender': sender, 'data-seq': seq }, [
      el('div', { 'class': 'msg-meta' }, [SENDERS[sender], time === null ? null : ' · ',
        time === null ? null : el('time', { datetime: m.createdAt, title: localTime(m.createdAt) },
          [new Date(time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })])]),
      el('div', { 'class': 'msg-text', 'data-agent': 'message-text' }, [typeof m.text === 'string' ? m.text : '']),
      m.decision && (sender === 'bot' || sender === 'system') ? decisionNode(m.decision) : null
    ]);
  }

  function nearBottom() {
    var s = view.transcriptScroll;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
  }

  function scrollTranscript(force) {
    if (force || nearBottom()) { view.transcriptScroll.scrollTop = view.transcriptScroll.scrollHeight; }
  }

  /** Renders a message once, in seq order; a second copy only refreshes the text. */
  function appendMessage(m) {
    var open = state.open;
    var seq = Number(m && m.seq);
    if (!open || !Number.isInteger(seq) || seq <= 0) { return; }
    if (open.nodes.has(seq)) {
      var shown = open.nodes.get(seq).querySelector('[data-agent="message-text"]');
      shown.textContent = typeof m.text === 'string' ? m.text : '';
      return;
    }
    var stick = nearBottom();
    var node = messageNode(m, seq);
    var before = seq > open.lastSeq ? null : Array.prototype.find.call(view.transcript.children, function (child) {
      return Number(child.getAttribute('data-seq')) > seq;
    });
    view.transcript.insertBefore(node, before || null);
    open.nodes.set(seq, node);
    open.lastSeq = Math.max(open.lastSeq, seq);
    if (m.sender === 'user') { setUserTyping(false); }
    scrollTranscript(stick || m.sender === 'agent');
  }

  function appendMessages(messages) {
    (messages || []).slice().sort(function (a, b) { return a.seq - b.seq; }).forEach(appendMessage);
  }

  async function catchUpTranscript(after) {
    var open = state.open;
    try {
      var data = open && await api.transcript(open.id, after);
      if (data && state.open === open) { appendMessages(data.messages); }
    } catch (e) {
      // The next reconnect or event tries again.
    }
  }

  function onMessageEvent(event) {
    var open = state.open;
    var m = event.message;
    var match = state.tickets.find(function (t) { return t.conversationId === event.conversationId; });
    var ticketId = event.ticketId || (match && match.id);
    if (!m) { return; }
    if (open && (ticketId === open.id || (open.ticket && event.conversationId === open.ticket.conversationId))) {
      var last = open.lastSeq;
      appendMessage(m);
      if (last > 0 && Number(m.seq) > last + 1) { catchUpTranscript(last); }
    } else if (ticketId && m.sender !== 'agent') {
      state.unread.add(ticketId);
      renderQueue();
    }
  }

  /** A message shown earlier turned out to hold part of a secret: its text is replaced by the redacted one. */
  function onMessageRedacted(event) {
    var open = state.open;
    if (!open || (event.ticketId !== open.id && !(open.ticket && event.conversationId === open.ticket.conversationId))) {
      return;
    }
    var node = view.transcript.querySelector('[data-agent="message"][data-seq="' + Number(event.message.seq) + '"]');
    var text = node && node.querySelector('[data-agent="message-text"]');
    if (text && typeof event.message.text === 'string') {
      text.textContent = event.message.text;
    }
  }

  function setUserTyping(on) {
    clearTimeout(state.userTypingTimer);
    view.userTyping.hidden = !on;
    if (on) {
      // A lost "typing: false" must not leave the hint up forever.
      state.userTypingTimer = setTimeout(function () { setUserTyping(false); }, USER_TYPING_TIMEOUT_MS);
      scrollTranscript(false);
    }
  }

  // ---------------------------------------------------------------- canned answers

  async function loadCanned(open) {
    try {
      var data = await api.canned(open.id);
      if (state.open !== open) { return; }
      open.canned = Array.isArray(data.answers) ? data.answers : [];
      view.canned.setAttribute('data-language', String(data.language || ''));
      renderCanned(open.canned);
    } catch (e) {
      // Canned answers are a convenience; the reply box works without them.
    }
  }

  function renderCanned(answers) {
    var first = answers.length ? 'Canned answers · 快捷回复' : 'No canned answers · 暂无快捷回复';
    fill(view.canned, [el('option', { value: '' }, [first])].concat(answers.map(function (answer, i) {
      var title = String(answer.title || answer.faqId || '#' + (i + 1));
      return el('option', { value: i, 'data-faq-id': answer.faqId }, [title]);
    })));
    view.canned.value = '';
    renderActions();
  }

  /** Puts the chosen answer into the reply box (at the cursor if there is a draft) for the agent to edit. */
  function insertCanned() {
    var open = state.open;
    var answer = open && open.canned[Number(view.canned.value)];
    var box = view.replyText;
    view.canned.value = '';
    if (!answer || box.disabled) { return; }
    box.setRangeText(String(answer.text || ''), box.value ? box.selectionStart : 0, box.value ? box.selectionEnd : 0, 'end');
    state.drafts.set(open.id, box.value);
    box.focus();
  }

  // ---------------------------------------------------------------- actions

  /** Runs one action on the open ticket at a time; failures go to the banner. */
  async function runAction(work) {
    if (state.busy || !state.open) { return; }
    state.busy = true;
    clearError();
    renderActions();
    try {
      await work(state.open);
    } catch (e) {
      showError(e);
    } finally {
      state.busy = false;
      if (state.open) { renderActions(); }
    }
  }

  function claim() {
    runAction(async function (open) {
      acceptTicket(await api.claim(open.id));
      if (state.open === open) { view.replyText.focus(); }
    });
  }

  function sendReply() {
    var text = view.replyText.value.trim();
    if (!text || view.replySend.disabled) { return; }
    runAction(async function (open) {
      var seq = Number((await api.reply(open.id, text)).seq);
      stopTyping();
      state.drafts.delete(open.id);
      if (state.open !== open) { return; }
      if (view.replyText.value.trim() === text) { view.replyText.value = ''; }
      if (Number.isInteger(seq) && seq > 0) {
        appendMessage({ seq: seq, sender: 'agent', text: text, createdAt: new Date().toISOString() });
      } else {
        catchUpTranscript(open.lastSeq);
      }
    });
  }

  function addNote() {
    var text = view.noteText.value.trim();
    if (!text) { return; }
    runAction(async function (open) {
      var note = await api.note(open.id, text);
      if (state.open !== open || !open.ticket) { return; }
      note = note && note.text ? note : { agent: state.me.name, text: text };
      open.ticket.notes = (open.ticket.notes || []).concat([note]);
      fill(view.notes, open.ticket.notes.map(noteNode));
      view.noteText.value = '';
    });
  }

  function showEscalate() {
    view.escalateBox.hidden = false;
    view.escalateNote.focus();
    renderActions();
  }

  function hideEscalate() {
    view.escalateBox.hidden = true;
    view.escalateNote.value = '';
  }

  function confirmEscalate() {
    var note = view.escalateNote.value.trim();
    if (!note) { return view.escalateNote.focus(); }
    runAction(async function (open) {
      var ticket = await api.escalate(open.id, note);
      hideEscalate();
      acceptTicket(ticket);
    });
  }

  function resolve() {
    runAction(async function (open) { acceptTicket(await api.resolve(open.id)); });
  }

  // ---------------------------------------------------------------- failed deliveries

  /** Shows or hides the dead-letter panel (no argument: flips it); opening it fetches a fresh list. */
  function toggleDeliveries(show) {
    var open = typeof show === 'boolean' ? show : view.deliveries.hidden;
    view.deliveries.hidden = !open;
    attrs(view.deliveriesToggle, { 'aria-expanded': open });
    if (open) { loadDeliveries(true); }
  }

  async function loadDeliveries(loud) {
    if (!state.me) { return; }
    var load = ++state.deliveryLoad;
    try {
      var data = await api.deadLetters();
      if (load !== state.deliveryLoad || !state.me) { return; }
      state.deliveries = (data.deliveries || []).filter(function (d) {
        return d && d.id != null && d.status === 'dead';
      });
      renderDeliveries();
    } catch (e) {
      if (loud) { showError(e); }
    }
  }

  /** Keyed like the queue: a row keeps its element (and its Retry button) across refreshes. */
  function renderDeliveries() {
    var keep = new Set();
    state.deliveries.forEach(function (d, index) {
      var id = String(d.id);
      var node = state.deliveryNodes.get(id) || deliveryNode(d);
      state.deliveryNodes.set(id, node);
      node.querySelector('[data-agent="delivery-retry"]').disabled = state.retrying.has(id);
      attrs(node, { 'aria-busy': state.retrying.has(id) });
      if (view.deliveryList.children[index] !== node) {
        view.deliveryList.insertBefore(node, view.deliveryList.children[index] || null);
      }
      keep.add(id);
    });
    state.deliveryNodes.forEach(function (node, id) {
      if (!keep.has(id)) {
        node.remove();
        state.deliveryNodes.delete(id);
      }
    });
    view.deliveriesEmpty.hidden = state.deliveries.length > 0;
    renderDeliveryCount();
  }

  function renderDeliveryCount() {
    var count = state.deliveries.length;
    view.deliveriesCount.textContent = count >= DELIVERY_LIMIT ? count + '+' : String(count);
    attrs(view.deliveriesToggle, { 'data-dead': count > 0 });
  }

  /** The first PREVIEW_CHARS characters (whole code points), with an ellipsis when there is more. */
  function preview(text) {
    var chars = Array.from(text);
    return chars.length > PREVIEW_CHARS ? chars.slice(0, PREVIEW_CHARS).join('') + '…' : text;
  }

  /** Channel, chat, when it was written and how often it was tried. */
  function deliveryMeta(d) {
    var attempts = Number(d.attempts) || 0;
    var chat = { 'class': 'd-chat', 'data-agent': 'delivery-chat', title: 'Conversation · 会话 ' + (d.conversationId || '') };
    return el('div', { 'class': 'd-top' }, [
      badge('channel', d.channel, CHANNELS[d.channel] || String(d.channel || '?'), 'delivery-channel'),
      el('span', chat, ['Chat · 聊天 ' + String(d.chatId || '—')]),
      el('span', { 'data-agent': 'delivery-created' }, [timeNode(d.createdAt)]),
      el('span', { 'data-agent': 'delivery-attempts' }, [attempts + ' attempts · 已尝试 ' + attempts + ' 次'])
    ]);
  }

  function deliveryNode(d) {
    var text = typeof d.text === 'string' ? d.text : '';
    var row = { 'class': 'delivery', 'data-agent': 'delivery', 'data-delivery-id': d.id, 'data-channel': d.channel || '' };
    return el('li', row, [
      el('div', { 'class': 'd-body' }, [
        deliveryMeta(d),
        el('div', { 'class': 'd-error', 'data-agent': 'delivery-error' }, [String(d.lastError || 'Unknown error · 未知错误')]),
        el('div', { 'class': 'd-text', 'data-agent': 'delivery-text', title: text }, [preview(text)])
      ]),
      el('button', { type: 'button', 'class': 'btn small primary', 'data-agent': 'delivery-retry' },
        ['Retry ', el('span', { 'class': 'zh' }, ['重试'])])
    ]);
  }

  /** Sends a dead letter again; on success its row goes (the outbox takes it from here). */
  async function retryDelivery(id) {
    if (state.retrying.has(id)) { return; }
    state.retrying.add(id);
    clearError();
    renderDeliveries();
    try {
      await api.retryDelivery(id);
      state.deliveryLoad++; // a list fetched before the retry must not bring the row back
      state.deliveries = state.deliveries.filter(function (d) { return String(d.id) !== id; });
    } catch (e) {
      showError(e);
      if (e.status === 404 || e.status === 409) { loadDeliveries(false); }
    } finally {
      state.retrying.delete(id);
      renderDeliveries();
    }
  }

  function retryFromList(event) {
    var button = event.target instanceof Element ? event.target.closest('[data-agent="delivery-retry"]') : null;
    var row = button && button.closest('[data-agent="delivery"]');
    if (row && !button.disabled) { retryDelivery(row.getAttribute('data-delivery-id')); }
  }

  // ---------------------------------------------------------------- agent typing

  function sendSocket(payload) {
    var ws = state.socket;
    if (ws && ws.readyState === WebSocket.OPEN) { ws.send(JSON.stringify(payload)); }
  }

  /** "typing: true" once when typing starts (refreshed every 10 s), "typing: false" after 3 s idle. */
  function onReplyInput() {
    var open = state.open;
    var typing = state.typing;
    var empty = !view.replyText.value.trim();
    if (!open) { return; }
    state.drafts.set(open.id, view.replyText.value);
    if (typing.ticketId !== open.id || empty) { stopTyping(); }
    if (empty) { return; }
    if (typing.ticketId !== open.id || Date.now() - typing.sentAt > TYPING_RESEND_MS) {
      Object.assign(typing, { ticketId: open.id, sentAt: Date.now() });
      sendSocket({ type: 'typing', ticketId: open.id, typing: true });
    }
    clearTimeout(typing.timer);
    typing.timer = setTimeout(stopTyping, TYPING_IDLE_MS);
  }

  function stopTyping() {
    var typing = state.typing;
    clearTimeout(typing.timer);
    if (typing.ticketId) { sendSocket({ type: 'typing', ticketId: typing.ticketId, typing: false }); }
    Object.assign(typing, { ticketId: null, sentAt: 0 });
  }

  // ---------------------------------------------------------------- WebSocket

  function setConnection(online) {
    view.connection.textContent = online ? 'online' : 'offline';
    attrs(view.connection, { 'data-state': online ? 'online' : 'offline', 'data-zh': online ? '在线' : '离线' });
  }

  function connect() {
    if (!state.token || typeof WebSocket !== 'function') { return; }
    var url = new URL('api/v1/agent/stream', BASE);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.search = '?token=' + encodeURIComponent(state.token);
    var ws = new WebSocket(url.href);
    state.socket = ws;
    ws.onopen = function () {
      if (state.socket !== ws) { return; }
      state.reconnectAttempt = 0;
      setConnection(true);
      resync();
    };
    ws.onmessage = function (event) {
      if (state.socket === ws) { handleEvent(event.data); }
    };
    ws.onclose = function (event) {
      if (state.socket !== ws) { return; }
      state.socket = null;
      setConnection(false);
      return event.code === 4401 ? expireSession() : scheduleReconnect();
    };
  }

  /** 1 s, 2 s, 4 s ... capped at 15 s; reset once a connection opens. */
  function scheduleReconnect() {
    if (!state.token || state.reconnectTimer) { return; }
    var delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * Math.pow(2, state.reconnectAttempt++));
    state.reconnectTimer = setTimeout(function () {
      state.reconnectTimer = null;
      if (state.token && !state.socket) { connect(); }
    }, delay);
  }

  /** On every (re)connect, whatever happened while the socket was down comes back through plain GETs. */
  function resync() {
    loadQueue(false);
    if (state.open) {
      catchUpTranscript(state.open.lastSeq);
      refreshOpen(state.open);
    }
  }

  function handleEvent(data) {
    var event = null;
    try {
      event = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (!event || typeof event !== 'object') { return; }
    if (event.type === 'ticket' && event.ticket && event.ticket.id) {
      applyTicket(event.ticket);
    } else if (event.type === 'message') {
      onMessageEvent(event);
    } else if (event.type === 'message_redacted' && event.message) {
      onMessageRedacted(event);
    } else if (event.type === 'typing' && state.open && event.ticketId === state.open.id) {
      setUserTyping(event.typing === true);
    } else if (event.type === 'sla' && event.ticketId) {
      onSlaEvent(event);
    }
    // Unknown event types are ignored so the server can add new ones.
  }

  // ---------------------------------------------------------------- wiring

  /** Every static [data-agent] element of agent.html, by camel-cased name: view.replyText, view.openSla ... */
  function bindView() {
    document.querySelectorAll('[data-agent]').forEach(function (node) {
      view[node.getAttribute('data-agent').replace(/-(\w)/g, function (all, c) { return c.toUpperCase(); })] = node;
    });
    view.open = view.openTicket;
  }

  function onFilterChange() {
    state.filters = { status: view.filterStatus.value, priority: view.filterPriority.value, tier: view.filterTier.value };
    state.tickets = [];
    renderQueue();
    loadQueue(true);
  }

  function openFromQueue(event) {
    var item = event.target instanceof Element ? event.target.closest('[data-agent="ticket"]') : null;
    if (item) { openTicket(item.getAttribute('data-ticket-id')); }
  }

  /** isComposing: an Enter that confirms a Chinese IME candidate must not send. */
  function isEnter(event) { return event.key === 'Enter' && !event.isComposing && event.keyCode !== 229; }
  function on(node, type, handler) { node.addEventListener(type, handler); }

  function onKey(node, test, action) {
    on(node, 'keydown', function (event) {
      if (test(event)) {
        event.preventDefault();
        action(event);
      }
    });
  }

  function bindEvents() {
    on(view.signInForm, 'submit', function (event) {
      event.preventDefault();
      signIn(view.token.value);
    });
    on(view.signOut, 'click', function () { signOut(''); });
    on(view.errorDismiss, 'click', clearError);
    on(view.refresh, 'click', function () { loadQueue(true); });
    on(view.deliveriesToggle, 'click', function () { toggleDeliveries(); });
    on(view.deliveriesClose, 'click', function () { toggleDeliveries(false); });
    on(view.deliveryList, 'click', retryFromList);
    [view.filterStatus, view.filterPriority, view.filterTier].forEach(function (s) { on(s, 'change', onFilterChange); });
    on(view.queue, 'click', openFromQueue);
    onKey(view.queue, function (e) { return isEnter(e) || e.key === ' '; }, openFromQueue);
    on(view.claim, 'click', claim);
    on(view.resolve, 'click', resolve);
    on(view.escalate, 'click', showEscalate);
    on(view.escalateCancel, 'click', hideEscalate);
    on(view.escalateConfirm, 'click', confirmEscalate);
    on(view.escalateNote, 'input', renderActions);
    onKey(view.escalateNote, isEnter, confirmEscalate);
    onKey(view.escalateNote, function (e) { return e.key === 'Escape'; }, hideEscalate);
    on(view.replySend, 'click', sendReply);
    on(view.replyText, 'input', onReplyInput);
    on(view.replyText, 'blur', stopTyping);
    onKey(view.replyText, function (e) { return isEnter(e) && !e.shiftKey; }, sendReply);
    on(view.canned, 'change', insertCanned);
    on(view.noteAdd, 'click', addNote);
    onKey(view.noteText, function (e) { return isEnter(e) && (e.ctrlKey || e.metaKey); }, addNote);
    on(window, 'online', function () {
      if (!state.token || state.socket) { return; }
      clearTimeout(state.reconnectTimer);
      Object.assign(state, { reconnectTimer: null, reconnectAttempt: 0 });
      connect();
    });
  }

  function start() {
    bindView();
    bindEvents();
    var token = storage();
    return token ? signIn(token) : showSignIn('');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
