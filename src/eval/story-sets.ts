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
}

interface NewsClusterRow {
  dId: string; url: string | null; source_domain: string | null; date_publish: string | null;
  title: string | null; description: string | null; text: string | null; event_id: number;
}

interface EcbRow { doc_id: string; topic: number; cluster_id: string; source_url: string | null; text: string }

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

export function readEcbPlus(shared: string): { raw: RawDocument; gold: string; topic: number }[] {
  const lines = fs.readFileSync(path.join(shared, 'data/ecbplus/ecbplus_docs.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const rows = lines.map((l) => JSON.parse(l) as EcbRow).sort((a, b) => a.doc_id.localeCompare(b.doc_id, 'en', { numeric: true }));
  return rows.map((r) => {
    const [first, ...rest] = r.text.split('\n');
    return {
      gold: r.cluster_id, topic: r.topic,
      // ECB+ documents open with their headline sentence; it serves as the title. A one-sentence
      // document is all body: as title and body both, the cleaner would drop the repeat and leave no text.
      raw: { source: `ecbplus:${r.doc_id}`, kind: 'text', body: rest.join('\n\n') || first, given: { url: r.source_url, title: rest.length ? first : null, published: null, outlet: r.source_url ? new URL(r.source_url).hostname : null } },
    };
  });
}

/** Runs the pipeline up to events on every document; documents the cleaner rejects are dropped, counted. */
export async function analyse(items: { raw: RawDocument; gold: string; topic: number | null }[]): Promise<{ inputs: LabelledInput[]; dropped: number }> {
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
      gold: item.gold, topic: item.topic,
      input: { article: { id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet, url: a.url }, entities: doc.entities, places: doc.places ?? [], events: doc.events ?? [] },
    });
  }
  return { inputs, dropped };
}
