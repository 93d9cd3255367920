// The showcase map: built from the list of municipalities already on the page (data-lat/data-lng),
// so the page is complete without this script or without tiles.
(function () {
  function start() {
    var element = document.getElementById('showcase-map');
    if (!element || typeof L === 'undefined') { return; }
    var tiles = element.getAttribute('data-tiles');
    if (!tiles) { return; }
    var items = Array.prototype.slice.call(document.querySelectorAll('.showcase-list__item[data-lat][data-lng]'));
    var points = items.map(function (item) {
      var link = item.querySelector('a');
      return { lat: parseFloat(item.getAttribute('data-lat')), lng: parseFloat(item.getAttribute('data-lng')), name: link ? link.textContent : '', href: link ? link.getAttribute('href') : null };
    }).filter(function (p) { return !isNaN(p.lat) && !isNaN(p.lng); });
    if (points.length === 0) { return; }
    element.hidden = false;
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', element.getAttribute('data-label') || '');
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(tiles, { attribution: element.getAttribute('data-attribution') || '', maxZoom: 18 }).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
      var marker = L.marker([p.lat, p.lng], { title: p.name, alt: p.name }).addTo(map);
      if (p.href) {
        var anchor = document.createElement('a');
        anchor.href = p.href; anchor.textContent = p.name;
        marker.bindPopup(anchor);
      }
      bounds.push([p.lat, p.lng]);
    });
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 12 });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
