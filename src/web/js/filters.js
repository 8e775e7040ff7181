// The filter panel: type, actor (with KB suggestions), country, text, background. The state
// lives in the URL hash query, so a filtered view can be bookmarked and shared.
import { h } from './dom.js';
import { api } from './api.js';
import { GROUPS } from './palette.js';

/** Wait this long after the last keystroke before querying, so typing does not flood the API. */
const TYPING_DEBOUNCE_MS = 300;

export const FILTER_KEYS = ['type', 'actor', 'country', 'q', 'since', 'until', 'background'];

export function readFilters(params) {
  const f = {};
  for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k);
  return f;
}

export function createFilters(types, filters, onChange) {
  const debounce = (fn) => {
    let t;
    return () => {
      clearTimeout(t);
      t = setTimeout(fn, TYPING_DEBOUNCE_MS);
    };
  };
  const typeSelect = h('select', { id: 'f-type', name: 'type' },
    h('option', { value: '' }, 'All types'),
    GROUPS.map((g) => {
      const members = types.filter((t) => t.group === g.id);
      return h('optgroup', { label: g.label },
        h('option', { value: members.map((t) => t.id).join(',') }, `All ${g.label.toLowerCase()}`),
        members.map((t) => h('option', { value: t.id }, t.label)));
    }));
  typeSelect.value = filters.type ?? '';
  if (typeSelect.value !== (filters.type ?? '')) typeSelect.append(h('option', { value: filters.type }, filters.type)), (typeSelect.value = filters.type);
  const actorList = h('datalist', { id: 'actor-suggestions' });
  const actor = h('input', { id: 'f-actor', name: 'actor', list: 'actor-suggestions', placeholder: 'name or KB id, e.g. grp:taliban', value: filters.actor ?? '', autocomplete: 'off' });
  const country = h('input', { id: 'f-country', name: 'country', placeholder: 'ISO code, e.g. TJ', maxlength: 2, value: filters.country ?? '', autocomplete: 'off' });
  const text = h('input', { id: 'f-q', name: 'q', type: 'search', placeholder: 'words in evidence, actors, places', value: filters.q ?? '' });
  const background = h('input', { id: 'f-background', type: 'checkbox', checked: filters.background !== 'false' });

  const current = () => ({
    ...filters,
    type: typeSelect.value || undefined,
    actor: actor.value.trim() || undefined,
    country: /^[A-Za-z]{2}$/.test(country.value.trim()) ? country.value.trim().toUpperCase() : undefined,
    q: text.value.trim() || undefined,
    background: background.checked ? undefined : 'false',
  });
  const changed = () => onChange(current());

  typeSelect.addEventListener('change', changed);
  background.addEventListener('change', changed);
  text.addEventListener('input', debounce(changed));
  country.addEventListener('input', debounce(() => (country.value.length !== 1 ? changed() : null)));
  actor.addEventListener('change', changed);
  actor.addEventListener('input', debounce(async () => {
    if (actor.value.trim().length < 2) return;
    const { actors } = await api('actors', { q: actor.value.trim(), limit: 10 }).catch(() => ({ actors: [] }));
    actorList.replaceChildren(...actors.map((a) => h('option', { value: a.id }, `${a.name} (${a.matched})`)));
  }));

  const field = (label, input, hint) => h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), input, hint && h('span', { class: 'hint' }, hint));
  return h('form', { class: 'filters', onsubmit: (e) => (e.preventDefault(), changed()) },
    h('h2', {}, 'Filters'),
    field('Event type', typeSelect),
    field('Actor', actor),
    actorList,
    field('Country', country),
    field('Text', text),
    h('label', { class: 'check' }, background, ' include background events'),
    h('button', { type: 'button', class: 'link', onclick: () => onChange({}) }, 'reset all filters'));
}
