/*
 * Baton chat widget. Embed with one tag:  <script src="https://support.example.com/widget.js" defer></script>
 *
 * The API base is the folder this script was loaded from, or the script tag's data-baton-url.
 * Optional data-baton-locale="zh-CN|zh-TW|en" overrides the browser language.
 * Any element on the host page with a data-baton-open attribute opens the chat when clicked.
 *
 * One self-contained file on purpose (no build step, one request for the host page), hence its length.
 * Every piece of message text reaches the page through textContent; nothing here parses HTML.
 */
(function () {
  'use strict';

  if (window.BatonWidget) {
    return;
  }

  var script = document.currentScript;
  var STORAGE_KEY = 'baton.conversation';
  var MAX_LENGTH = 4000;
  var TYPING_SEND_INTERVAL_MS = 3000;
  var AGENT_TYPING_TIMEOUT_MS = 15000;
  var RECONNECT_BASE_MS = 500;
  var RECONNECT_MAX_MS = 10000;
  var RECONNECT_JITTER_MS = 1000;

  // ---------------------------------------------------------------- configuration

  function resolveBase() {
    var explicit = script && script.getAttribute('data-baton-url');
    var url;
    if (explicit) {
      url = new URL(explicit, window.location.href);
    } else if (script && script.src) {
      url = new URL('./', script.src);
    } else {
      url = new URL('/', window.location.href);
    }
    url.search = '';
    url.hash = '';
    var href = url.href;
    return href.charAt(href.length - 1) === '/' ? href : href + '/';
  }

  function resolveLocale() {
    var explicit = script && script.getAttribute('data-baton-locale');
    var tag = String(explicit || navigator.language || (navigator.languages || [])[0] || 'en').toLowerCase();
    if (!/^zh(-|$)/.test(tag)) {
      return 'en';
    }
    return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh-TW' : 'zh-CN';
  }

  var BASE = resolveBase();
  var LOCALE = resolveLocale();

  var STRINGS = {
    'zh-CN': {
      title: '在线客服',
      subtitle: '智能助手 · 可随时转人工',
      launcher: '在线客服',
      launcherLabel: '打开在线客服',
      close: '关闭',
      placeholder: '请输入你的问题，按 Enter 发送',
      inputLabel: '消息',
      send: '发送',
      welcome: '你好！我是钱包的在线客服助手，可以帮你了解怎么联系客服、服务时间、联系时要准备哪些信息等问题。需要真人帮忙时，随时输入“转人工”。',
      safety: '请勿发送助记词、私钥或密码，官方客服绝不会向你索要。',
      transcript: '聊天记录',
      quickReplies: '推荐问题',
      agent: '人工客服',
      typingBot: '正在输入…',
      typingAgent: '客服正在输入…',
      collecting: '转人工前，请按提示补充几项信息',
      queued: '正在为你转接人工客服',
      queuePosition: '，当前排在第 {n} 位',
      queueWait: '，预计等待{wait}',
      waitUnderMinute: '不到 1 分钟',
      waitMinutes: '约 {n} 分钟',
      withAgent: '人工客服已接入，正在为你服务',
      resolved: '本次人工服务已结束，还有问题可以继续提问',
      reconnecting: '连接已断开，正在重新连接…',
      errRate: '发送得有点频繁，请稍等片刻再试。',
      errRateSeconds: '发送得有点频繁，请 {n} 秒后再试。',
      errTooLong: '消息太长了，请精简到 4000 字以内再发送。',
      errInvalid: '这条消息无法发送，请修改后再试。',
      errBusy: '上一条消息还在处理中，请稍候再发。',
      errNetwork: '网络连接不稳定，消息没有发出，请检查网络后重试。',
      errServer: '服务暂时不可用，请稍后再试。',
      expired: '之前的会话已失效，已为你开启新的会话。'
    },
    'zh-TW': {
      title: '線上客服',
      subtitle: '智能助理 · 可隨時轉人工',
      launcher: '線上客服',
      launcherLabel: '開啟線上客服',
      close: '關閉',
      placeholder: '請輸入你的問題，按 Enter 送出',
      inputLabel: '訊息',
      send: '送出',
      welcome: '你好！我是錢包的線上客服助理，可以幫你了解如何聯絡客服、服務時間、聯絡時要準備哪些資訊等問題。需要真人協助時，隨時輸入「轉人工」。',
      safety: '請勿傳送助記詞、私鑰或密碼，官方客服絕不會向你索取。',
      transcript: '對話紀錄',
      quickReplies: '推薦問題',
      agent: '人工客服',
      typingBot: '正在輸入…',
      typingAgent: '客服正在輸入…',
      collecting: '轉人工前，請依提示補充幾項資訊',
      queued: '正在為你轉接人工客服',
      queuePosition: '，目前排在第 {n} 位',
      queueWait: '，預計等待{wait}',
      waitUnderMinute: '不到 1 分鐘',
      waitMinutes: '約 {n} 分鐘',
      withAgent: '人工客服已接入，正在為你服務',
      resolved: '本次人工服務已結束，還有問題可以繼續提問',
      reconnecting: '連線已中斷，正在重新連線…',
      errRate: '傳送得有點頻繁，請稍候再試。',
      errRateSeconds: '傳送得有點頻繁，請 {n} 秒後再試。',
      errTooLong: '訊息太長了，請精簡到 4000 字以內再送出。',
      errInvalid: '這則訊息無法送出，請修改後再試。',
      errBusy: '上一則訊息還在處理中，請稍候再送出。',
      errNetwork: '網路連線不穩定，訊息沒有送出，請檢查網路後重試。',
      errServer: '服務暫時無法使用，請稍後再試。',
      expired: '之前的對話已失效，已為你開啟新的對話。'
    },
    en: {
      title: 'Online Support',
      subtitle: 'Assistant · a person on request',
      launcher: 'Support',
      launcherLabel: 'Open support chat',
      close: 'Close',
      placeholder: 'Type your question and press Enter',
      inputLabel: 'Message',
      send: 'Send',
      welcome: 'Hi! I\'m the wallet\'s support assistant. I can tell you how to reach support, when we are open, what details to have ready and more. Ask for a human agent at any time.',
      safety: 'Never send your recovery phrase, private key or password. Support will never ask for them.',
      transcript: 'Conversation',
      quickReplies: 'Suggested questions',
      agent: 'Support agent',
      typingBot: 'Typing…',
      typingAgent: 'The agent is typing…',
      collecting: 'Before we connect you, please answer a few questions',
      queued: 'Connecting you to a support agent',
      queuePosition: ', you are number {n} in the queue',
      queueWait: ', estimated wait {wait}',
      waitUnderMinute: 'under a minute',
      waitMinutes: 'about {n} min',
      withAgent: 'A support agent has joined the chat',
      resolved: 'This conversation is resolved. Ask again any time.',
      reconnecting: 'Connection lost. Reconnecting…',
      errRate: 'You\'re sending messages too quickly. Please wait a moment and try again.',
      errRateSeconds: 'You\'re sending messages too quickly. Please try again in {n} s.',
      errTooLong: 'That message is too long. Please keep it under 4,000 characters.',
      errInvalid: 'That message couldn\'t be sent. Please edit it and try again.',
      errBusy: 'Your previous message is still being handled. Please wait a moment.',
      errNetwork: 'We couldn\'t reach the server, so your message wasn\'t sent. Check your connection and try again.',
      errServer: 'The service is temporarily unavailable. Please try again shortly.',
      expired: 'Your previous conversation expired, so we started a new one.'
    }
  };
  var T = STRINGS[LOCALE];

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
    });
  }

  // ---------------------------------------------------------------- styles

  var CSS = [
    '.baton-root{--baton-accent:#1f6feb;--baton-accent-dark:#1858bd;--baton-bg:#fff;--baton-muted:#667085;',
    'position:fixed;right:20px;bottom:20px;z-index:2147483000;font:14px/1.5 system-ui,-apple-system,"Segoe UI",',
    '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1d2939;text-align:left}',
    '.baton-root *,.baton-root *::before,.baton-root *::after{box-sizing:border-box}',
    '.baton-root [hidden]{display:none!important}',
    '.baton-root button,.baton-root textarea{font:inherit;color:inherit;margin:0}',
    '.baton-launcher{display:flex;align-items:center;gap:8px;margin-left:auto;padding:12px 18px;border:0;',
    'border-radius:999px;background:var(--baton-accent);color:#fff!important;cursor:pointer;',
    'box-shadow:0 6px 20px rgba(16,24,40,.25);font-weight:600;position:relative}',
    '.baton-launcher:hover{background:var(--baton-accent-dark)}',
    '.baton-launcher:focus-visible,.baton-root button:focus-visible,.baton-root textarea:focus-visible{',
    'outline:3px solid #84adff;outline-offset:2px}',
    '.baton-launcher svg{width:20px;height:20px;fill:currentColor}',
    '.baton-launcher[data-unread]::after{content:"";position:absolute;top:4px;right:6px;width:10px;height:10px;',
    'border-radius:50%;background:#f04438;border:2px solid #fff}',
    '.baton-panel{display:flex;flex-direction:column;width:370px;height:560px;max-height:calc(100vh - 100px);',
    'margin-bottom:12px;background:var(--baton-bg);border-radius:14px;overflow:hidden;',
    'box-shadow:0 12px 40px rgba(16,24,40,.3)}',
    '.baton-header{display:flex;align-items:center;gap:10px;padding:12px 14px;background:var(--baton-accent);color:#fff}',
    '.baton-header-text{flex:1;min-width:0}',
    '.baton-title{font-size:16px;font-weight:600;margin:0}',
    '.baton-subtitle{font-size:12px;opacity:.85}',
    '.baton-close{border:0;background:transparent;color:#fff!important;font-size:22px;line-height:1;cursor:pointer;',
    'padding:4px 8px;border-radius:6px}',
    '.baton-close:hover{background:rgba(255,255,255,.15)}',
    '.baton-status{padding:8px 14px;font-size:13px;background:#fffaeb;color:#93370d;border-bottom:1px solid #fedf89}',
    '.baton-status[data-state="with_agent"]{background:#ecfdf3;color:#05603a;border-color:#abefc6}',
    '.baton-status[data-state="resolved"]{background:#f2f4f7;color:#344054;border-color:#e4e7ec}',
    '.baton-connection{padding:6px 14px;font-size:12px;background:#f2f4f7;color:#475467}',
    '.baton-scroll{flex:1;overflow-y:auto;padding:14px;background:#f7f8fa;overscroll-behavior:contain}',
    '.baton-transcript{display:flex;flex-direction:column;gap:10px}',
    '.baton-msg{display:flex;flex-direction:column;max-width:85%}',
    '.baton-msg[data-sender="user"]{align-self:flex-end;align-items:flex-end}',
    '.baton-msg[data-sender="bot"],.baton-msg[data-sender="agent"],.baton-welcome{align-self:flex-start}',
    '.baton-msg[data-sender="system"]{align-self:center;max-width:95%}',
    '.baton-welcome{max-width:85%;margin-bottom:10px}',
    '.baton-text{white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal;padding:8px 12px;border-radius:12px;',
    'background:#fff;border:1px solid #e4e7ec}',
    '.baton-msg[data-sender="user"] .baton-text{background:var(--baton-accent);color:#fff;border-color:transparent}',
    '.baton-msg[data-sender="agent"] .baton-text{background:#ecfdf3;border-color:#abefc6}',
    '.baton-msg[data-sender="system"] .baton-text{background:transparent;border:0;color:var(--baton-muted);',
    'font-size:12px;text-align:center;padding:2px 8px}',
    '.baton-msg[data-pending] .baton-text{opacity:.7}',
    '.baton-label{font-size:12px;color:var(--baton-muted);margin:0 4px 2px}',
    '.baton-quick-replies{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}',
    '.baton-quick-reply{border:1px solid var(--baton-accent);background:#fff;color:var(--baton-accent)!important;',
    'border-radius:999px;padding:5px 12px;cursor:pointer;font-size:13px;text-align:left}',
    '.baton-quick-reply:hover{background:#eff4ff}',
    '.baton-typing{display:flex;align-items:center;gap:8px;margin-top:10px;color:var(--baton-muted);font-size:12px}',
    '.baton-dots{display:inline-flex;gap:3px;padding:8px 10px;background:#fff;border:1px solid #e4e7ec;border-radius:12px}',
    '.baton-dots span{width:6px;height:6px;border-radius:50%;background:#98a2b3;animation:baton-blink 1.2s infinite}',
    '.baton-dots span:nth-child(2){animation-delay:.2s}.baton-dots span:nth-child(3){animation-delay:.4s}',
    '@keyframes baton-blink{0%,80%,100%{opacity:.3}40%{opacity:1}}',
    '@media (prefers-reduced-motion:reduce){.baton-dots span{animation:none}}',
    '.baton-notice{padding:8px 14px;font-size:13px;background:#fef3f2;color:#b42318;border-top:1px solid #fecdca}',
    '.baton-notice[data-kind="info"]{background:#eff8ff;color:#175cd3;border-color:#b2ddff}',
    '.baton-composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px;border-top:1px solid #e4e7ec;background:#fff}',
    '.baton-input{flex:1;resize:none;min-height:40px;max-height:120px;padding:9px 12px;border:1px solid #d0d5dd;',
    'border-radius:10px;background:#fff;line-height:1.4;overflow-y:auto}',
    '.baton-send{border:0;border-radius:10px;padding:9px 16px;background:var(--baton-accent);color:#fff!important;',
    'cursor:pointer;font-weight:600;white-space:nowrap}',
    '.baton-send:disabled{opacity:.5;cursor:default}',
    '.baton-footer{padding:0 12px 8px;font-size:11px;color:var(--baton-muted);background:#fff}',
    '@media (max-width:480px){.baton-root{right:12px;bottom:12px;left:12px}',
    '.baton-root[data-open] {top:0;right:0;bottom:0;left:0}',
    '.baton-root[data-open] .baton-launcher{display:none}',
    '.baton-panel{position:fixed;top:0;right:0;bottom:0;left:0;width:auto;height:auto;max-height:none;margin:0;',
    'border-radius:0}.baton-input{font-size:16px}}'
  ].join('');

  // ---------------------------------------------------------------- DOM helpers

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function chatIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
    svg.appendChild(path);
    return svg;
  }

  function buildView() {
    var style = el('style', { id: 'baton-widget-style' });
    style.textContent = CSS;
    document.head.appendChild(style);

    var v = {};
    v.launcher = el('button', {
      type: 'button', 'class': 'baton-launcher', 'data-baton': 'launcher',
      'aria-label': T.launcherLabel, 'aria-expanded': 'false', 'aria-controls': 'baton-panel'
    }, [chatIcon(), el('span', {}, [T.launcher])]);
    v.close = el('button', { type: 'button', 'class': 'baton-close', 'data-baton': 'close', 'aria-label': T.close },
      ['\u00d7']);
    v.status = el('div', { 'class': 'baton-status', 'data-baton': 'status', role: 'status', hidden: '' });
    v.connection = el('div', { 'class': 'baton-connection', 'data-baton': 'connection', role: 'status', hidden: '' },
      [T.reconnecting]);
    v.transcript = el('div', { 'class': 'baton-transcript', 'data-baton': 'transcript', role: 'log',
      'aria-live': 'polite', 'aria-label': T.transcript });
    v.typingText = el('span', {});
    v.typing = el('div', { 'class': 'baton-typing', 'data-baton': 'typing', hidden: '' },
      [el('span', { 'class': 'baton-dots', 'aria-hidden': 'true' }, [el('span'), el('span'), el('span')]), v.typingText]);
    v.scroll = el('div', { 'class': 'baton-scroll' }, [
      el('div', { 'class': 'baton-welcome', 'data-baton': 'welcome' },
        [el('div', { 'class': 'baton-text' }, [T.welcome])]),
      v.transcript, v.typing
    ]);
    v.notice = el('div', { 'class': 'baton-notice', 'data-baton': 'error', role: 'alert', hidden: '' });
    v.input = el('textarea', { 'class': 'baton-input', 'data-baton': 'input', rows: '1',
      maxlength: String(MAX_LENGTH), placeholder: T.placeholder, 'aria-label': T.inputLabel });
    v.send = el('button', { type: 'button', 'class': 'baton-send', 'data-baton': 'send' }, [T.send]);
    v.panel = el('div', { 'class': 'baton-panel', id: 'baton-panel', 'data-baton': 'panel', role: 'dialog',
      'aria-label': T.title, hidden: '' }, [
      el('div', { 'class': 'baton-header' }, [
        el('div', { 'class': 'baton-header-text' }, [
          el('h2', { 'class': 'baton-title' }, [T.title]),
          el('div', { 'class': 'baton-subtitle' }, [T.subtitle])
        ]),
        v.close
      ]),
      v.status, v.connection, v.scroll, v.notice,
      el('div', { 'class': 'baton-composer' }, [v.input, v.send]),
      el('div', { 'class': 'baton-footer' }, [T.safety])
    ]);
    v.root = el('div', { 'class': 'baton-root', id: 'baton-widget', lang: LOCALE }, [v.panel, v.launcher]);
    document.body.appendChild(v.root);
    return v;
  }

  // ---------------------------------------------------------------- HTTP API

  function ApiError(status, code, message, retryAfter) {
    this.status = status;
    this.code = code || '';
    this.message = message || '';
    this.retryAfter = retryAfter;
  }

  function apiUrl(path) {
    return new URL('api/v1/' + path, BASE).href;
  }

  async function request(method, path, token, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    var response;
    try {
      response = await fetch(apiUrl(path), {
        method: method, headers: headers, credentials: 'omit', cache: 'no-store',
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    } catch (e) {
      throw new ApiError(0, 'network', String(e));
    }
    var data = null;
    try {
      var raw = await response.text();
      data = raw ? JSON.parse(raw) : null;
    } catch (e) {
      data = null;
    }
    if (!response.ok) {
      var error = (data && data.error) || {};
      throw new ApiError(response.status, error.code, error.message, response.headers.get('Retry-After'));
    }
    return data || {};
  }

  function conversationPath(conversation, rest) {
    return 'conversations/' + encodeURIComponent(conversation.conversationId) + rest;
  }

  var api = {
    create: function () {
      return request('POST', 'conversations', null, { locale: LOCALE, channel: 'web' });
    },
    send: function (conversation, text, quickReply) {
      var body = { text: text };
      if (quickReply) {
        body.quickReply = quickReply;
      }
      return request('POST', conversationPath(conversation, '/messages'), conversation.token, body);
    },
    messagesAfter: function (conversation, seq) {
      return request('GET', conversationPath(conversation, '/messages?after=' + seq), conversation.token);
    },
    streamUrl: function (conversation) {
      var url = new URL(apiUrl(conversationPath(conversation, '/stream')));
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      url.search = '?token=' + encodeURIComponent(conversation.token);
      return url.href;
    }
  };

  function isRejected(error) {
    return error instanceof ApiError && (error.status === 401 || error.status === 404);
  }

  function describe(error) {
    var status = error instanceof ApiError ? error.status : 0;
    if (status === 429) {
      var seconds = parseInt(error.retryAfter, 10);
      return seconds > 0 ? fmt(T.errRateSeconds, { n: seconds }) : T.errRate;
    }
    if (status === 413) {
      return T.errTooLong;
    }
    if (status === 409) {
      return T.errBusy;
    }
    if (status === 400 || status === 415) {
      return T.errInvalid;
    }
    return status === 0 ? T.errNetwork : T.errServer;
  }

  // ---------------------------------------------------------------- storage

  function loadConversation() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      if (saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string') {
        return { conversationId: saved.conversationId, token: saved.token };
      }
    } catch (e) {
      // Storage blocked or corrupt: start fresh.
    }
    return null;
  }

  function saveConversation(conversation) {
    try {
      if (conversation) {
        window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(conversation));
      } else {
        window.sessionStorage.removeItem(STORAGE_KEY);
      }
    } catch (e) {
      // Without storage the chat still works; it just won't survive a reload.
    }
  }

  // ---------------------------------------------------------------- widget

  var view = null;
  var conversation = loadConversation();
  var creating = null;
  var bySeq = new Map();
  var quickRepliesBySeq = new Map();
  var pending = null;
  var sending = false;
  var botTyping = false;
  var agentTyping = false;
  var agentTypingTimer = null;
  // The highest seq read back from the store (GET or socket). POST responses don't count: they carry no
  // stored copy of the user's text, which the server may have redacted.
  var confirmedSeq = 0;
  var stateVersion = 0;
  var currentState = 'bot';
  var lastTypingSent = 0;
  var socket = null;
  var reconnectTimer = null;
  var reconnectAttempt = 0;

  function confirm(seq) {
    if (Number.isInteger(seq) && seq > confirmedSeq) {
      confirmedSeq = seq;
    }
  }

  function isOpen() {
    return !view.panel.hidden;
  }

  function setOpen(open) {
    view.panel.hidden = !open;
    view.launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      view.root.setAttribute('data-open', '');
      view.launcher.removeAttribute('data-unread');
      scrollToBottom();
      view.input.focus();
    } else {
      view.root.removeAttribute('data-open');
    }
  }

  function scrollToBottom() {
    view.scroll.scrollTop = view.scroll.scrollHeight;
  }

  function messageNode(sender, text) {
    var node = el('div', { 'class': 'baton-msg', 'data-baton': 'message', 'data-sender': sender });
    if (sender === 'agent') {
      node.appendChild(el('div', { 'class': 'baton-label' }, [T.agent]));
    }
    node.appendChild(el('div', { 'class': 'baton-text', 'data-baton': 'text' }, [text]));
    return node;
  }

  function setSeq(node, seq) {
    node.setAttribute('data-seq', String(seq));
    node.removeAttribute('data-pending');
    bySeq.set(seq, node);
  }

  function insertInOrder(node, seq) {
    var children = view.transcript.children;
    for (var i = 0; i < children.length; i++) {
      var child = children[i];
      if (child !== node && (!child.hasAttribute('data-seq') || Number(child.getAttribute('data-seq')) > seq)) {
        view.transcript.insertBefore(node, child);
        return;
      }
    }
    view.transcript.appendChild(node);
  }

  /**
   * Renders a server message once, in seq order. The user's own pending bubble is adopted, and for user
   * messages the stored text wins over what was typed: the server redacts recovery phrases and keys.
   */
  function renderMessage(message, live) {
    var seq = Number(message && message.seq);
    if (!Number.isInteger(seq) || seq <= 0) {
      return;
    }
    var sender = ['user', 'bot', 'agent', 'system'].indexOf(message.sender) >= 0 ? message.sender : 'system';
    var text = typeof message.text === 'string' ? message.text : '';
    var node = bySeq.get(seq);
    if (node) {
      var shown = node.querySelector('[data-baton="text"]');
      if (sender === 'user' && node.getAttribute('data-sender') === 'user' && shown.textContent !== text) {
        shown.textContent = text;
      }
      return;
    }
    if (sender === 'user' && pending && !pending.node.hasAttribute('data-seq')) {
      node = pending.node;
      node.querySelector('[data-baton="text"]').textContent = text;
    } else {
      node = messageNode(sender, text);
    }
    if (message.createdAt) {
      node.setAttribute('title', new Date(message.createdAt).toLocaleString(LOCALE));
    }
    setSeq(node, seq);
    quickRepliesBySeq.set(seq, Array.isArray(message.quickReplies) ? message.quickReplies : []);
    insertInOrder(node, seq);
    if (sender === 'bot') {
      setBotTyping(false);
    }
    if (sender === 'agent') {
      setAgentTyping(false);
    }
    if (live && sender !== 'user' && !isOpen()) {
      view.launcher.setAttribute('data-unread', '');
    }
    refreshQuickReplies();
    scrollToBottom();
  }

  function refreshQuickReplies() {
    var old = view.transcript.querySelectorAll('[data-baton="quick-replies"]');
    for (var i = 0; i < old.length; i++) {
      old[i].remove();
    }
    var last = view.transcript.lastElementChild;
    if (sending || !last || last.getAttribute('data-sender') !== 'bot') {
      return;
    }
    var options = quickRepliesBySeq.get(Number(last.getAttribute('data-seq'))) || [];
    var buttons = options.filter(function (option) {
      return option && typeof option.label === 'string' && option.label;
    }).map(function (option) {
      var button = el('button', { type: 'button', 'class': 'baton-quick-reply', 'data-baton': 'quick-reply',
        'data-id': String(option.id || '') }, [option.label]);
      button.addEventListener('click', function () {
        send(option.label, option.id ? String(option.id) : null);
      });
      return button;
    });
    if (buttons.length) {
      last.appendChild(el('div', { 'class': 'baton-quick-replies', 'data-baton': 'quick-replies', role: 'group',
        'aria-label': T.quickReplies }, buttons));
    }
  }

  function renderTyping() {
    var show = botTyping || agentTyping;
    view.typing.hidden = !show;
    view.typing.setAttribute('data-sender', agentTyping ? 'agent' : 'bot');
    view.typingText.textContent = agentTyping ? T.typingAgent : T.typingBot;
    if (show) {
      scrollToBottom();
    }
  }

  function setBotTyping(on) {
    botTyping = on;
    renderTyping();
  }

  function setAgentTyping(on) {
    agentTyping = on;
    clearTimeout(agentTypingTimer);
    if (on) {
      // A lost "typing: false" must not leave the dots on forever.
      agentTypingTimer = setTimeout(function () {
        setAgentTyping(false);
      }, AGENT_TYPING_TIMEOUT_MS);
    }
    renderTyping();
  }

  function waitText(seconds) {
    return seconds < 60 ? T.waitUnderMinute : fmt(T.waitMinutes, { n: Math.ceil(seconds / 60) });
  }

  function applyState(state, handoff) {
    stateVersion++;
    currentState = typeof state === 'string' ? state : 'bot';
    var text = '';
    if (state === 'collecting_details') {
      text = T.collecting;
    } else if (state === 'queued') {
      text = T.queued;
      if (handoff && Number(handoff.queuePosition) > 0) {
        text += fmt(T.queuePosition, { n: Number(handoff.queuePosition) });
      }
      if (handoff && handoff.estimatedWaitSeconds != null && Number(handoff.estimatedWaitSeconds) >= 0) {
        text += fmt(T.queueWait, { wait: waitText(Number(handoff.estimatedWaitSeconds)) });
      }
    } else if (state === 'with_agent') {
      text = T.withAgent;
    } else if (state === 'resolved') {
      text = T.resolved;
    }
    view.status.textContent = text;
    view.status.setAttribute('data-state', currentState);
    view.status.hidden = !text;
    if (state !== 'with_agent' && state !== 'queued') {
      setAgentTyping(false);
    }
  }

  function showNotice(text, kind) {
    view.notice.textContent = text;
    view.notice.setAttribute('data-kind', kind || 'error');
    view.notice.hidden = !text;
  }

  function updateControls() {
    view.send.disabled = sending;
  }

  // ---------------------------------------------------------------- conversation lifecycle

  async function ensureConversation() {
    if (conversation) {
      return conversation;
    }
    if (!creating) {
      creating = api.create().then(function (created) {
        conversation = { conversationId: String(created.conversationId), token: String(created.token) };
        saveConversation(conversation);
        openSocket();
        return conversation;
      }).finally(function () {
        creating = null;
      });
    }
    return creating;
  }

  /** The server no longer knows this conversation or token: forget it and start over on the next send. */
  function abandonConversation() {
    conversation = null;
    saveConversation(null);
    closeSocket();
    bySeq.forEach(function (node) {
      node.remove();
    });
    bySeq.clear();
    quickRepliesBySeq.clear();
    confirmedSeq = 0;
    applyState('bot', null);
    showNotice(T.expired, 'info');
  }

  /** Fetches everything after the last stored message seen; false when the caller should retry later. */
  async function catchUp(live) {
    var current = conversation;
    if (!current) {
      return false;
    }
    var version = stateVersion;
    try {
      var page = await api.messagesAfter(current, confirmedSeq);
      if (current !== conversation) {
        return false;
      }
      (page.messages || []).slice().sort(function (a, b) {
        return a.seq - b.seq;
      }).forEach(function (message) {
        renderMessage(message, live !== false);
        confirm(Number(message.seq));
      });
      // A newer state pushed over the socket while this request was in flight wins.
      if (version === stateVersion && page.state) {
        applyState(page.state, page.handoff);
      }
      return true;
    } catch (e) {
      if (isRejected(e) && current === conversation) {
        abandonConversation();
      }
      return false;
    }
  }

  async function send(rawText, quickReply) {
    var text = String(rawText || '').trim();
    if (!text || sending) {
      return;
    }
    if (text.length > MAX_LENGTH) {
      showNotice(T.errTooLong);
      return;
    }
    var fromInput = !quickReply;
    sending = true;
    // The agent's "user is typing" hint ends with this message: the next keystroke must raise it again at once.
    lastTypingSent = 0;
    showNotice('');
    if (fromInput) {
      view.input.value = '';
      resizeInput();
    }
    pending = { node: messageNode('user', text) };
    pending.node.setAttribute('data-pending', '');
    view.transcript.appendChild(pending.node);
    refreshQuickReplies();
    updateControls();
    // With a human in charge the bot stays silent, so there is nothing to wait for.
    setBotTyping(currentState !== 'with_agent');
    scrollToBottom();
    try {
      var response;
      try {
        response = await api.send(await ensureConversation(), text, quickReply);
      } catch (e) {
        if (!isRejected(e)) {
          throw e;
        }
        abandonConversation();
        response = await api.send(await ensureConversation(), text, quickReply);
      }
      var seq = Number(response.messageId);
      if (!pending.node.hasAttribute('data-seq') && Number.isInteger(seq) && seq > 0 && !bySeq.has(seq)) {
        setSeq(pending.node, seq);
        insertInOrder(pending.node, seq);
      }
      if (!pending.node.hasAttribute('data-seq')) {
        // No usable seq in the response: let the stored copy come back through a catch-up instead.
        pending.node.remove();
        pending = null;
        catchUp();
      }
      pending = null;
      if (response.reply) {
        renderMessage({ seq: response.reply.messageId, sender: 'bot', text: response.reply.text,
          quickReplies: response.reply.quickReplies }, false);
      }
      if (response.state) {
        applyState(response.state, response.handoff);
      }
    } catch (e) {
      if (pending && !pending.node.hasAttribute('data-seq')) {
        pending.node.remove();
      }
      if (fromInput && !view.input.value) {
        view.input.value = text;
        resizeInput();
      }
      showNotice(describe(e));
    } finally {
      pending = null;
      sending = false;
      setBotTyping(false);
      updateControls();
      refreshQuickReplies();
    }
  }

  // ---------------------------------------------------------------- WebSocket

  function closeSocket() {
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (socket) {
      var old = socket;
      socket = null;
      old.close();
    }
    view.connection.hidden = true;
  }

  function openSocket() {
    closeSocket();
    if (!conversation || typeof WebSocket !== 'function') {
      return;
    }
    var ws = new WebSocket(api.streamUrl(conversation));
    var subscribed = false;
    socket = ws;
    ws.onopen = function () {
      if (socket !== ws) {
        return;
      }
      reconnectAttempt = 0;
      view.connection.hidden = true;
      catchUp();
    };
    ws.onmessage = function (event) {
      if (socket !== ws) {
        return;
      }
      var type = handleEvent(event.data);
      // The server greets a new subscriber with its state; the open event may precede the subscription,
      // so catch up once more to close that gap.
      if (type === 'state' && !subscribed) {
        subscribed = true;
        catchUp();
      }
    };
    ws.onclose = function (event) {
      if (socket !== ws) {
        return;
      }
      socket = null;
      if (event.code === 4401 || event.code === 4404) {
        abandonConversation();
      } else {
        scheduleReconnect();
      }
    };
  }

  function scheduleReconnect() {
    if (!conversation || reconnectTimer) {
      return;
    }
    var delay = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * Math.pow(2, reconnectAttempt))
      + Math.random() * RECONNECT_JITTER_MS;
    reconnectAttempt++;
    if (reconnectAttempt > 1) {
      view.connection.hidden = false;
    }
    reconnectTimer = setTimeout(async function () {
      reconnectTimer = null;
      // The GET both fills the gap and tells a dead token (401/404) from a network problem.
      if (await catchUp()) {
        openSocket();
      } else {
        scheduleReconnect();
      }
    }, delay);
  }

  /** Applies one pushed event; returns its type. */
  function handleEvent(data) {
    var event;
    try {
      event = JSON.parse(data);
    } catch (e) {
      return null;
    }
    if (!event || typeof event !== 'object') {
      return null;
    }
    if (event.type === 'message' && event.message) {
      renderMessage(event.message, true);
      confirm(Number(event.message.seq));
    } else if (event.type === 'message_redacted' && event.message) {
      redactShown(Number(event.message.seq), event.message.text);
    } else if (event.type === 'state') {
      applyState(event.state, event.handoff);
    } else if (event.type === 'typing' && event.sender === 'agent') {
      setAgentTyping(event.typing === true);
    }
    // Unknown event types are ignored so the server can add new ones.
    return event.type;
  }

  /** A message shown earlier turned out to hold part of a secret: show it as it is stored now. */
  function redactShown(seq, text) {
    var node = bySeq.get(seq);
    if (node && typeof text === 'string') {
      node.querySelector('[data-baton="text"]').textContent = text;
    }
  }

  function sendTyping() {
    var now = Date.now();
    if (!socket || socket.readyState !== WebSocket.OPEN || now - lastTypingSent < TYPING_SEND_INTERVAL_MS) {
      return;
    }
    lastTypingSent = now;
    socket.send(JSON.stringify({ type: 'typing', typing: true }));
  }

  // ---------------------------------------------------------------- events

  function resizeInput() {
    view.input.style.height = 'auto';
    view.input.style.height = Math.min(view.input.scrollHeight + 2, 120) + 'px';
  }

  function start() {
    view = buildView();
    view.launcher.addEventListener('click', function () {
      setOpen(!isOpen());
    });
    view.close.addEventListener('click', function () {
      setOpen(false);
      view.launcher.focus();
    });
    view.panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        setOpen(false);
        view.launcher.focus();
      }
    });
    view.send.addEventListener('click', function () {
      send(view.input.value, null);
    });
    view.input.addEventListener('keydown', function (event) {
      // isComposing: Enter that confirms a Chinese IME candidate must not send.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        send(view.input.value, null);
      }
    });
    view.input.addEventListener('input', function () {
      resizeInput();
      if (view.notice.getAttribute('data-kind') === 'error') {
        showNotice('');
      }
      sendTyping();
    });
    document.addEventListener('click', function (event) {
      var target = event.target instanceof Element ? event.target.closest('[data-baton-open]') : null;
      if (target && !view.root.contains(target)) {
        event.preventDefault();
        setOpen(true);
      }
    });
    window.addEventListener('online', function () {
      if (conversation && !socket) {
        clearTimeout(reconnectTimer);
        reconnectTimer = null;
        reconnectAttempt = 0;
        scheduleReconnect();
      }
    });

    updateControls();
    if (conversation) {
      catchUp(false).then(function (ok) {
        if (ok) {
          openSocket();
        } else {
          scheduleReconnect();
        }
      });
    }
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }

  window.BatonWidget = {
    open: function () {
      setOpen(true);
    },
    close: function () {
      setOpen(false);
    },
    locale: LOCALE
  };
})();
