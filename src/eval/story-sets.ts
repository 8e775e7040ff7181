// The story clustering dev sets, read and analysed once: news-cluster (news-please articles with a
// gold event id) and ECB+ topics 1-35 (two same-type incidents per topic). Each document runs
// through the real pipeline up to event extraction, without a store.
import fs from 'node:fs';
import path from 'node:path';
import type { RawDocument } from '../model.ts';
import { loadConfig } from '../config.ts';
import { runStages, stagesThrough } from '../pipeline.ts';
import type { ResolveInput } from '../resolve/profile.ts';

export interface LabelledInput {
  input: ResolveInput;
  gold: string;
  /** ECB+ topic (two gold stories each); null for news-cluster. */
  topic: number | null;
  /** ECB+ gold event mentions found in the clean text, with their cross-document event instance. */
  goldActions?: GoldAction[];
}

/** A gold event mention (ECB+ ACTION_OCCURRENCE with a cross-document instance) as offsets into the clean text. */
export interface GoldAction { start: number; end: number; instance: string }

/** Where a gold mention sits in its sentence line (character offsets) before the text is cleaned. */
interface LineAction { line: string; start: number; end: number; instance: string }

interface EcbMention { type: string; t_ids: number[]; sentence: number; cross_doc_instance?: string }

interface NewsClusterRow {
  dId: string; url: string | null; source_domain: string | null; date_publish: string | null;
  title: string | null; description: string | null; text: string | null; event_id: number;
}

interface EcbRow {
  doc_id: string; topic: number; cluster_id: string; source_url: string | null; text: string;
  sentence_ids: number[]; sentences: string[][]; mentions: EcbMention[];
}

/** The ACTION_OCCURRENCE mentions that name a cross-document event, located in their sentence's line. */
function lineActions(r: EcbRow): LineAction[] {
  const first: number[] = [];
  let n = 0;
  for (const tokens of r.sentences) {
    first.push(n);
    n += tokens.length;
  }
  const out: LineAction[] = [];
  for (const m of r.mentions) {
    if (m.type !== 'ACTION_OCCURRENCE' || !m.cross_doc_instance) continue;
    const k = r.sentence_ids.indexOf(m.sentence);
    if (k < 0) continue;
    const tokens = r.sentences[k];
    const local = m.t_ids.map((t) => t - 1 - first[k]).filter((i) => i >= 0 && i < tokens.length);
    if (!local.length) continue;
    const at = (i: number) => tokens.slice(0, i).reduce((s, t) => s + t.length + 1, 0);
    const lo = Math.min(...local), hi = Math.max(...local);
    out.push({ line: tokens.join(' '), start: at(lo), end: at(hi) + tokens[hi].length, instance: m.cross_doc_instance });
  }
  return out;
}

/** Gold mentions at their offsets in the clean text; those in lines the cleaner dropped or made the title are left out. */
function locate(text: string, actions: LineAction[]): GoldAction[] {
  const out: GoldAction[] = [];
  for (const a of actions) {
    const at = text.indexOf(a.line);
    if (at >= 0) out.push({ start: at + a.start, end: at + a.end, instance: a.instance });
  }
  return out;
}

export function readNewsCluster(shared: string): { raw: RawDocument; gold: string; topic: null }[] {
  const lines = fs.readFileSync(path.join(shared, 'data/news-cluster/news_cluster.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const rows = lines.map((l) => JSON.parse(l) as NewsClusterRow);
  // Fed in publication order, as a stream would deliver them; undated articles last, as they arrive late.
  rows.sort((a, b) => (a.date_publish ?? '9999').localeCompare(b.date_publish ?? '9999') || a.dId.localeCompare(b.dId));
  return rows.map((r) => {
    // Empty-bodied records keep their lead, as the set's notes advise; a record with only a title
    // makes it the body (the cleaner drops a body paragraph that repeats the title, leaving nothing).
    const lead = [r.description, r.text].filter((x) => x && x.trim()).join('\n\n');
    return {
      gold: String(r.event_id), topic: null,
      raw: {
        source: `news-cluster:${r.dId}`, kind: 'text', body: lead || r.title || '',
        given: { url: r.url, title: lead ? r.title : null, published: r.date_publish, outlet: r.source_domain },
      },
    };
  });
}

export function readEcbPlus(shared: string): { raw: RawDocument; gold: string; topic: number; actions: LineAction[] }[] {
  const lines = fs.readFileSync(path.join(shared, 'data/ecbplus/ecbplus_docs.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const rows = lines.map((l) => JSON.parse(l) as EcbRow).sort((a, b) => a.doc_id.localeCompare(b.doc_id, 'en', { numeric: true }));
  return rows.map((r) => {
    const [first, ...rest] = r.text.split('\n');
    return {
      gold: r.cluster_id, topic: r.topic, actions: lineActions(r),
      // ECB+ documents open with their headline sentence; it serves as the title. A one-sentence
      // document is all body: as title and body both, the cleaner would drop the repeat and leave no text.
      raw: { source: `ecbplus:${r.doc_id}`, kind: 'text', body: rest.join('\n\n') || first, given: { url: r.source_url, title: rest.length ? first : null, published: null, outlet: r.source_url ? new URL(r.source_url).hostname : null } },
    };
  });
}

/** Runs the pipeline up to events on every document; documents the cleaner rejects are dropped, counted. */
export async function analyse(items: { raw: RawDocument; gold: string; topic: number | null; actions?: LineAction[] }[]): Promise<{ inputs: LabelledInput[]; dropped: number }> {
  const config = loadConfig({ minTextChars: 0 });
  const stages = stagesThrough('events');
  const inputs: LabelledInput[] = [];
  let dropped = 0;
  for (const item of items) {
    const doc = await runStages({ raw: item.raw }, stages, { config });
    if (!doc.article || doc.stop || !doc.entities) {
      dropped++;
      continue;
    }
    const a = doc.article;
    inputs.push({
      gold: item.gold, topic: item.topic, goldActions: item.actions ? locate(a.text, item.actions) : undefined,
      input: { article: { id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet, url: a.url }, entities: doc.entities, places: doc.places ?? [], events: doc.events ?? [] },
    });
  }
  return { inputs, dropped };
}
