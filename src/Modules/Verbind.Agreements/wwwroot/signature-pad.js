// Optional drawn signature: a canvas for mouse, pen or finger. The typed name is always required, so
// the page signs without this script. The drawing is sent as a PNG data URL in a hidden field.
(function () {
  function setUp(container) {
    var field = container.querySelector('[data-signature-value]');
    var hint = container.querySelector('#drawn-hint');
    if (!field) { return; }
    var canvas = document.createElement('canvas');
    canvas.width = 600; canvas.height = 180;
    canvas.className = 'signature-pad__canvas';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', container.getAttribute('data-label') || (hint ? hint.textContent : ''));
    var clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'utrecht-button utrecht-button--subtle signature-pad__clear';
    clear.textContent = container.getAttribute('data-clear') || '×';
    container.insertBefore(canvas, field);
    container.insertBefore(clear, field);
    container.classList.add('signature-pad--active');
    var context = canvas.getContext('2d');
    context.lineWidth = 2.5; context.lineCap = 'round'; context.strokeStyle = '#1b1b1b';
    var drawing = false, drawn = false;
    function point(event) {
      var box = canvas.getBoundingClientRect();
      return { x: (event.clientX - box.left) * canvas.width / box.width, y: (event.clientY - box.top) * canvas.height / box.height };
    }
    canvas.addEventListener('pointerdown', function (event) {
      drawing = true; canvas.setPointerCapture(event.pointerId);
      var p = point(event); context.beginPath(); context.moveTo(p.x, p.y); event.preventDefault();
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drawing) { return; }
      var p = point(event); context.lineTo(p.x, p.y); context.stroke(); drawn = true; event.preventDefault();
    });
    ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (name) {
      canvas.addEventListener(name, function () { drawing = false; });
    });
    clear.addEventListener('click', function () {
      context.clearRect(0, 0, canvas.width, canvas.height); drawn = false; field.value = '';
    });
    var form = container.closest('form');
    if (form) {
      form.addEventListener('submit', function () { field.value = drawn ? canvas.toDataURL('image/png') : ''; });
    }
  }
  function start() { document.querySelectorAll('[data-signature-pad]').forEach(setUp); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
