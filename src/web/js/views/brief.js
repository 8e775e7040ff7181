// The situation report: the same Markdown brief as `sitrep brief`, shown as text (every sentence
// carries its citation), with a download link.
import { h, clear } from '../dom.js';
import { api, failure, query } from '../api.js';

export async function briefView(root, params) {
  const country = h('input', { name: 'country', placeholder: 'TJ', maxlength: 2, value: params.get('country') ?? '' });
  const since = h('input', { name: 'since', type: 'date', value: params.get('since') ?? '' });
  const until = h('input', { name: 'until', type: 'date', value: params.get('until') ?? '' });
  const story = h('input', { name: 'story', placeholder: 'story id', value: params.get('story') ?? '' });
  const out = h('div');
  const go = (e) => {
    e?.preventDefault();
    location.hash = `#/brief${query({ country: country.value.toUpperCase(), since: since.value, until: until.value, story: story.value })}`;
  };
  clear(root).append(h('div', { class: 'page' }, h('header', { class: 'page-head' }, h('h1', {}, 'Situation brief'),
    h('form', { class: 'search', onsubmit: go }, h('label', {}, 'Country ', country), h('label', {}, 'Since ', since), h('label', {}, 'Until ', until),
      h('label', {}, 'or story ', story), h('button', { type: 'submit' }, 'Write brief'))), out));
  const p = Object.fromEntries(['country', 'since', 'until', 'story'].map((k) => [k, params.get(k) || undefined]));
  if (!p.country && !p.story) return out.append(h('p', { class: 'hint' }, 'Choose a country (and dates) or a story. Every sentence of the brief cites its source article and span.'));
  try {
    const md = await api('brief', p);
    out.append(h('p', {}, h('a', { href: `/api/brief${query(p)}`, download: 'brief.md' }, 'download Markdown')), h('pre', { class: 'brief' }, md));
  } catch (err) {
    out.append(failure(err));
  }
}
