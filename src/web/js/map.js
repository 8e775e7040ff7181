// The event map: country shapes from world-atlas (served locally), markers coloured by event
// group, merged into numbered clusters where they crowd. Wheel or buttons zoom, drag pans.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from '/vendor/d3-geo.mjs';
import { h, svg, clear } from './dom.js';
import { groupColor, groupLabel } from './palette.js';

/** Markers closer than this many screen pixels merge into one cluster. */
const CLUSTER_PX = 24;
/** Deep enough to separate towns a few km apart; beyond that clusters are one place. */
const MAX_ZOOM = 60;
/** Fitting the view to a single place should still show its region, not a street. */
const MAX_FIT_ZOOM = 12;
const ZOOM_STEP = 1.6;

let atlas = null;
/** world-atlas 1:50m countries (TopoJSON), fetched once. */
function countries() {
  atlas ??= fetch('/vendor/countries-50m.json').then((r) => r.json())
    .then((topo) => globalThis.topojson.feature(topo, topo.objects.countries).features);
  return atlas;
}

export function createMap(container, { onSelect, onCluster } = {}) {
  const width = Math.max(320, container.clientWidth || 800);
  const height = Math.max(240, container.clientHeight || 460);
  const projection = geoNaturalEarth1().fitExtent([[6, 6], [width - 6, height - 6]], { type: 'Sphere' });
  const path = geoPath(projection);
  const land = svg('g', { class: 'land' });
  const markers = svg('g', { class: 'markers' });
  const root = svg('svg', { class: 'map-svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'Map of events' }, land, markers);
  const controls = h('div', { class: 'map-controls' },
    h('button', { type: 'button', title: 'Zoom in', onclick: () => zoomAt(width / 2, height / 2, ZOOM_STEP) }, '+'),
    h('button', { type: 'button', title: 'Zoom out', onclick: () => zoomAt(width / 2, height / 2, 1 / ZOOM_STEP) }, '−'),
    h('button', { type: 'button', title: 'Fit to events', onclick: () => fit() }, '⤢'));
  const unmapped = h('div', { class: 'map-note' });
  clear(container).append(root, controls, unmapped);

  let view = { k: 1, x: 0, y: 0 };
  let points = [];

  const ready = countries().then((features) => {
    performance.mark('sitrep:atlas-loaded');
    land.append(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) }), svg('path', { class: 'graticule', d: path(geoGraticule10()) }));
    for (const f of features) land.append(svg('path', { class: 'country', d: path(f) }, svg('title', {}, f.properties?.name ?? '')));
  });

  function apply() {
    land.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
    drawMarkers();
  }

  function zoomAt(px, py, factor) {
    const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
    const f = k / view.k;
    view = { k, x: px - (px - view.x) * f, y: py - (py - view.y) * f };
    if (k === 1) view = { k: 1, x: 0, y: 0 };
    apply();
  }

  function fit() {
    if (!points.length) {
      view = { k: 1, x: 0, y: 0 };
      return apply();
    }
    const xs = points.map((p) => p.bx);
    const ys = points.map((p) => p.by);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.max(1, Math.min(MAX_FIT_ZOOM, 0.6 * width / Math.max(x1 - x0, 1), 0.6 * height / Math.max(y1 - y0, 1)));
    view = { k, x: width / 2 - k * (x0 + x1) / 2, y: height / 2 - k * (y0 + y1) / 2 };
    apply();
  }

  function drawMarkers() {
    clear(markers);
    const cells = new Map();
    for (const p of points) {
      const sx = p.bx * view.k + view.x;
      const sy = p.by * view.k + view.y;
      if (sx < -20 || sy < -20 || sx > width + 20 || sy > height + 20) continue;
      const key = `${Math.floor(sx / CLUSTER_PX)},${Math.floor(sy / CLUSTER_PX)}`;
      const cell = cells.get(key) ?? { xs: 0, ys: 0, items: [] };
      cell.xs += sx;
      cell.ys += sy;
      cell.items.push(p.event);
      cells.set(key, cell);
    }
    for (const { xs, ys, items } of cells.values()) {
      const cx = xs / items.length;
      const cy = ys / items.length;
      if (items.length === 1) {
        const e = items[0];
        markers.append(svg('circle', {
          class: 'marker', cx, cy, r: e.main ? 6 : 4.5, fill: groupColor(e.group), 'data-id': e.id, 'data-type': e.type,
          onclick: () => onSelect?.(e),
        }, svg('title', {}, `${e.label} — ${e.location?.name ?? ''}${e.date?.start ? ', ' + e.date.start : ''}`)));
        continue;
      }
      const counts = new Map();
      for (const e of items) counts.set(e.group, (counts.get(e.group) ?? 0) + 1);
      const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      const r = 9 + 3 * Math.log2(items.length);
      const summary = [...counts.entries()].map(([g, n]) => `${n} ${groupLabel(g)}`).join(', ');
      markers.append(svg('g', {
        class: 'cluster', 'data-count': items.length,
        onclick: () => (view.k >= MAX_ZOOM || sameSpot(items) ? onCluster?.(items) : zoomAt(cx, cy, 3)),
      },
      svg('circle', { cx, cy, r, fill: groupColor(top[0]) }),
      svg('text', { x: cx, y: cy, dy: '0.35em' }, String(items.length)),
      svg('title', {}, `${items.length} events: ${summary}`)));
    }
  }

  const sameSpot = (items) => items.every((e) => e.location.lat === items[0].location.lat && e.location.lon === items[0].location.lon);

  root.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const box = root.getBoundingClientRect();
    zoomAt((ev.clientX - box.left) * width / box.width, (ev.clientY - box.top) * height / box.height, Math.pow(1.2, -ev.deltaY / 100));
  }, { passive: false });
  let drag = null;
  root.addEventListener('pointerdown', (ev) => {
    if (ev.target.closest('.marker, .cluster')) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y };
    root.setPointerCapture(ev.pointerId);
  });
  root.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const box = root.getBoundingClientRect();
    view = { ...view, x: drag.vx + (ev.clientX - drag.x) * width / box.width, y: drag.vy + (ev.clientY - drag.y) * height / box.height };
    apply();
  });
  root.addEventListener('pointerup', () => (drag = null));

  return {
    /** Shows these events (summaries); fits the view to them the first time. */
    async setEvents(events, { refit = false } = {}) {
      await ready;
      const first = container.dataset.rendered !== 'true';
      points = [];
      for (const e of events) {
        if (e.location?.lat == null || e.location?.lon == null) continue;
        const xy = projection([e.location.lon, e.location.lat]);
        if (xy) points.push({ bx: xy[0], by: xy[1], event: e });
      }
      const missing = events.length - points.length;
      unmapped.textContent = missing ? `${missing} event${missing === 1 ? '' : 's'} without coordinates (listed, not mapped)` : '';
      if (first || refit) fit();
      else apply();
      if (first) {
        container.dataset.rendered = 'true';
        performance.mark('sitrep:map-rendered');
      }
    },
  };
}
