// A histogram of events over time, stacked by event group; drag across it to choose a date
// range (which filters the map and the list), click without dragging to clear it.
import { h, svg, clear, fmtDate } from './dom.js';
import { GROUPS, groupColor } from './palette.js';

const DAY = 86400000;
/** Above this many days a bar is a week; above LONG_SPAN_DAYS a month, so bars stay readable. */
const WEEK_SPAN_DAYS = 120;
const LONG_SPAN_DAYS = 3 * 365;
/** A drag shorter than this is a click (clears the range). */
const MIN_DRAG_PX = 4;
const PAD = { l: 34, r: 10, t: 8, b: 22 };

const dayOf = (iso) => (/^\d{4}-\d{2}-\d{2}/.test(iso ?? '') ? Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY) : null);
const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

function bucketOf(day, unit) {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((new Date(day * DAY).getUTCDay() + 6) % 7);
  const d = new Date(day * DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY;
}
function nextBucket(b, unit) {
  if (unit === 'day') return b + 1;
  if (unit === 'week') return b + 7;
  const d = new Date(b * DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY;
}

export function createTimeline(container, { onRange } = {}) {
  const width = Math.max(320, container.clientWidth || 800);
  const height = 110;
  const bars = svg('g', { class: 'bars' });
  const axis = svg('g', { class: 'axis' });
  const brush = svg('rect', { class: 'brush', y: PAD.t, height: height - PAD.t - PAD.b, width: 0, x: 0 });
  const root = svg('svg', { class: 'timeline-svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'Events over time; drag to choose dates' }, bars, axis, brush);
  const label = h('span', { class: 'timeline-range' });
  const clearBtn = h('button', { type: 'button', class: 'link', onclick: () => select(null) }, 'clear dates');
  clear(container).append(h('div', { class: 'timeline-head' }, h('strong', {}, 'Timeline'), label, clearBtn), root);

  let scale = null; // { d0, d1 } days covered, for pixel ↔ day
  let range = null;
  const xOf = (day) => PAD.l + ((day - scale.d0) / (scale.d1 - scale.d0)) * (width - PAD.l - PAD.r);
  const dayAt = (x) => Math.round(scale.d0 + ((x - PAD.l) / (width - PAD.l - PAD.r)) * (scale.d1 - scale.d0));

  function showRange() {
    clearBtn.hidden = !range;
    label.textContent = range ? `${fmtDate(range[0])} – ${fmtDate(range[1])}` : 'drag across the bars to choose dates';
    if (!range || !scale) return brush.setAttribute('width', 0);
    const x0 = xOf(dayOf(range[0]));
    const x1 = xOf(dayOf(range[1]) + 1);
    brush.setAttribute('x', Math.max(PAD.l, x0));
    brush.setAttribute('width', Math.max(0, Math.min(width - PAD.r, x1) - Math.max(PAD.l, x0)));
  }

  function select(r) {
    range = r;
    showRange();
    onRange?.(r);
  }

  let drag = null;
  const localX = (ev) => {
    const box = root.getBoundingClientRect();
    return Math.max(PAD.l, Math.min(width - PAD.r, (ev.clientX - box.left) * width / box.width));
  };
  root.addEventListener('pointerdown', (ev) => {
    if (!scale) return;
    drag = { x0: localX(ev) };
    root.setPointerCapture(ev.pointerId);
  });
  root.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const x = localX(ev);
    brush.setAttribute('x', Math.min(drag.x0, x));
    brush.setAttribute('width', Math.abs(x - drag.x0));
  });
  root.addEventListener('pointerup', (ev) => {
    if (!drag) return;
    const x = localX(ev);
    const [a, b] = [Math.min(drag.x0, x), Math.max(drag.x0, x)];
    drag = null;
    if (b - a < MIN_DRAG_PX) return select(null);
    select([isoOf(dayAt(a)), isoOf(Math.max(dayAt(a), dayAt(b) - 1))]);
  });

  return {
    /** Draws the histogram of these event summaries; `r` is the selected [since, until] or null. */
    setEvents(events, r) {
      clear(bars);
      clear(axis);
      range = r;
      const dated = events.map((e) => ({ e, d: dayOf(e.date?.start ?? e.date?.end) })).filter((x) => x.d !== null);
      if (!dated.length) {
        scale = null;
        axis.append(svg('text', { x: width / 2, y: height / 2, class: 'empty' }, 'no dated events'));
        return showRange();
      }
      let lo = Math.min(...dated.map((x) => x.d));
      let hi = Math.max(...dated.map((x) => x.d));
      if (range) {
        lo = Math.min(lo, dayOf(range[0]));
        hi = Math.max(hi, dayOf(range[1]));
      }
      const unit = hi - lo > LONG_SPAN_DAYS ? 'month' : hi - lo > WEEK_SPAN_DAYS ? 'week' : 'day';
      const b0 = bucketOf(lo - (unit === 'day' ? 1 : 0), unit);
      const bEnd = nextBucket(bucketOf(hi + (unit === 'day' ? 1 : 0), unit), unit);
      scale = { d0: b0, d1: bEnd };
      const counts = new Map();
      for (const { e, d } of dated) {
        const b = bucketOf(d, unit);
        const row = counts.get(b) ?? new Map();
        row.set(e.group, (row.get(e.group) ?? 0) + 1);
        counts.set(b, row);
      }
      const max = Math.max(...[...counts.values()].map((row) => [...row.values()].reduce((s, n) => s + n, 0)));
      const plotH = height - PAD.t - PAD.b;
      for (const [b, row] of counts) {
        const x = xOf(b);
        const w = Math.max(1, xOf(nextBucket(b, unit)) - x - 1);
        let y = height - PAD.b;
        for (const g of GROUPS) {
          const n = row.get(g.id);
          if (!n) continue;
          const hgt = (n / max) * plotH;
          y -= hgt;
          bars.append(svg('rect', { x, y, width: w, height: hgt, fill: groupColor(g.id) }, svg('title', {}, `${isoOf(b)}: ${n} ${g.label}`)));
        }
      }
      axis.append(svg('line', { x1: PAD.l, x2: width - PAD.r, y1: height - PAD.b, y2: height - PAD.b }));
      axis.append(svg('text', { x: PAD.l - 4, y: PAD.t + 8, class: 'ymax' }, String(max)));
      const ticks = 6;
      for (let i = 0; i <= ticks; i++) {
        const d = Math.round(scale.d0 + (i / ticks) * (scale.d1 - scale.d0));
        const anchor = i === 0 ? 'start' : i === ticks ? 'end' : 'middle';
        axis.append(svg('text', { x: xOf(d), y: height - 6, class: 'tick', 'text-anchor': anchor }, fmtDate(isoOf(d))));
      }
      showRange();
    },
  };
}
