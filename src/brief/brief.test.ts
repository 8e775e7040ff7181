// Briefs are extractive: every sentence is a stored span, cited; the test reads the Markdown back
// and checks each quoted sentence against the article text at the cited offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CanonicalEvent } from '../model.ts';
import type { Store } from '../store.ts';
import { writeBrief, type Citation } from './brief.ts';
import { mdEscape, mdUnescape } from './markdown.ts';
import { collectEvents } from '../export/select.ts';
import { mixedStore, tempStore, handArticle, handEvents } from '../export/test-store.ts';

const fixture = mixedStore();

/** Checks the extractive contract and returns the quoted sentences in document order. */
async function assertExtractive(store: Store, markdown: string, citations: Citation[]): Promise<string[]> {
  const quotes: string[] = [];
  const used = new Set<number>();
  for (const line of markdown.split('\n')) {
    if (!line.includes('[^') || line.startsWith('[^')) continue;
    const m = /^> (.*) \[\^(\d+)\]$/.exec(line);
    assert.ok(m, `a line citing a source is a quote ending with one citation: ${line}`);
    const sentence = mdUnescape(m[1]);
    const c = citations.find((x) => x.n === Number(m[2]));
    assert.ok(c, `citation ${m[2]} exists`);
    used.add(c.n);
    const article = await store.getArticle(c.articleId);
    const span = article!.text.slice(c.start, c.end);
    assert.equal(c.text, span, 'the citation text is the stored text at its offsets');
    assert.equal(sentence, span, 'the brief sentence is the cited span, verbatim');
    for (const figure of sentence.match(/\d+(?:[.,]\d+)*/g) ?? []) assert.ok(span.includes(figure), `figure ${figure} is in the cited span`);
    for (const name of sentence.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []) assert.ok(span.includes(name), `name ${name} is in the cited span`);
    assert.match(markdown, new RegExp(`^\\[\\^${c.n}\\]: .*article ${c.articleId}, characters ${c.start}–${c.end}\\.$`, 'm'), 'its footnote gives article and span');
    quotes.push(sentence);
  }
  assert.deepEqual([...used].sort((a, b) => a - b), citations.map((c) => c.n), 'every citation is used');
  return quotes;
}

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`## ${title}\n`);
  if (start < 0) return '';
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

test('a country brief: heading and period, counts by type, main events by date, background as context, every sentence cited', async () => {
  const { store, handEvents } = await fixture;
  // Month bounds: the SQLite store compares a month-precision date ("2024-03") as a string, so a
  // day bound ("2024-03-01") would leave such events out (reported to the store's owner).
  const { markdown, citations } = await writeBrief(store, { country: 'af', since: '2024-03', until: '2024-03' });
  assert.match(markdown, /^# Situation report: Afghanistan \(AF\)\n\nPeriod: 2024-03; events dated 2024-03/);
  const quotes = await assertExtractive(store, markdown, citations);
  assert.ok(quotes.length >= 3);

  const events = await collectEvents(store, { country: 'AF', since: '2024-03', until: '2024-03' });
  const clashes = events.filter((e) => e.type === 'armed_clash');
  assert.match(section(markdown, 'Events by type'), new RegExp(`\\| Armed clash \\| ${clashes.length} \\| ${clashes.filter((e) => e.main && !e.background).length} \\|`));

  const main = section(markdown, 'Main events');
  assert.match(main, /\*\*2024-03-05 · Armed clash · Kunduz, AF\*\*\n\n> KUNDUZ, March 5 — Afghan security forces fought/);
  const dates = [...main.matchAll(/^\*\*(\d{4}-\d{2}(?:-\d{2})?)/gm)].map((m) => m[1]);
  assert.deepEqual(dates, [...dates].sort(), 'main events are in date order');
  assert.match(section(markdown, 'Other reported events'), /Takhar, AF\*\*\n\n> In Takhar, rival commanders/);
  assert.match(section(markdown, 'Context'), /> Earlier this month the army held exercises at a range outside Mazār-e Sharīf/);
  assert.ok(!main.includes('Earlier this month'), 'background is not a main event');
  assert.ok(!markdown.includes('shot dead'), 'the attack with no place has no country, so it is outside a country brief');
  assert.ok(handEvents.length === 4);
});

test('a brief over the pipeline-made events of the bundled examples quotes only stored spans', async () => {
  const { store } = await fixture;
  const { markdown, citations } = await writeBrief(store, { country: 'TJ', since: '2024-04-01' });
  assert.match(markdown, /^# Situation report: Tajikistan \(TJ\)/);
  const quotes = await assertExtractive(store, markdown, citations);
  assert.ok(quotes.length > 0, 'the examples report events in Tajikistan in April 2024');
  assert.equal(new Set(quotes).size, quotes.length, 'no sentence is quoted twice');
});

test('a story brief takes its title; an unknown story and an empty period say so', async () => {
  const store = await tempStore();
  try {
    const a = await handArticle();
    await store.putArticle(a);
    const [clash] = handEvents(a);
    await store.putMentions(a.id, [clash]);
    const canon: CanonicalEvent = { ...clash, id: 'ev:kunduz', mentionIds: [clash.id], corroboration: 1, conflicts: [], history: [], storyId: 'st:kunduz' };
    await store.putCanonical([canon]);
    await store.putStory({ id: 'st:kunduz', title: 'Fighting in Kunduz', start: '2024-03-05', end: '2024-03-05', articleIds: [a.id], eventIds: ['ev:kunduz'] });
    const { markdown, citations } = await writeBrief(store, { storyId: 'st:kunduz' });
    assert.match(markdown, /^# Situation report: Fighting in Kunduz\n/);
    assert.match(markdown, /^1 event from 1 article \(1 outlet\)\./m);
    await assertExtractive(store, markdown, citations);
    await assert.rejects(writeBrief(store, { storyId: 'st:none' }), /no story "st:none"/);
    const empty = await writeBrief(store, { country: 'TJ' });
    assert.match(empty.markdown, /No events match\.\n$/);
    assert.deepEqual(empty.citations, []);
  } finally {
    await store.close();
  }
});

test('quoted text is escaped so Markdown shows the same characters, and reads back unchanged', () => {
  for (const s of ['# not a heading', '1. not a list', '- not a bullet', 'a *starred* [1] <b>tag</b> | pipe', 'back\\slash and `code`']) {
    const escaped = mdEscape(s);
    assert.equal(mdUnescape(escaped), s);
    assert.ok(!/^(#|\d+\. |- )/.test(escaped), `no block marker at the start: ${escaped}`);
    assert.ok(!/(^|[^\\])[*[<`|]/.test(escaped), `no unescaped inline marker: ${escaped}`);
  }
});
