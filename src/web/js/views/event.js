// One event: each field beside the words it came from, the source articles side by side with
// that evidence highlighted, where sources disagree, and how the event was merged.
import { h, clear, fmtRange, fmtDate, articleHref, actorHref, eventHref, storyHref, message } from '../dom.js';
import { api, failure, meta } from '../api.js';
import { groupColor, FIELD_LABELS, fieldRoot } from '../palette.js';
import { renderText, focusField } from '../highlight.js';

const fmtCount = (c) => (c ? `${c.qualifier && c.qualifier !== 'exact' ? c.qualifier + ' ' : ''}${c.best ?? c.low ?? '?'}${c.high && c.high !== c.best ? '–' + c.high : ''}` : null);

/** [field, label, value] rows for every field the record has, in reading order. */
function fieldRows(e) {
  const rows = [['type', 'Event type', `${e.type.replace(/_/g, ' ')}${e.acled ? ` (ACLED: ${e.acled.event_type} / ${e.acled.sub_event_type})` : ''}`]];
  e.actors.forEach((a, i) => rows.push([`actors.${i}`, `Actor (${a.role})`,
    h('span', {}, a.kb_id ? h('a', { href: actorHref(a.kb_id) }, a.name) : h('a', { href: actorHref(a.name) }, a.name), a.country ? ` · ${a.country}` : '', a.kb_id ? h('code', {}, ` ${a.kb_id}`) : '')]));
  if (e.location) {
    const l = e.location;
    rows.push(['location', 'Location', `${l.name}${l.admin1 ? ', ' + l.admin1 : ''}${l.country ? ', ' + l.country : ''}${l.lat != null ? ` (${l.lat.toFixed(2)}, ${l.lon.toFixed(2)}; precision ${l.precision})` : ''}`]);
  }
  if (e.date) rows.push(['date', 'Date', `${fmtRange(e.date)} · ${e.date.precision}, ${e.date.basis}${e.date.reason ? ' · ' + e.date.reason : ''}`]);
  if (e.fatalities) rows.push(['fatalities', 'Fatalities', fmtCount(e.fatalities)]);
  if (e.injured) rows.push(['injured', 'Injured', fmtCount(e.injured)]);
  e.claims.forEach((c, i) => rows.push([`claims.${i}`, 'Claim', `${c.claimant} ${c.stance.replace(/_/g, ' ')}${c.about ? ' → ' + c.about : ''}`]));
  rows.push(['modality', 'Modality', e.modality]);
  if (e.tags.length) rows.push(['tags', 'Tags', e.tags.join(', ')]);
  return rows;
}

/** Evidence spans of the record keyed by field, claims' own evidence included. */
function evidenceByField(e) {
  const out = { ...e.evidence };
  e.claims.forEach((c, i) => (out[`claims.${i}`] = [...(out[`claims.${i}`] ?? []), ...c.evidence]));
  return out;
}

export async function eventView(root, id) {
  let data;
  try {
    data = await api(`events/${encodeURIComponent(id)}`);
  } catch (err) {
    return clear(root).append(failure(err));
  }
  const e = data.event;
  const info = (await meta()).types.find((t) => t.id === e.type);
  const evidence = evidenceByField(e);
  const articles = await Promise.all(e.sources.map((s) => api(`articles/${encodeURIComponent(s.article_id)}`).catch(() => null)));
  const columns = new Map();

  const sourceCols = e.sources.map((s, i) => {
    const a = articles[i]?.article;
    const spans = Object.entries(evidence).flatMap(([field, list]) => list.filter((x) => x.article_id === s.article_id).map((x) => ({ ...x, field })));
    const body = a ? renderText(a.text, spans) : message('article not stored', 'error');
    columns.set(s.article_id, body);
    return h('article', { class: 'source-col', 'data-article': s.article_id },
      h('header', {}, h('div', { class: 'outlet' }, s.outlet ?? 'unknown outlet', s.published ? ` · ${fmtDate(s.published)}` : ''),
        h('a', { href: articleHref(s.article_id), class: 'source-title' }, s.title ?? s.article_id),
        h('div', { class: 'hint' }, `${spans.length} evidence span${spans.length === 1 ? '' : 's'}`)),
      body);
  });

  const fieldTable = h('table', { class: 'grid fields' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Field'), h('th', {}, 'Value'), h('th', {}, 'Evidence (click to find it in the article)'))),
    h('tbody', {}, fieldRows(e).map(([field, label, value]) => h('tr', { 'data-field': field },
      h('th', { scope: 'row' }, h('span', { class: `swatch ev-${fieldRoot(field)}` }), label),
      h('td', {}, value, e.provenance[field] ? h('div', { class: 'hint' }, `${e.provenance[field].rule} · ${e.provenance[field].basis}`) : null),
      h('td', { class: 'evidence' }, (evidence[field] ?? []).map((x) => h('button', {
        type: 'button', class: `quote ev-${fieldRoot(field)}`, title: `in ${e.sources.find((s) => s.article_id === x.article_id)?.outlet ?? x.article_id}`,
        onclick: () => focusField(columns.get(x.article_id), field),
      }, `“${x.text}”`)), (evidence[field] ?? []).length ? null : h('span', { class: 'hint' }, field === 'modality' ? 'from the verbs around the trigger' : 'implied'))))));

  const conflicts = data.conflicts.length
    ? h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Field', 'Value', 'Given by'].map((c) => h('th', {}, c)))),
      h('tbody', {}, data.conflicts.flatMap((c) => c.values.map((v, i) => h('tr', {},
        h('td', {}, i === 0 ? c.field : ''), h('td', {}, typeof v.value === 'object' ? JSON.stringify(v.value) : String(v.value)),
        h('td', {}, v.articleIds.map((aid) => h('a', { href: articleHref(aid), class: 'chip' }, e.sources.find((s) => s.article_id === aid)?.outlet ?? aid))))))))
    : h('p', { class: 'hint' }, e.kind === 'canonical' ? 'The sources agree on every field.' : 'A single article’s mention: nothing to reconcile.');
  const history = data.history.length
    ? h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Mention', 'Action', 'Score', 'Reasons', 'When'].map((c) => h('th', {}, c)))),
      h('tbody', {}, data.history.map((s) => h('tr', {}, h('td', {}, h('a', { href: eventHref(s.mentionId) }, s.mentionId)), h('td', {}, s.action),
        h('td', { class: 'num' }, s.score.toFixed(2)), h('td', {}, s.reasons.join('; ')), h('td', { class: 'nowrap' }, fmtDate(s.at))))))
    : h('p', { class: 'hint' }, 'No merge history: this mention has not been merged with others.');

  clear(root).append(h('div', { class: 'page event-page', 'data-event': e.id },
    h('header', { class: 'page-head' },
      h('div', { class: 'crumbs' }, h('a', { href: '#/' }, 'Map'), ' / event'),
      h('h1', {}, h('span', { class: 'dot big', style: `background:${groupColor(info?.group)}` }), info?.label ?? e.type),
      h('div', { class: 'facts' },
        h('span', { class: `badge ${e.kind}` }, e.kind === 'canonical' ? 'merged event' : 'article mention'),
        e.main ? h('span', { class: 'badge' }, 'main event') : null,
        e.background ? h('span', { class: 'badge muted' }, 'background') : null,
        e.modality !== 'occurred' ? h('span', { class: 'badge warn' }, e.modality) : null,
        h('span', {}, fmtRange(e.date)), e.location ? h('span', {}, e.location.name) : null,
        h('span', {}, `${e.sources.length} source${e.sources.length === 1 ? '' : 's'}`),
        data.story ? h('a', { href: storyHref(data.story.id) }, `story: ${data.story.title}`) : null,
        data.canonical_id && data.canonical_id !== e.id ? h('a', { href: eventHref(data.canonical_id) }, 'merged event →') : null,
        h('a', { href: `/api/events/${encodeURIComponent(e.id)}`, class: 'hint' }, 'JSON'))),
    h('section', {}, h('h2', {}, 'Fields and their evidence'), fieldTable),
    h('section', {}, h('h2', {}, 'Sources side by side'), h('div', { class: 'sources', style: `--cols:${Math.min(3, sourceCols.length)}` }, sourceCols)),
    h('section', { class: 'two' }, h('div', {}, h('h2', {}, 'Conflicts between sources'), conflicts), h('div', {}, h('h2', {}, 'Merge history'), history))));
}

