// One actor: what the knowledge base knows (aliases, parent group, sources) and the events it
// took part in, counted by month.
import { h, svg, clear, fmtRange, fmtInt, eventHref, actorHref } from '../dom.js';
import { api, failure } from '../api.js';
import { groupColor } from '../palette.js';

function monthChart(byMonth) {
  const dated = byMonth.filter((m) => m.month !== 'undated');
  if (!dated.length) return h('p', { class: 'hint' }, 'No dated events.');
  const w = 640, hgt = 120, pad = 24;
  const max = Math.max(...dated.map((m) => m.count));
  /** Wide enough to read, but one month of data should not fill the chart. */
  const bw = Math.min(60, (w - 2 * pad) / dated.length);
  return svg('svg', { class: 'month-chart', viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt },
    dated.map((m, i) => {
      const bh = (m.count / max) * (hgt - 2 * pad);
      return svg('g', {}, svg('rect', { x: pad + i * bw + 1, y: hgt - pad - bh, width: Math.max(1, bw - 2), height: bh }, svg('title', {}, `${m.month}: ${m.count}`)),
        svg('text', { x: pad + i * bw + bw / 2, y: hgt - 6, class: 'tick' }, m.month), svg('text', { x: pad + i * bw + bw / 2, y: hgt - pad - bh - 4, class: 'tick' }, String(m.count)));
    }));
}

export async function actorView(root, id) {
  let data;
  try {
    data = await api(`actors/${encodeURIComponent(id)}`);
  } catch (err) {
    return clear(root).append(failure(err));
  }
  const a = data.actor;
  clear(root).append(h('div', { class: 'page actor-page' },
    h('header', { class: 'page-head' }, h('div', { class: 'crumbs' }, h('a', { href: '#/' }, 'Map'), ' / actor'),
      h('h1', {}, a.name), h('div', { class: 'facts' },
        data.in_kb ? h('code', {}, a.id) : h('span', { class: 'badge muted' }, 'not in the knowledge base'),
        a.type ? h('span', {}, a.type.replace(/_/g, ' ').toLowerCase()) : null, a.country ? h('span', {}, a.country) : null,
        data.parent ? h('span', {}, 'part of ', h('a', { href: actorHref(data.parent.id) }, data.parent.name)) : null,
        h('a', { href: `#/?actor=${encodeURIComponent(a.id)}` }, 'show on map →'))),
    h('div', { class: 'article-layout' },
      h('section', {}, h('h2', {}, `Events over time (${fmtInt(data.total)})`), monthChart(data.by_month),
        data.counted < data.total ? h('p', { class: 'hint' }, `counted over the newest ${fmtInt(data.counted)}`) : null,
        h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Date', 'Type', 'Location', 'Role'].map((c) => h('th', {}, c)))),
          h('tbody', {}, data.events.map((e) => h('tr', {}, h('td', { class: 'nowrap' }, fmtRange(e.date)),
            h('td', {}, h('span', { class: 'dot', style: `background:${groupColor(e.group)}` }), h('a', { href: eventHref(e.id) }, e.label)),
            h('td', {}, e.location?.name ?? '—'), h('td', {}, e.actors.find((x) => x.kb_id === a.id || x.name === a.name)?.role ?? 'associated')))))),
      h('aside', {}, h('h2', {}, `Aliases (${a.aliases.length})`), h('ul', { class: 'plain aliases' }, a.aliases.map((x) => h('li', {}, x))),
        a.sources.length ? h('p', { class: 'hint' }, `sources: ${a.sources.join(', ')}`) : null))));
}
