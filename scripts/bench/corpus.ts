// A generated corpus for `npm run bench`: news-like HTML pages with the clutter real sites carry
// (navigation, share bars, cookie notices, related-article teasers, footers). Seeded, so every run
// measures the same pages.
import { mulberry32 } from '../../src/seeded-random.ts';

const ACTORS = ['Government forces', 'Rebel fighters', 'Police', 'Border guards', 'Militants', 'Army units',
  'Security forces', 'Protesters', 'Peacekeepers', 'Armed men', 'Separatists', 'Soldiers'];
const VERBS = ['clashed with', 'attacked', 'detained', 'shelled', 'ambushed', 'fired on', 'met', 'surrounded',
  'withdrew from', 'negotiated with', 'accused', 'dispersed'];
const TARGETS = ['a convoy', 'villagers', 'a checkpoint', 'an army post', 'demonstrators', 'a market',
  'a police station', 'the rebels', 'local officials', 'a patrol', 'aid workers', 'a border post'];
const PLACES = ['Kunduz', 'Goma', 'Mosul', 'Mogadishu', 'Khatlon', 'Kidal', 'Maiduguri', 'Idlib', 'Donetsk',
  'Khost', 'Marawi', 'Cabo Delgado', 'Tillaberi', 'Sagaing', 'Darfur', 'Kherson'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'late on Thursday', 'early on Friday', 'at the weekend'];
const SOURCES = ['officials said', 'a spokesman said', 'witnesses told reporters', 'the ministry said',
  'local media reported', 'residents said', 'a military statement said'];
const CLUTTER_TOP = '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header><div class="cookie">We use cookies to improve your experience. <button>Accept all</button></div>';
const SHARE = '<div class="share">Share this article: Facebook · X · WhatsApp · Email</div>';


const CONTEXT = [
  'The region has seen repeated unrest since the elections, and aid groups say access remains difficult.',
  'Analysts said the government faces pressure to restore order before the planting season begins.',
  'The ministry did not respond to a request for comment on the report.',
  'Local markets reopened in the afternoon, and schools are expected to resume classes next week.',
  'Talks between the two sides have stalled over the sequencing of prisoner releases and troop movements.',
  'The United Nations has appealed for funding to support families displaced by the fighting.',
  'Residents described long queues at checkpoints on the main road to the provincial capital.',
  'The governor said reconstruction of the bridge would take several months.',
];

/** One sentence in five reports an incident, as in real conflict reporting; the rest is context. */
const EVENT_SHARE = 0.2;

function sentence(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const n = 2 + Math.floor(r() * 60);
  return `${pick(ACTORS)} ${pick(VERBS)} ${pick(TARGETS)} near ${pick(PLACES)} ${pick(DAYS)}, ` +
    `killing ${n} people and wounding ${n + Math.floor(r() * 30)}, ${pick(SOURCES)}.`;
}

export interface BenchPage {
  name: string;
  html: string;
}

/** `count` pages, each 6–14 paragraphs of 2–4 sentences, with clutter around the article. */
export function generateCorpus(count: number, seed = 20240415): BenchPage[] {
  const r = mulberry32(seed);
  const pages: BenchPage[] = [];
  for (let i = 0; i < count; i++) {
    const paras: string[] = [];
    const np = 6 + Math.floor(r() * 9);
    for (let p = 0; p < np; p++) {
      const ns = 2 + Math.floor(r() * 3);
      const pick = () => (r() < EVENT_SHARE ? sentence(r) : CONTEXT[Math.floor(r() * CONTEXT.length)]);
      paras.push('<p>' + Array.from({ length: ns }, pick).join(' ') + ` (report ${i}.${p}, ${Math.floor(r() * 1e6)})</p>`);
    }
    const title = sentence(r).slice(0, 70);
    const teasers = Array.from({ length: 3 }, () => {
      const t = sentence(r).slice(0, 60);
      return `<li><a href="/x">${t}</a><p>${t}</p><p>${sentence(r).slice(0, 110)}…</p></li>`;
    }).join('');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} | Bench News</title>` +
      `<meta property="og:site_name" content="Bench News"><meta property="article:published_time" content="2024-0${1 + (i % 9)}-1${i % 10}T08:00:00Z"></head>` +
      `<body>${CLUTTER_TOP}<main><article><h1>${title}</h1>${SHARE}${paras.join('')}</article>` +
      `<aside class="related"><h3>Related content</h3><ul>${teasers}</ul></aside></main>` +
      `<footer>© 2024 Bench News. All rights reserved.</footer></body></html>`;
    pages.push({ name: `bench-${i}.html`, html });
  }
  return pages;
}
