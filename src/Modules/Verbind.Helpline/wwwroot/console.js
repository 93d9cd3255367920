// The counsellor console on the SignalR client: availability, the queue, several chats side by side,
// and for supervisors the live overview. All text is set with textContent, never as HTML.
(() => {
  'use strict';
  const root = document.getElementById('console');
  if (!root || !window.signalR) {
    return;
  }
  const texts = JSON.parse(document.getElementById('console-texts').textContent);
  const t = (key, ...args) => (texts[key] || key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  const helplineId = root.dataset.helpline;
  const referral = root.dataset.referral || '';
  const supervisor = root.dataset.supervisor === 'true';
  const heartbeatMs = Number(root.dataset.heartbeat) || 30000;
  let me = '';
  const $ = (id) => document.getElementById(id);
  const statusLine = $('console-status');
  const alertBox = $('console-alert');
  const queueList = $('console-queue');
  const chats = $('console-chats');
  const noChats = $('console-no-chats');
  const template = $('chat-panel');
  const panels = new Map();

  const uuid = () => (crypto.randomUUID ? crypto.randomUUID() : ([1e7] + -1e3 + -4e3 + -8e3 + -1e11).replace(/[018]/g, (c) =>
    (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16)));
  const announce = (text) => { statusLine.textContent = text; };
  const fail = (code) => {
    alertBox.textContent = texts['Error.' + code] ? t('Error.' + code) : t('Error.unknown');
    alertBox.hidden = false;
    setTimeout(() => { alertBox.hidden = true; }, 8000);
  };
  const element = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  };
  const systemTexts = { 'supervisor-joined': 'Js.SupervisorJoined', 'returned-to-queue': 'Js.ReturnedToQueue' };
  const shortId = (id) => id.slice(-4).toUpperCase();
  const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/chat')
    .configureLogging(signalR.LogLevel.None)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => Math.min(15000, 1000 * (context.previousRetryCount + 1)) })
    .build();

  const call = async (method, ...args) => {
    try {
      const result = await connection.invoke(method, ...args);
      if (!result.ok) {
        fail(result.error);
      }
      return result;
    } catch {
      fail('unknown');
      return { ok: false, error: 'unknown' };
    }
  };

  const renderMessage = (panel, message) => {
    const id = 'cm-' + message.id;
    if (panel.querySelector('#' + CSS.escape(id))) {
      return;
    }
    const item = element('li', 'chat__message chat__message--' + (message.kind === 'InternalNote' ? 'internalnote' : message.sender.toLowerCase()));
    item.id = id;
    const who = message.kind === 'InternalNote' ? t('Console.Note') : message.sender === 'Parent' ? t('Console.Parent') : message.sender === 'System' ? t('Js.System') : t('Js.Counsellor');
    item.appendChild(element('span', 'chat__who', who + ' · ' + time(message.sentAt)));
    const body = element('p', 'chat__text');
    if (message.kind === 'ServiceCard' && message.card) {
      const card = message.card;
      const about = [card.organisation, card.municipality].filter(Boolean).join(' · ');
      body.textContent = t('Js.ServiceCard') + ' ' + card.name + (about ? ' · ' + about : '') + ' (' + card.url + ')';
    } else if (message.sender === 'System' && systemTexts[message.text]) {
      body.textContent = t(systemTexts[message.text]);
    } else {
      body.textContent = message.text;
    }
    item.appendChild(body);
    panel.querySelector('.chat__messages').appendChild(item);
  };

  const describe = (conversation) => {
    const parts = [];
    if (me && conversation.preferredCounsellorId === me) {
      parts.push(t('Console.AsksForYou'));
    }
    if (conversation.topic) {
      parts.push(t('Console.Topic') + ': ' + t('Topic.' + conversation.topic));
    }
    if (conversation.municipality) {
      parts.push(t('Console.Municipality') + ': ' + conversation.municipality);
    }
    if (conversation.tags && conversation.tags.length) {
      parts.push('#' + conversation.tags.join(' #'));
    }
    return parts.join(' · ');
  };

  const updatePanel = (panel, conversation) => {
    panel.classList.toggle('console__chat--risk', conversation.risk);
    panel.querySelector('.console__chat-title').textContent = t('Console.Parent') + ' ' + shortId(conversation.id) + (conversation.risk ? ' · ' + t('Console.Risk') : '');
    panel.querySelector('.console__meta').textContent = describe(conversation);
    panel.querySelector('.console__risk-toggle').textContent = conversation.risk ? t('Console.Unflag') : t('Console.FlagRisk');
    panel.dataset.risk = conversation.risk ? 'true' : 'false';
    panel.querySelector('.console__tags-input').value = (conversation.tags || []).join(', ');
  };

  const bindLabels = (panel, conversationId) => {
    // Each label names its control by a class console__X-label (not utrecht-form-label, which every label has).
    for (const label of panel.querySelectorAll('label[class*="console__"]')) {
      const controlClass = [...label.classList].find((c) => c.startsWith('console__') && c.endsWith('-label')).replace(/-label$/, '');
      const control = label.closest('.form__field').querySelector('input, textarea, select');
      if (control) {
        control.id = controlClass.replace(/^console__/, 'c-') + '-' + conversationId;
        label.htmlFor = control.id;
      }
    }
  };

  const openPanel = (item, readOnly) => {
    const conversation = item.conversation;
    let panel = panels.get(conversation.id);
    if (!panel) {
      panel = template.content.firstElementChild.cloneNode(true);
      panel.id = 'chat-' + conversation.id;
      panel.dataset.conversation = conversation.id;
      bindLabels(panel, conversation.id);
      panel.querySelector('.console__refer-url').value = referral;
      panel.querySelector('.console__refer-place').value = conversation.municipality || '';
      panels.set(conversation.id, panel);
      chats.appendChild(panel);
      wire(panel, conversation.id);
      announce(t('Console.NewChat', shortId(conversation.id)));
    }
    panel.classList.remove('console__chat--ended');
    updatePanel(panel, conversation);
    for (const message of item.messages || []) {
      renderMessage(panel, message);
    }
    if (readOnly) {
      panel.querySelector('.console__reply').hidden = false;
    }
    noChats.hidden = panels.size > 0;
    return panel;
  };

  const closePanel = (conversationId, reason) => {
    const panel = panels.get(conversationId);
    if (!panel) {
      return;
    }
    panel.classList.add('console__chat--ended');
    for (const form of panel.querySelectorAll('form')) {
      form.hidden = true;
    }
    const close = element('button', 'utrecht-button utrecht-button--secondary-action', t('Console.Close'));
    close.type = 'button';
    close.addEventListener('click', () => {
      panel.remove();
      panels.delete(conversationId);
      noChats.hidden = panels.size > 0;
    });
    panel.querySelector('.console__meta').textContent = reason;
    panel.appendChild(close);
    announce(reason);
  };

  const wire = (panel, conversationId) => {
    const text = panel.querySelector('.console__text');
    const send = async (method) => {
      const value = text.value.trim();
      if (!value) {
        fail('empty');
        return;
      }
      const result = await call(method, conversationId, uuid(), value);
      if (result.ok) {
        text.value = '';
        renderMessage(panel, result.data);
      }
    };
    panel.querySelector('.console__reply').addEventListener('submit', (event) => {
      event.preventDefault();
      send('Reply');
    });
    panel.querySelector('.console__note').addEventListener('click', () => send('Note'));
    text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        send('Reply');
      }
    });
    let lastTyping = 0;
    text.addEventListener('input', () => {
      if (Date.now() - lastTyping > 3000) {
        lastTyping = Date.now();
        connection.invoke('StaffTyping', conversationId).catch(() => {});
      }
    });
    panel.querySelector('.console__canned').addEventListener('change', (event) => {
      if (event.target.value) {
        text.value = (text.value ? text.value + '\n' : '') + event.target.value;
        event.target.value = '';
        text.focus();
      }
    });
    panel.querySelector('.console__tags').addEventListener('submit', async (event) => {
      event.preventDefault();
      const tags = panel.querySelector('.console__tags-input').value.split(',').map((s) => s.trim()).filter(Boolean);
      if ((await call('SetTags', conversationId, tags)).ok) {
        announce(t('Console.Saved'));
      }
    });
    panel.querySelector('.console__risk-toggle').addEventListener('click', () => call('FlagRisk', conversationId, panel.dataset.risk !== 'true'));
    wireReferral(panel, conversationId);
    panel.querySelector('.console__transfer').addEventListener('submit', async (event) => {
      event.preventDefault();
      const result = await call('Transfer', conversationId, panel.querySelector('.console__transfer-to').value, panel.querySelector('.console__transfer-note').value);
      if (result.ok) {
        closePanel(conversationId, t('Console.Transferred'));
      }
    });
    panel.querySelector('.console__end').addEventListener('submit', async (event) => {
      event.preventDefault();
      if ((await call('End', conversationId, panel.querySelector('.console__summary').value || null)).ok) {
        closePanel(conversationId, t('Console.Ended'));
      }
    });
    panel.querySelector('.console__block').addEventListener('submit', async (event) => {
      event.preventDefault();
      const hours = Number(panel.querySelector('.console__block-hours').value);
      if ((await call('Block', conversationId, panel.querySelector('.console__block-reason').value, hours)).ok) {
        closePanel(conversationId, t('Console.Ended'));
      }
    });
  };

  // The referral panel: a search of the network's Directory, each match sendable as a card; when nothing
  // matches, the form for an address typed by hand opens.
  const wireReferral = (panel, conversationId) => {
    const count = panel.querySelector('.console__refer-count');
    const list = panel.querySelector('.console__refer-list');
    const sent = (result, name) => {
      if (result.ok) {
        renderMessage(panel, result.data);
        announce(t('Console.ReferSent', name));
      }
    };
    const showServices = (services) => {
      list.replaceChildren();
      count.textContent = services.length ? t('Console.ReferFound', services.length) : t('Console.ReferNone');
      panel.querySelector('.console__refer-other').open = services.length === 0;
      for (const service of services) {
        const item = element('li', 'console__refer-item');
        const name = element('strong', 'console__refer-service', service.name);
        name.id = 'rs-' + conversationId + '-' + service.id;
        item.appendChild(name);
        const about = [service.organisationName, service.municipality, service.distanceKm == null ? '' : t('Js.Km', service.distanceKm.toFixed(1))].filter(Boolean);
        item.appendChild(element('span', 'chat__who', about.join(' · ')));
        const send = element('button', 'utrecht-button utrecht-button--secondary-action', t('Console.ReferSend'));
        send.type = 'button';
        send.setAttribute('aria-describedby', name.id);
        send.addEventListener('click', async () => sent(await call('SendServiceCard', conversationId, uuid(), service.id), service.name));
        item.appendChild(send);
        list.appendChild(item);
      }
    };
    panel.querySelector('.console__refer-search').addEventListener('submit', async (event) => {
      event.preventDefault();
      const result = await call('FindServices', conversationId, panel.querySelector('.console__refer-words').value, panel.querySelector('.console__refer-place').value);
      if (result.ok) {
        showServices(result.data.services);
      }
    });
    panel.querySelector('.console__refer-link').addEventListener('submit', async (event) => {
      event.preventDefault();
      const name = panel.querySelector('.console__refer-name').value;
      sent(await call('SendLinkCard', conversationId, uuid(), name, panel.querySelector('.console__refer-url').value), name);
    });
  };

  const renderQueue = (queue) => {
    queueList.replaceChildren();
    $('console-queue-count').textContent = String(queue.length);
    queue.forEach((conversation, index) => {
      const item = element('li', 'console__queue-item');
      if (conversation.risk) {
        item.appendChild(element('span', 'console__risk', t('Console.Risk')));
      }
      item.appendChild(element('span', '', (index + 1) + '. ' + t('Console.Parent') + ' ' + shortId(conversation.id) + ' · ' + t('Console.Waiting', time(conversation.queuedAt))));
      const meta = describe(conversation);
      if (meta) {
        item.appendChild(element('span', 'chat__who', meta));
      }
      const take = element('button', 'utrecht-button utrecht-button--secondary-action', t('Console.Take'));
      take.type = 'button';
      take.addEventListener('click', () => call('Take', conversation.id));
      item.appendChild(take);
      queueList.appendChild(item);
    });
    if (supervisor) {
      refreshSupervision();
    }
  };

  const refreshSupervision = async () => {
    const result = await connection.invoke('Supervision').catch(() => null);
    if (!result || !result.ok) {
      return;
    }
    const live = $('supervision-live');
    live.replaceChildren();
    const names = new Map(result.data.counsellors.map((c) => [c.userId, c.name]));
    for (const conversation of result.data.live) {
      const row = element('tr', 'utrecht-table__row');
      row.appendChild(element('td', 'utrecht-table__cell' + (conversation.risk ? ' console__risk' : ''), conversation.risk ? t('Console.Risk') : '—'));
      row.appendChild(element('td', 'utrecht-table__cell', time(conversation.assignedAt)));
      row.appendChild(element('td', 'utrecht-table__cell', names.get(conversation.counsellorId) || '—'));
      const actions = element('td', 'utrecht-table__cell');
      for (const [method, label] of [['SilentRead', 'Console.Read'], ['Join', 'Console.Join']]) {
        const button = element('button', 'utrecht-button utrecht-button--secondary-action', t(label));
        button.type = 'button';
        button.dataset.method = method;
        button.dataset.conversation = conversation.id;
        button.addEventListener('click', async () => {
          const answer = await call(method, conversation.id);
          if (answer.ok) {
            openPanel(answer.data, true).querySelector('.chat__log').focus();
          }
        });
        actions.appendChild(button);
      }
      row.appendChild(actions);
      live.appendChild(row);
    }
    const load = $('supervision-load');
    load.replaceChildren();
    for (const counsellor of result.data.counsellors) {
      const row = element('tr', 'utrecht-table__row');
      row.appendChild(element('td', 'utrecht-table__cell', counsellor.name));
      row.appendChild(element('td', 'utrecht-table__cell', (counsellor.online ? t('Console.Online') : t('Console.Offline')) + ' · ' + t('Availability.' + counsellor.availability)));
      row.appendChild(element('td', 'utrecht-table__cell', counsellor.active + ' / ' + counsellor.capacity));
      load.appendChild(row);
    }
  };

  connection.on('queue', renderQueue);
  connection.on('assigned', (item) => openPanel(item));
  connection.on('message', (message) => {
    const panel = panels.get(message.conversationId);
    if (panel) {
      renderMessage(panel, message);
      panel.querySelector('.chat__typing').hidden = true;
    }
  });
  connection.on('typing', (typing) => {
    const panel = panels.get(typing.conversationId);
    if (panel) {
      const line = panel.querySelector('.chat__typing');
      line.hidden = false;
      clearTimeout(line.timer);
      line.timer = setTimeout(() => { line.hidden = true; }, 4000);
    }
  });
  connection.on('updated', (conversation) => {
    const panel = panels.get(conversation.id);
    if (panel) {
      updatePanel(panel, conversation);
    }
  });
  connection.on('ended', (ended) => {
    closePanel(ended.conversationId, ended.transferred ? t('Console.Transferred') : ended.returned ? t('Console.Returned') : ended.byParent ? t('Console.EndedByParent') : t('Console.Ended'));
    if (supervisor) {
      refreshSupervision();
    }
  });
  connection.on('risk', (conversation) => {
    alertBox.textContent = t('Console.RiskAlert', shortId(conversation.id));
    alertBox.hidden = false;
    refreshSupervision();
  });

  const open = async () => {
    const result = await call('OpenConsole', helplineId);
    if (!result.ok) {
      return;
    }
    announce('');
    me = result.data.userId;
    $('console-availability-value').value = result.data.availability;
    $('console-capacity').value = String(result.data.capacity);
    renderQueue(result.data.queue);
    for (const item of result.data.mine) {
      openPanel(item);
    }
  };

  $('console-availability').addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await call('SetAvailability', $('console-availability-value').value, Number($('console-capacity').value));
    if (result.ok) {
      announce(t('Console.Saved') + ' ' + t('Availability.' + result.data.availability));
    }
  });

  // The heartbeat keeps this counsellor online; a console that stops beating (a crashed server) expires,
  // and the server may have set us away meanwhile: show that.
  const heartbeat = async () => {
    if (connection.state !== signalR.HubConnectionState.Connected) {
      return;
    }
    const result = await connection.invoke('Heartbeat').catch(() => null);
    const select = $('console-availability-value');
    if (result && result.ok && select.value !== result.data.availability) {
      select.value = result.data.availability;
      announce(t('Console.SetAway', t('Availability.' + result.data.availability)));
    }
  };
  setInterval(heartbeat, heartbeatMs);

  connection.onreconnecting(() => announce(t('Js.Reconnecting')));
  connection.onreconnected(() => open());
  announce(t('Js.Connecting'));
  connection.start().then(open).catch(() => fail('unknown'));
  if (supervisor) {
    setInterval(refreshSupervision, 10000);
  }
})();
