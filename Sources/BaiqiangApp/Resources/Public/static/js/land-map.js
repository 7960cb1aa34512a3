// The parcel map, moved in the browser: drag to pan, wheel or buttons to zoom, by changing the
// drawing's viewBox; when the movement stops the server draws the new window again, simplified
// for its scale. Hovering a parcel shows its card, clicking opens its page, and the view in
// sight downloads as SVG or PNG. Without this file the page works by its links.
(function () {
  'use strict';

  var frame = document.querySelector('.map-frame');
  if (!frame || !window.fetch || !window.DOMParser) { return; }
  var svg = frame.querySelector('svg.parcel-map');
  if (!svg) { return; }

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var CHINA = { west: 73, east: 136, south: 3, north: 54 };
  var base, view, request = 0, timer = null;

  // Where the drawing the server sent lies: its window in degrees, its size in units, and its
  // units per degree of latitude.
  function readWindow() {
    var parts = (svg.getAttribute('data-bbox') || '').split(',').map(Number);
    var box = svg.viewBox.baseVal;
    base = {
      west: parts[0], south: parts[1], east: parts[2], north: parts[3],
      width: box.width, height: box.height, scale: Number(svg.getAttribute('data-scale')) || 1
    };
    view = { x: 0, y: 0, w: box.width, h: box.height };
    takeTitles();
  }

  // The card moves from each shape's <title> to a data attribute, so the browser's own tooltip
  // does not cover the card.
  function takeTitles() {
    var titles = svg.querySelectorAll('path.parcel > title');
    for (var i = 0; i < titles.length; i++) {
      titles[i].parentNode.setAttribute('data-card', titles[i].textContent);
      titles[i].parentNode.removeChild(titles[i]);
    }
  }

  function showView() {
    svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(2); }).join(' '));
  }

  function svgPoint(clientX, clientY) {
    var matrix = svg.getScreenCTM();
    if (!matrix) { return { x: view.x + view.w / 2, y: view.y + view.h / 2 }; }
    var point = svg.createSVGPoint();
    point.x = clientX;
    point.y = clientY;
    return point.matrixTransform(matrix.inverse());
  }

  function zoom(factor, centre) {
    var width = view.w / factor;
    if (width < base.width / 256 || width > base.width * 16) { return; }
    view.x = centre.x - (centre.x - view.x) / factor;
    view.y = centre.y - (centre.y - view.y) / factor;
    view.w = width;
    view.h = view.h / factor;
    showView();
    redrawSoon();
  }

  function centre() {
    return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
  }

  // The window in sight, in degrees, kept inside the box the server accepts.
  function windowInSight() {
    var degreesPerUnit = (base.east - base.west) / base.width;
    var west = Math.max(CHINA.west, base.west + view.x * degreesPerUnit);
    var east = Math.min(CHINA.east, base.west + (view.x + view.w) * degreesPerUnit);
    var north = Math.min(CHINA.north, base.north - view.y / base.scale);
    var south = Math.max(CHINA.south, base.north - (view.y + view.h) / base.scale);
    return [west, south, east, north].map(function (v) { return v.toFixed(6); }).join(',');
  }

  function redrawSoon() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(redraw, 400);
  }

  function redraw() {
    var bbox = windowInSight();
    var asked = ++request;
    fetch(frame.getAttribute('data-svg') + '&bbox=' + encodeURIComponent(bbox), { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (text) {
        if (asked !== request) { return; }
        var drawn = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
        if (!drawn || drawn.localName !== 'svg') { return; }
        while (svg.firstChild) { svg.removeChild(svg.firstChild); }
        while (drawn.firstChild) { svg.appendChild(document.importNode(drawn.firstChild, true)); drawn.removeChild(drawn.firstChild); }
        ['viewBox', 'data-bbox', 'data-scale'].forEach(function (name) { svg.setAttribute(name, drawn.getAttribute(name)); });
        readWindow();
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, '', frame.getAttribute('data-page') + '&bbox=' + encodeURIComponent(bbox));
        }
      })
      .catch(function () { /* the drawing in sight stays; the next movement asks again */ });
  }

  // Panning: a press that moves more than a few pixels drags the map and does not open a parcel.
  var drag = null, dragged = false;
  svg.addEventListener('pointerdown', function (event) {
    if (event.button !== 0) { return; }
    var matrix = svg.getScreenCTM();
    drag = { x: event.clientX, y: event.clientY, viewX: view.x, viewY: view.y, k: matrix ? matrix.a : 1, id: event.pointerId };
    dragged = false;
  });
  svg.addEventListener('pointermove', function (event) {
    if (!drag) { return; }
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!dragged && Math.abs(dx) + Math.abs(dy) < 5) { return; }
    if (!dragged) { svg.setPointerCapture(drag.id); svg.classList.add('dragging'); hideCard(); }
    dragged = true;
    view.x = drag.viewX - dx / drag.k;
    view.y = drag.viewY - dy / drag.k;
    showView();
  });
  function endDrag() {
    if (drag && dragged) { svg.classList.remove('dragging'); redrawSoon(); }
    drag = null;
  }
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);
  svg.addEventListener('click', function (event) {
    if (dragged) { event.preventDefault(); event.stopPropagation(); dragged = false; }
  }, true);
  svg.addEventListener('wheel', function (event) {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1.25 : 0.8, svgPoint(event.clientX, event.clientY));
  }, { passive: false });

  // The card of the parcel under the pointer: its number first, then town, area, holder, rules.
  var card = document.createElement('div');
  card.className = 'map-card';
  card.hidden = true;
  frame.appendChild(card);
  function hideCard() { card.hidden = true; }
  svg.addEventListener('pointerover', function (event) {
    var shape = event.target.closest ? event.target.closest('path.parcel') : null;
    if (!shape || drag) { return; }
    var lines = (shape.getAttribute('data-card') || '').split(' · ');
    while (card.firstChild) { card.removeChild(card.firstChild); }
    lines.forEach(function (line, index) {
      var item = document.createElement(index === 0 ? 'strong' : 'div');
      item.textContent = line;
      card.appendChild(item);
    });
    card.hidden = false;
  });
  svg.addEventListener('pointermove', function (event) {
    if (card.hidden) { return; }
    var box = frame.getBoundingClientRect();
    var left = event.clientX - box.left + 14, top = event.clientY - box.top + 14;
    if (left + card.offsetWidth > box.width) { left = event.clientX - box.left - card.offsetWidth - 14; }
    card.style.left = Math.max(0, left) + 'px';
    card.style.top = top + 'px';
  });
  svg.addEventListener('pointerout', function (event) {
    if (!event.relatedTarget || !svg.contains(event.relatedTarget) || !event.relatedTarget.closest('path.parcel')) { hideCard(); }
  });

  // The view in sight as a file of its own: the drawing with its colours, cards as titles.
  function viewAsSVG(width, height) {
    var copy = svg.cloneNode(true);
    copy.setAttribute('xmlns', SVG_NS);
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
    copy.removeAttribute('class');
    var shapes = copy.querySelectorAll('path.parcel[data-card]');
    for (var i = 0; i < shapes.length; i++) {
      var title = document.createElementNS(SVG_NS, 'title');
      title.textContent = shapes[i].getAttribute('data-card');
      shapes[i].appendChild(title);
      shapes[i].removeAttribute('data-card');
    }
    var ground = copy.querySelector('rect.map-ground');
    if (ground) {
      ground.setAttribute('x', view.x.toFixed(2));
      ground.setAttribute('y', view.y.toFixed(2));
      ground.setAttribute('width', view.w.toFixed(2));
      ground.setAttribute('height', view.h.toFixed(2));
    }
    return new XMLSerializer().serializeToString(copy);
  }

  function save(blob, name) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function downloadSVG() {
    save(new Blob([viewAsSVG(Math.round(view.w), Math.round(view.h))], { type: 'image/svg+xml' }), 'parcels-map.svg');
  }

  function downloadPNG() {
    var width = 2000, height = Math.round(width * view.h / view.w);
    var image = new Image();
    image.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      var context = canvas.getContext('2d');
      context.fillStyle = '#f4f6f2';
      context.fillRect(0, 0, width, height);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob(function (blob) { if (blob) { save(blob, 'parcels-map.png'); } }, 'image/png');
    };
    // A data: address, which the site's image policy allows, where a blob: one is not.
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(viewAsSVG(width, height));
  }

  function button(label, action) {
    var element = document.createElement('button');
    element.type = 'button';
    element.className = 'button';
    element.textContent = frame.getAttribute('data-label-' + label) || label;
    element.addEventListener('click', action);
    return element;
  }

  var tools = document.createElement('div');
  tools.className = 'map-tools';
  tools.appendChild(button('zoom-in', function () { zoom(2, centre()); }));
  tools.appendChild(button('zoom-out', function () { zoom(0.5, centre()); }));
  tools.appendChild(button('reset', function () { view = { x: 0, y: 0, w: base.width, h: base.height }; showView(); }));
  tools.appendChild(button('svg', downloadSVG));
  tools.appendChild(button('png', downloadPNG));
  frame.insertBefore(tools, svg);
  // The links that move the map by server windows, and the server's download of its window,
  // give way to the buttons.
  var links = document.querySelectorAll('.map-controls, .page-actions a[href^="/land/map.svg"]');
  for (var i = 0; i < links.length; i++) { links[i].hidden = true; }
  frame.classList.add('map-live');

  readWindow();
})();
