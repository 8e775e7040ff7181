// The article search and the story list.
import { h, clear, fmtDate, fmtInt, articleHref, storyHref } from '../dom.js';
import { api, failure } from '../api.js';

export async function articlesView(root, params) {
  const q = params.get('q') ?? '';
  const box = h('input', { type: 'search', id: 'article-q', placeholder: 'full-text search over titles and texts', value: q });
  const results = h('div');
  clear(root).append(h('div', { class: 'page' },
    h('header', { class: 'page-head' }, h('h1', {}, 'Articles'),
      h('form', { class: 'search', onsubmit: (e) => (e.preventDefault(), (location.hash = `#/articles?q=${encodeURIComponent(box.value)}`)) }, box, h('button', { type: 'submit' }, 'Search'))),
    results));
  try {
    const { articles, total } = await api('articles', { q: q || undefined, limit: 200 });
    results.append(h('p', { class: 'hint' }, q ? `${articles.length} matching “${q}”` : `${fmtInt(total)} articles, newest first`),
      h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Published', 'Title', 'Outlet', 'Language', ''].map((c) => h('th', {}, c)))),
        h('tbody', {}, articles.map((a) => h('tr', {}, h('td', { class: 'nowrap' }, fmtDate(a.published)),
          h('td', {}, h('a', { href: articleHref(a.id) }, a.title ?? a.id)), h('td', {}, a.outlet ?? '—'), h('td', {}, a.language ?? ''),
          h('td', {}, a.error ? h('span', { class: 'badge warn' }, 'error') : ''))))));
  } catch (err) {
    results.append(failure(err));
  }
}

export async function storiesView(root) {
  const page = h('div', { class: 'page' }, h('header', { class: 'page-head' }, h('h1', {}, 'Stories')));
  clear(root).append(page);
  try {
    const { stories } = await api('stories', { limit: 500 });
    if (!stories.length) return page.append(h('p', { class: 'hint' }, 'No stories yet: stories appear once resolution has grouped articles about one developing situation.'));
    page.append(h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Story', 'From', 'To', 'Articles', 'Events'].map((c) => h('th', {}, c)))),
      h('tbody', {}, stories.map((s) => h('tr', {}, h('td', {}, h('a', { href: storyHref(s.id) }, s.title)), h('td', {}, fmtDate(s.start)), h('td', {}, fmtDate(s.end)),
        h('td', { class: 'num' }, s.articles), h('td', { class: 'num' }, s.events))))));
  } catch (err) {
    page.append(failure(err));
  }
}
