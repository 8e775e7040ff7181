// One article as stored: the clean text, with what the cleaner cut shown greyed where it stood,
// the annotations highlighted on demand, and the events extracted from it.
import { h, clear, fmtDate, fmtRange, eventHref } from '../dom.js';
import { api, failure } from '../api.js';
import { renderText } from '../highlight.js';

const LAYERS = {
  entities: { field: 'actors', label: (x) => `${x.type}${x.kbId ? ' ' + x.kbId : ''}` },
  places: { field: 'location', label: (x) => `${x.name}${x.country ? ', ' + x.country : ''}` },
  dates: { field: 'date', label: (x) => x.value ?? 'date (year unknown)' },
  quantities: { field: 'fatalities', label: (x) => `${x.best ?? x.low ?? ''} ${x.unit ?? ''}`.trim() },
};

export async function articleView(root, id) {
  let data;
  try {
    data = await api(`articles/${encodeURIComponent(id)}`);
  } catch (err) {
    return clear(root).append(failure(err));
  }
  const a = data.article;
  const shown = new Set(['entities', 'places', 'dates', 'quantities']);
  const textBox = h('div', { class: 'article-body' });
  const draw = () => {
    const spans = [];
    for (const layer of shown) for (const x of data.analysis?.[layer] ?? []) spans.push({ start: x.start, end: x.end, field: LAYERS[layer].field, label: LAYERS[layer].label(x) });
    textBox.replaceChildren(renderText(a.text, spans, showCuts.checked ? a.cut : []));
  };
  const showCuts = h('input', { type: 'checkbox', checked: true, onchange: draw });
  const toggles = Object.keys(LAYERS).map((layer) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', checked: true, onchange: (ev) => (ev.target.checked ? shown.add(layer) : shown.delete(layer), draw()) }),
    h('span', { class: `swatch ev-${LAYERS[layer].field}` }), ` ${layer} (${data.analysis?.[layer]?.length ?? 0})`));

  clear(root).append(h('div', { class: 'page article-page', 'data-article': a.id },
    h('header', { class: 'page-head' },
      h('div', { class: 'crumbs' }, h('a', { href: '#/articles' }, 'Articles'), ' / article'),
      h('h1', { id: 'article-title' }, a.title ?? '(untitled)'),
      h('div', { class: 'facts' }, h('span', {}, a.outlet ?? 'unknown outlet'), h('span', {}, fmtDate(a.published)),
        a.author ? h('span', {}, a.author) : null, h('span', {}, `language ${a.language ?? '?'}`),
        a.url ? h('span', { class: 'hint' }, a.url) : null,
        a.duplicateOf ? h('a', { href: `#/article/${encodeURIComponent(a.duplicateOf)}` }, 'near-duplicate of an earlier copy →') : null),
      a.error ? h('div', { class: 'notice notice-error' }, `pipeline error: ${a.error}`) : null),
    h('div', { class: 'article-layout' },
      h('section', {}, h('div', { class: 'toolbar' }, h('label', { class: 'check' }, showCuts, ` show what the cleaner cut (${a.cut.length})`), toggles), textBox),
      h('aside', {}, h('h2', {}, `Events (${data.events.length})`),
        h('ul', { class: 'plain' }, data.events.map((e) => h('li', {}, h('a', { href: eventHref(e.id) }, e.label), h('div', { class: 'hint' }, `${fmtRange(e.date)} · ${e.location?.name ?? 'no place'}${e.main ? ' · main' : ''}`))))))));
  draw();
}
