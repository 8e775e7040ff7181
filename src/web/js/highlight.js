// Article text with highlighted spans and the passages the cleaner cut, built from text nodes
// only: offsets index the stored text, and nothing from the article is ever parsed as HTML.
import { h } from './dom.js';
import { FIELD_LABELS, fieldRoot } from './palette.js';

/**
 * spans: [{start, end, field, label?}] (may overlap); cuts: [{at, text, reason}].
 * Returns an element whose text content, minus the cut passages, is exactly `text`.
 */
export function renderText(text, spans = [], cuts = []) {
  const root = h('div', { class: 'article-text' });
  const points = new Set([0, text.length]);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of valid) points.add(s.start).add(s.end);
  const cutsAt = new Map();
  for (const c of cuts) {
    const at = Math.max(0, Math.min(text.length, c.at));
    points.add(at);
    cutsAt.set(at, [...(cutsAt.get(at) ?? []), c]);
  }
  const sorted = [...points].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    const at = sorted[i];
    for (const c of cutsAt.get(at) ?? []) {
      root.appendChild(h('span', { class: 'cut', title: `removed by the cleaner: ${c.reason}` },
        h('span', { class: 'cut-reason' }, c.reason), c.text));
    }
    const end = sorted[i + 1];
    if (end === undefined) break;
    const piece = text.slice(at, end);
    const covering = valid.filter((s) => s.start <= at && s.end >= end);
    if (!covering.length) {
      root.appendChild(document.createTextNode(piece));
      continue;
    }
    const fields = [...new Set(covering.map((s) => fieldRoot(s.field)))];
    const labels = [...new Set(covering.map((s) => s.label ?? FIELD_LABELS[fieldRoot(s.field)] ?? s.field))];
    root.appendChild(h('mark', {
      class: `ev ev-${fields[0]}${fields.length > 1 ? ' ev-multi' : ''}`,
      'data-fields': covering.map((s) => s.field).join(' '),
      title: labels.join(', '),
    }, piece));
  }
  return root;
}

/** Scrolls the first highlight of `field` in `container` into view and flashes it. */
export function focusField(container, field) {
  const marks = [...container.querySelectorAll('mark.ev')].filter((m) => m.dataset.fields.split(' ').includes(field));
  for (const m of marks) {
    m.classList.remove('flash');
    void m.offsetWidth;
    m.classList.add('flash');
  }
  marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
