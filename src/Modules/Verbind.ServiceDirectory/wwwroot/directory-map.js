// The map of the public search results (progressive: the list is complete without it). The tile URL
// and the markers come from data attributes; Leaflet is loaded before this file.
(function () {
    "use strict";
    function show() {
        var element = document.getElementById("zoek-kaart");
        if (!element || !window.L || element.dataset.ready) {
            return;
        }
        var results = Array.prototype.filter.call(document.querySelectorAll(".directory-result"), function (item) {
            return item.dataset.lat && item.dataset.lon;
        });
        if (results.length === 0) {
            return;
        }
        element.hidden = false;
        element.dataset.ready = "1";
        element.setAttribute("role", "region");
        element.setAttribute("aria-label", element.dataset.label || "");
        var map = window.L.map(element, { scrollWheelZoom: false });
        window.L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
        var bounds = [];
        results.forEach(function (item) {
            var point = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lon)];
            var link = document.createElement("a");
            link.href = item.dataset.url;
            link.textContent = item.dataset.name;
            window.L.marker(point, { title: item.dataset.name, alt: item.dataset.name }).addTo(map).bindPopup(link);
            bounds.push(point);
        });
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", show);
    } else {
        show();
    }
})();
