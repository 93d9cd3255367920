// The "chat with us" button for a partner's site. The snippet is a plain link to the helpline's chat page
// (it works without this script); the script makes it a button in the corner and adds whether someone is
// on duty now. It sets only element styles (no stylesheet, no inline HTML), so it runs under a strict
// Content-Security-Policy on the partner's site, and sends no cookies. See docs/adr/0085.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !window.fetch) {
    return;
  }
  const origin = new URL(script.src).origin;
  for (const link of document.querySelectorAll('a[data-verbind-chat]')) {
    const slug = link.dataset.verbindChat;
    if (!/^[a-z0-9-]{1,60}$/.test(slug) || link.dataset.verbindReady) {
      continue;
    }
    link.dataset.verbindReady = 'true';
    link.href = origin + '/chat/' + slug;
    if (link.dataset.verbindPlace !== 'inline') {
      Object.assign(link.style, {
        position: 'fixed', right: '1rem', bottom: '1rem', zIndex: '2147483000', maxWidth: 'calc(100vw - 2rem)',
        display: 'inline-flex', flexDirection: 'column', gap: '0.15rem', padding: '0.75rem 1.1rem',
        background: '#2b2160', color: '#ffffff', borderRadius: '1.5rem', boxShadow: '0 2px 8px rgba(0,0,0,0.3)',
        font: 'inherit', fontWeight: 'bold', lineHeight: '1.3', textDecoration: 'none',
      });
    }
    const status = document.createElement('span');
    status.style.fontWeight = 'normal';
    status.style.fontSize = '0.875em';
    link.appendChild(status);
    fetch(origin + '/chat/' + slug + '/status.json', { credentials: 'omit', mode: 'cors' })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer) => {
        if (answer) {
          status.textContent = answer.label;
          link.dataset.verbindOpen = answer.open ? 'true' : 'false';
        }
      })
      .catch(() => {
        // Without the status the link still leads to the chat page, which says the same.
      });
  }
})();
