// The single-page app: a hash router over the views. Routes: #/ (map), #/event/ID, #/article/ID,
// #/story/ID, #/stories, #/articles, #/actor/ID, #/brief.
import { clear, message } from './dom.js';
import { meta } from './api.js';
import { homeView } from './views/home.js';
import { eventView } from './views/event.js';
import { articleView } from './views/article.js';
import { storyView } from './views/story.js';
import { actorView } from './views/actor.js';
import { articlesView, storiesView } from './views/lists.js';
import { briefView } from './views/brief.js';

const ROUTES = [
  [/^$/, (root, _m, params) => homeView(root, params), 'map'],
  [/^event\/(.+)$/, (root, m) => eventView(root, m[1]), 'map'],
  [/^article\/(.+)$/, (root, m) => articleView(root, m[1]), 'articles'],
  [/^story\/(.+)$/, (root, m) => storyView(root, m[1]), 'stories'],
  [/^actor\/(.+)$/, (root, m) => actorView(root, m[1]), 'map'],
  [/^stories$/, (root) => storiesView(root), 'stories'],
  [/^articles$/, (root, _m, params) => articlesView(root, params), 'articles'],
  [/^brief$/, (root, _m, params) => briefView(root, params), 'brief'],
];

async function route() {
  const root = document.getElementById('view');
  const [path, q] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(q ?? '');
  for (const [re, view, nav] of ROUTES) {
    const m = re.exec(path);
    if (!m) continue;
    for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', a.dataset.nav === nav);
    root.dataset.view = nav;
    return view(root, m.map((x) => (x === undefined ? x : decodeURIComponent(x))), params);
  }
  clear(root).append(message(`No page at "${location.hash}".`, 'error'));
}

window.addEventListener('hashchange', () => {
  // The home view rewrites its own filters into the hash with replaceState; only real navigation lands here.
  route();
});
meta().then((m) => {
  document.getElementById('store-status').textContent =
    `${m.articles.toLocaleString('en-GB')} articles · ${(m.canonical || m.mentions).toLocaleString('en-GB')} ${m.canonical ? 'events' : 'mentions'} · ${m.store}`;
}).catch(() => {});
route();
