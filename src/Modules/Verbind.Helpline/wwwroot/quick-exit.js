// Quick exit: forget the chat in this tab and replace the page, so "back" does not lead here.
(() => {
  'use strict';
  const link = document.getElementById('quick-exit');
  if (!link) {
    return;
  }
  const leave = (event) => {
    if (event) {
      event.preventDefault();
    }
    // The chat stops first, so nothing it still receives can write to storage again.
    document.dispatchEvent(new Event('verbind:quick-exit'));
    try {
      for (const key of Object.keys(sessionStorage)) {
        if (key.startsWith('verbind.chat')) {
          sessionStorage.removeItem(key);
        }
      }
    } catch {
      // Storage can be off; leaving matters more.
    }
    document.title = '';
    document.body.replaceChildren();
    window.location.replace(link.href);
  };
  link.addEventListener('click', leave);
  // Escape twice within a second leaves too, from anywhere on the page.
  let lastEscape = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') {
      return;
    }
    const now = Date.now();
    if (now - lastEscape < 1000) {
      leave(event);
    }
    lastEscape = now;
  });
})();
