// One story: its events on a timeline, in date order, and the articles that tell it.
import { h, clear, fmtDate, fmtRange, eventHref, articleHref } from '../dom.js';
import { api, failure } from '../api.js';
import { groupColor } from '../palette.js';
import { createTimeline } from '../timeline.js';

export async function storyView(root, id) {
  let data;
  try {
    data = await api(`stories/${encodeURIComponent(id)}`);
  } catch (err) {
    return clear(root).append(failure(err));
  }
  const { story, timeline, articles } = data;
  const chart = h('div', { class: 'timeline' });
  clear(root).append(h('div', { class: 'page story-page' },
    h('header', { class: 'page-head' }, h('div', { class: 'crumbs' }, h('a', { href: '#/stories' }, 'Stories'), ' / story'),
      h('h1', {}, story.title), h('div', { class: 'facts' }, h('span', {}, `${fmtDate(story.start)} – ${fmtDate(story.end)}`),
        h('span', {}, `${timeline.length} events`), h('span', {}, `${articles.length} articles`),
        h('a', { href: `#/brief?story=${encodeURIComponent(story.id)}` }, 'brief →'))),
    chart,
    h('div', { class: 'article-layout' },
      h('section', {}, h('h2', {}, 'Timeline'), h('ol', { class: 'story-timeline' }, timeline.map((e) => h('li', {},
        h('span', { class: 'when' }, fmtRange(e.date)), h('span', { class: 'dot', style: `background:${groupColor(e.group)}` }),
        h('a', { href: eventHref(e.id) }, e.label), h('span', { class: 'hint' }, ` ${e.location?.name ?? ''} · ${e.actors.slice(0, 3).map((a) => a.name).join(', ')}`))))),
      h('aside', {}, h('h2', {}, 'Articles'), h('ul', { class: 'plain' }, articles.map((a) => h('li', {},
        h('a', { href: articleHref(a.id) }, a.title ?? a.id), h('div', { class: 'hint' }, `${a.outlet ?? ''} · ${fmtDate(a.published)}`))))))));
  createTimeline(chart, {}).setEvents(timeline, null);
}
