// The analyst's home: filters, the map, the legend with counts, the timeline and the event list.
import { h, clear, fmtInt, fmtRange, eventHref } from '../dom.js';
import { api, failure, meta, query } from '../api.js';
import { GROUPS, groupColor } from '../palette.js';
import { createMap } from '../map.js';
import { createTimeline } from '../timeline.js';
import { createFilters, readFilters } from '../filters.js';

/** The map and timeline read at most this many events; the header says when there are more. */
const MAP_LIMIT = 5000;
/** Rows in the list under the map; the rest are one click away through filters. */
const LIST_ROWS = 200;

export async function homeView(root, params) {
  const filters = readFilters(params);
  const { types } = await meta();
  const setFilters = (f) => {
    const q = query(Object.fromEntries(Object.entries(f).filter(([, v]) => v)));
    history.replaceState(null, '', `#/${q}`);
    render(f);
  };
  const counts = h('div', { class: 'counts', id: 'counts' });
  const legend = h('ul', { class: 'legend', id: 'legend' });
  const mapBox = h('div', { class: 'map', id: 'map' });
  const timelineBox = h('div', { class: 'timeline', id: 'timeline' });
  const list = h('div', { class: 'event-list', id: 'event-list' });
  const errors = h('div');
  const exportsBox = h('ul', { class: 'plain exports', id: 'exports' });
  clear(root).append(h('div', { class: 'home' },
    h('aside', { class: 'sidebar' }, createFilters(types, filters, setFilters), h('h2', {}, 'Legend'), legend, h('h2', {}, 'Export these events'), exportsBox),
    h('section', { class: 'main-col' }, counts, errors, mapBox, timelineBox, list)));

  const map = createMap(mapBox, {
    onSelect: (e) => (location.hash = eventHref(e.id)),
    onCluster: (events) => showList(events, `${events.length} events at ${events[0].location?.name ?? 'one place'}`),
  });
  let current = filters;
  const timeline = createTimeline(timelineBox, {
    onRange: (r) => setFilters({ ...current, since: r?.[0], until: r?.[1] }),
  });

  function showList(events, caption) {
    const rows = events.slice(0, LIST_ROWS).map((e) => h('tr', { 'data-id': e.id, 'data-type': e.type },
      h('td', { class: 'nowrap' }, fmtRange(e.date)),
      h('td', {}, h('span', { class: 'dot', style: `background:${groupColor(e.group)}` }), h('a', { href: eventHref(e.id) }, e.label)),
      h('td', {}, e.location ? `${e.location.name}${e.location.country ? ', ' + e.location.country : ''}` : '—'),
      h('td', {}, e.actors.slice(0, 3).map((a) => a.name).join(', ') || '—'),
      h('td', { class: 'num' }, e.fatalities ?? ''),
      h('td', { class: 'num' }, e.corroboration),
      h('td', {}, [e.main ? 'main' : '', e.background ? 'background' : '', e.modality !== 'occurred' ? e.modality : ''].filter(Boolean).join(', '))));
    clear(list).append(h('div', { class: 'list-head' }, h('h2', {}, caption), events.length > LIST_ROWS ? h('span', { class: 'hint' }, `first ${LIST_ROWS} shown`) : null),
      h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, ['Date', 'Type', 'Location', 'Actors', 'Killed', 'Sources', 'Notes'].map((c) => h('th', {}, c)))),
        h('tbody', {}, rows)));
  }

  function showLegend(events) {
    const byGroup = new Map();
    for (const e of events) byGroup.set(e.group, (byGroup.get(e.group) ?? 0) + 1);
    legend.replaceChildren(...GROUPS.map((g) => {
      const members = types.filter((t) => t.group === g.id).map((t) => t.id).join(',');
      return h('li', { class: byGroup.get(g.id) ? '' : 'zero' },
        h('button', { type: 'button', class: 'legend-item', title: `show only ${g.label.toLowerCase()}`, onclick: () => setFilters({ ...current, type: current.type === members ? undefined : members }) },
          h('span', { class: 'dot', style: `background:${g.color}` }), h('span', { class: 'legend-label' }, g.label), h('span', { class: 'legend-count' }, fmtInt(byGroup.get(g.id) ?? 0))));
    }));
  }

  const FORMATS = [['acled-csv', 'ACLED-style CSV'], ['ucdp-csv', 'UCDP GED-style CSV'], ['geojson', 'GeoJSON'], ['jsonl', 'JSONL (with evidence)'], ['plover-json', 'PLOVER-style JSON']];
  async function render(f) {
    current = f;
    exportsBox.replaceChildren(...FORMATS.map(([format, label]) => h('li', {}, h('a', { href: `/api/export${query({ ...f, format, download: true })}`, download: '' }, label))));
    clear(errors);
    const { since, until, ...undated } = f;
    try {
      const base = { ...undated, view: 'summary', limit: MAP_LIMIT };
      const all = await api('events', base);
      performance.mark('sitrep:events-loaded');
      const shown = since || until ? await api('events', { ...base, since, until }) : all;
      timeline.setEvents(all.events, since || until ? [since ?? all.events.at(-1)?.date?.start, until ?? all.events[0]?.date?.end] : null);
      await map.setEvents(shown.events, { refit: false });
      showLegend(shown.events);
      const kind = shown.kind === 'canonical' ? 'events (merged across sources)' : 'event mentions (not yet merged across sources)';
      clear(counts).append(h('strong', { id: 'event-total' }, fmtInt(shown.total)), ` ${kind}`);
      if (shown.total > shown.events.length) counts.append(h('span', { class: 'hint' }, ` · map shows the newest ${fmtInt(shown.events.length)}`));
      showList(shown.events, 'Events');
    } catch (err) {
      errors.append(failure(err));
    }
  }
  await render(filters);
}
