// Dates and counts on the Gun Violence Database dev half (shared/data/gvdb/dev.tsv). Its gold gives
// the incident date as a picked YYYY-MM-DD with no span, and victims each marked killed, injured or
// hospitalised, with no span for the count. So we measure what that gold allows:
// - dates/gvdb: is the incident date among our day-precision date values (no publication date
//   given: the article's stamp or URL day is the reference when it has one, else none)?
// - quantities/gvdb: for articles with ≥ 2 killed (or injured) victims, is there a quantity whose
//   bounds hold the gold count, of the right kind or of any kind; for articles with no one killed,
//   do we stay quiet about deaths?
import fs from 'node:fs';
import path from 'node:path';
import type { EvalRow, EvalSuite } from './suite.ts';
import { findDates } from '../annotate/dates.ts';
import { articleReference, dateFromUrl } from '../annotate/dates/reference.ts';
import { casualtyKind, findQuantities } from '../annotate/quantities.ts';
import type { Quantity } from '../model.ts';

interface GvdbArticle {
  id: string;
  url: string;
  text: string;
  /** Incident date as YYYY-MM-DD, or null when the worker left it unset. */
  date: string | null;
  killed: number;
  injured: number;
}

/** Smallest count a text states as a number rather than "a man was killed": single victims are rarely counted. */
const MIN_COUNTED = 2;

export function readGvdb(file: string): GvdbArticle[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const head = lines[0].split('\t');
  const col = (name: string) => head.indexOf(name);
  const out: GvdbArticle[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const f = line.split('\t');
    const gold = JSON.parse(f[col('Json')]);
    const victims: { 'victim-was'?: string[] }[] = gold['victim-section'] ?? [];
    const was = (v: { 'victim-was'?: string[] }) => v['victim-was'] ?? [];
    const d = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(gold['date-and-time']?.date ?? '');
    out.push({
      id: f[col('Article id')],
      url: f[col('Article url')],
      text: f[col('Full text')],
      date: d ? `${d[1]}-${d[2].padStart(2, '0')}-${d[3].padStart(2, '0')}` : null,
      killed: victims.filter((v) => was(v).includes('killed')).length,
      injured: victims.filter((v) => !was(v).includes('killed') && (was(v).includes('injured') || was(v).includes('hospitalized'))).length,
    });
  }
  return out;
}

/** The publication day a news URL carries; shared with the pipeline's date reference. */
export { dateFromUrl };

function gvdbFile(shared: string): string {
  return path.join(shared, 'data/gvdb/dev.tsv');
}

const share = (hits: number, n: number) => (n ? hits / n : 0);

export const datesGvdb: EvalSuite = {
  name: 'dates/gvdb',
  data: ['gvdb'],
  async run(shared) {
    const articles = readGvdb(gvdbFile(shared)).filter((a) => a.date);
    let found = 0, foundWithRef = 0, withRef = 0, firstRight = 0, withDay = 0;
    for (const a of articles) {
      const all = findDates(a.text, null, a.url);
      const published = articleReference(a.text, null, a.url, all);
      const days = all.filter((d) => d.precision === 'day' && d.value);
      const hit = days.some((d) => d.value === a.date);
      if (hit) found++;
      if (published) {
        withRef++;
        if (hit) foundWithRef++;
      }
      if (days.length) {
        withDay++;
        if (days[0].value === a.date) firstRight++;
      }
    }
    return [
      { suite: 'dates/gvdb', metric: 'incident-date-found', value: share(found, articles.length), n: articles.length, note: 'gold date among our day values; the article stamp or URL date as reference when present' },
      { suite: 'dates/gvdb', metric: 'incident-date-found-with-ref', value: share(foundWithRef, withRef), n: withRef, note: 'articles with a stamp or a URL that carries a date' },
      { suite: 'dates/gvdb', metric: 'first-day-is-incident', value: share(firstRight, withDay), n: withDay, note: 'first resolved day mention equals gold' },
    ];
  },
};

/** The gold count lies within the quantity's bounds (a best alone must equal it). */
function holds(q: Quantity, count: number): boolean {
  const low = q.low ?? q.best ?? -Infinity;
  const high = q.high ?? q.best ?? Infinity;
  return low <= count && count <= high;
}

export const quantitiesGvdb: EvalSuite = {
  name: 'quantities/gvdb',
  data: ['gvdb'],
  async run(shared) {
    const articles = readGvdb(gvdbFile(shared));
    const rows: EvalRow[] = [];
    const tally = { killed: [0, 0, 0], injured: [0, 0, 0] };
    let none = 0, quiet = 0;
    for (const a of articles) {
      const qs = findQuantities(a.text);
      for (const kind of ['killed', 'injured'] as const) {
        const count = a[kind];
        if (count < MIN_COUNTED) continue;
        tally[kind][0]++;
        if (qs.some((q) => casualtyKind(q) === kind && holds(q, count))) tally[kind][1]++;
        if (qs.some((q) => holds(q, count))) tally[kind][2]++;
      }
      if (a.killed === 0) {
        none++;
        if (!qs.some((q) => casualtyKind(q) === 'killed')) quiet++;
      }
    }
    for (const kind of ['killed', 'injured'] as const) {
      const [n, typed, any] = tally[kind];
      rows.push({ suite: 'quantities/gvdb', metric: `${kind}-count-found`, value: share(typed, n), n, note: `≥${MIN_COUNTED} ${kind}: a ${kind} quantity holds the gold count` });
      rows.push({ suite: 'quantities/gvdb', metric: `${kind}-number-found`, value: share(any, n), n, note: `≥${MIN_COUNTED} ${kind}: any quantity holds the gold count` });
    }
    rows.push({ suite: 'quantities/gvdb', metric: 'no-deaths-quiet', value: share(quiet, none), n: none, note: 'gold 0 killed: no killed quantity' });
    return rows;
  },
};
