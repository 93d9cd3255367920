// The parent's chat on the SignalR client. Messages are shown as text (textContent), never as HTML.
// The resume token and unsent messages live in sessionStorage, so a reload or a dropped connection
// loses nothing; the quick exit clears them.
(() => {
  'use strict';
  const root = document.getElementById('chat');
  if (!root || !window.signalR) {
    return;
  }
  const texts = JSON.parse(document.getElementById('chat-texts').textContent);
  const t = (key, ...args) => (texts[key] || key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  const slug = root.dataset.helpline;
  const storeKey = 'verbind.chat.' + slug;
  const $ = (id) => document.getElementById(id);
  const startForm = $('chat-start');
  const statusLine = $('chat-status');
  const errorBox = $('chat-error');
  const room = $('chat-room');
  const list = $('chat-messages');
  const typing = $('chat-typing');
  const sendForm = $('chat-send');
  const input = $('chat-text');
  const leaveButton = $('chat-leave');
  const survey = $('chat-survey');
  const surveyForm = $('chat-survey-form');
  const after = $('chat-after');
  const codeOffer = $('chat-code-offer');

  const load = () => {
    try {
      return JSON.parse(sessionStorage.getItem(storeKey)) || {};
    } catch {
      return {};
    }
  };
  let state = load();
  // Set by the quick exit: from then on nothing may write the chat back into storage (a reply still on
  // its way would otherwise bring back what the quick exit just cleared).
  let leaving = false;
  const save = () => {
    if (leaving) {
      return;
    }
    try {
      sessionStorage.setItem(storeKey, JSON.stringify(state));
    } catch {
      // Without storage the chat still works; it just cannot survive a reload.
    }
  };
  state.pending = state.pending || [];
  let endedToken = null;
  let status = null;
  let answered = false;

  const uuid = () => {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  const showError = (code) => {
    errorBox.textContent = t('Error.' + code) === 'Error.' + code ? t('Error.unknown') : t('Error.' + code);
    errorBox.hidden = false;
  };
  const clearError = () => {
    errorBox.hidden = true;
    errorBox.textContent = '';
  };

  const systemTexts = { 'supervisor-joined': 'Js.SupervisorJoined', 'returned-to-queue': 'Js.ReturnedToQueue' };

  const render = (message, pending) => {
    const id = 'm-' + (message.clientId || message.id);
    let item = document.getElementById(id);
    if (!item) {
      item = document.createElement('li');
      item.id = id;
      list.appendChild(item);
    } else {
      item.replaceChildren();
    }
    const sender = message.sender || 'Parent';
    item.className = 'chat__message chat__message--' + sender.toLowerCase() + (pending ? ' chat__message--pending' : '');
    const who = document.createElement('span');
    who.className = 'chat__who';
    who.textContent = sender === 'Parent' ? t('Js.You') : sender === 'Counsellor' ? t('Js.Counsellor') : t('Js.System');
    item.appendChild(who);
    const body = document.createElement('p');
    body.className = 'chat__text';
    if (message.kind === 'ServiceCard' && message.card) {
      // A referral card: every field as text; the link only to this site's pages or a web address.
      const card = message.card;
      body.classList.add('chat__card');
      body.append(t('Js.ServiceCard') + ' ');
      const link = document.createElement('a');
      link.className = 'utrecht-link';
      link.textContent = card.name;
      if (/^(https?:\/\/|\/(?!\/))/i.test(card.url || '')) {
        link.href = card.url;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
      }
      body.appendChild(link);
      const about = [card.organisation, card.municipality].filter(Boolean).join(' · ');
      if (about) {
        const line = document.createElement('span');
        line.className = 'chat__card-about';
        line.textContent = about;
        body.appendChild(line);
      }
    } else if (sender === 'System' && systemTexts[message.text]) {
      body.textContent = t(systemTexts[message.text]);
    } else {
      body.textContent = message.text;
    }
    item.appendChild(body);
    if (pending) {
      const note = document.createElement('span');
      note.className = 'chat__pending';
      note.textContent = pending === 'failed' ? t('Js.NotSent') : t('Js.Sending');
      item.appendChild(note);
    }
  };

  const showQueue = (queue) => {
    if (!queue) {
      return;
    }
    statusLine.textContent = queue.estimatedWaitMinutes > 0
      ? t('Js.Waiting', queue.position, queue.estimatedWaitMinutes)
      : t('Js.WaitingNoEstimate', queue.position);
  };

  const setStatus = (value, options) => {
    status = value;
    room.hidden = false;
    startForm.hidden = true;
    if (value === 'Waiting') {
      leaveButton.textContent = t('Js.LeaveQueue');
    } else if (value === 'Active') {
      answered = true;
      statusLine.textContent = t('Js.Connected');
      leaveButton.textContent = t('Js.EndChat');
    } else {
      endedToken = state.token || endedToken;
      state = { pending: [] };
      save();
      statusLine.textContent = value === 'Left' ? t('Js.Left') : t('Js.Ended');
      sendForm.hidden = true;
      typing.hidden = true;
      after.hidden = false;
      if (value === 'Ended' && options && options.survey && endedToken) {
        survey.hidden = false;
      }
      // A personal code only makes sense after a counsellor answered.
      if (value === 'Ended' && answered && endedToken) {
        codeOffer.hidden = false;
      }
    }
  };

  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/chat')
    // Problems show in the page's status line; the console stays quiet.
    .configureLogging(signalR.LogLevel.None)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => Math.min(15000, 1000 * (context.previousRetryCount + 1)) })
    .build();

  connection.on('message', (message) => render(message));
  connection.on('queue', (queue) => {
    if (status === 'Waiting') {
      showQueue(queue);
    }
  });
  connection.on('status', (update) => setStatus(update.status, update));
  let typingTimer = null;
  connection.on('typing', () => {
    typing.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => { typing.hidden = true; }, 4000);
  });
  connection.onreconnecting(() => { statusLine.textContent = t('Js.Reconnecting'); });
  connection.onreconnected(() => resume());

  const ensureConnected = async () => {
    if (connection.state === signalR.HubConnectionState.Disconnected) {
      statusLine.textContent = t('Js.Connecting');
      await connection.start();
    }
  };

  const sendPending = async () => {
    for (const message of [...state.pending]) {
      let result;
      try {
        result = await connection.invoke('Send', message.clientId, message.text);
      } catch {
        render({ clientId: message.clientId, sender: 'Parent', text: message.text }, 'failed');
        return;
      }
      state.pending = state.pending.filter((p) => p.clientId !== message.clientId);
      save();
      if (result.ok) {
        render(result.data);
      } else {
        document.getElementById('m-' + message.clientId)?.remove();
        showError(result.error);
      }
    }
  };

  const resume = async () => {
    if (!state.token) {
      return;
    }
    const result = await connection.invoke('Resume', state.token);
    if (!result.ok) {
      state = { pending: [] };
      save();
      if (result.error === 'ended') {
        setStatus('Ended');
      }
      return;
    }
    for (const message of result.data.messages) {
      render(message);
    }
    for (const message of state.pending) {
      render({ clientId: message.clientId, sender: 'Parent', text: message.text }, true);
    }
    setStatus(result.data.status);
    if (result.data.status === 'Waiting') {
      showQueue(result.data.queue);
    }
    await sendPending();
  };

  startForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError();
    try {
      await ensureConnected();
      const data = new FormData(startForm);
      const result = await connection.invoke('Start', {
        helpline: slug,
        topic: data.get('topic') || null,
        municipality: data.get('municipality') || null,
        source: data.get('source') || null,
        code: data.get('code') || null,
      });
      if (!result.ok) {
        showError(result.error);
        return;
      }
      state = { token: result.data.resumeToken, conversationId: result.data.conversationId, pending: [] };
      save();
      setStatus(result.data.status);
      showQueue(result.data.queue);
      input.focus();
    } catch {
      showError('unknown');
    }
  });

  sendForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError();
    const text = input.value.trim();
    if (!text) {
      showError('empty');
      return;
    }
    const message = { clientId: uuid(), text };
    state.pending.push(message);
    save();
    render({ clientId: message.clientId, sender: 'Parent', text }, true);
    input.value = '';
    await sendPending();
  });

  // Enter sends, Shift+Enter makes a new line.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      sendForm.requestSubmit();
    }
  });

  let lastTyping = 0;
  input.addEventListener('input', () => {
    const now = Date.now();
    if (now - lastTyping > 3000 && connection.state === signalR.HubConnectionState.Connected && status) {
      lastTyping = now;
      connection.invoke('Typing').catch(() => {});
    }
  });

  leaveButton.addEventListener('click', async () => {
    clearError();
    try {
      const result = await connection.invoke('Leave');
      if (!result.ok) {
        showError(result.error);
      }
    } catch {
      showError('unknown');
    }
  });

  $('chat-code-button').addEventListener('click', async () => {
    clearError();
    try {
      await ensureConnected();
      const result = await connection.invoke('PersonalCode', endedToken);
      if (!result.ok) {
        showError(result.error);
        return;
      }
      $('chat-code-button').hidden = true;
      $('chat-code-value').textContent = result.data.code;
      $('chat-code-result').hidden = false;
    } catch {
      showError('unknown');
    }
  });

  surveyForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(surveyForm);
    const helped = data.get('helped') ? Number(data.get('helped')) : null;
    const again = data.get('return') ? Number(data.get('return')) : null;
    try {
      await ensureConnected();
      await connection.invoke('Survey', endedToken, helped, again);
    } catch {
      // The survey is optional; nothing to repair.
    }
    survey.replaceChildren(Object.assign(document.createElement('p'), { className: 'utrecht-paragraph', textContent: t('Js.SurveyThanks') }));
  });

  document.addEventListener('verbind:quick-exit', () => {
    leaving = true;
    connection.stop().catch(() => {});
  });

  // data-ready tells (browser tests, assistive scripts) that the page shows the chat as it really is.
  const ready = () => { root.dataset.ready = 'true'; };
  if (state.token) {
    startForm.hidden = true;
    ensureConnected().then(resume).catch(() => { statusLine.textContent = t('Js.Offline'); }).finally(ready);
  } else {
    ready();
  }
})();
