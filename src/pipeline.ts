// The pipeline, in order: ingest → clean → language → dedupe → annotate → geocode → extract
// events → resolve across sources → store. Places are resolved before events so that an event's
// location is chosen among resolved places. Ingest (src/ingest) produces the RawDocuments that enter here;
// storing is the caller's job, because `sitrep clean` and `sitrep annotate` run without a store.
import type { Doc, DocKey, Stage, StageContext } from './stage.ts';
import { cleanStage } from './clean/stage.ts';
import { languageStage } from './language/stage.ts';
import { fingerprintStage } from './dedupe/stage.ts';
import { annotateStage } from './annotate/stage.ts';
import { geocodeStage } from './geocode/stage.ts';
import { eventsStage } from './events/stage.ts';
import { resolveStage } from './resolve/stage.ts';

/** Every stage Sitrep knows, in pipeline order. */
export const STAGES: Stage[] = [cleanStage, languageStage, fingerprintStage, annotateStage, geocodeStage, eventsStage, resolveStage];

/** Throws at start-up when a stage needs something no earlier stage adds. */
export function checkChain(stages: Stage[], given: DocKey[] = ['raw']): void {
  const have = new Set<DocKey>(given);
  for (const stage of stages) {
    const missing = stage.needs.filter((k) => !have.has(k));
    if (missing.length) {
      throw new Error(
        `pipeline: stage "${stage.name}" needs ${missing.join(', ')}, which no earlier stage adds ` +
          `(order: ${stages.map((s) => s.name).join(' → ')})`,
      );
    }
    for (const k of stage.adds) have.add(k);
  }
}

/** The stages up to and including `last`, checked. */
export function stagesThrough(last: string, stages: Stage[] = STAGES): Stage[] {
  const i = stages.findIndex((s) => s.name === last);
  if (i < 0) throw new Error(`pipeline: no stage "${last}"; stages are ${stages.map((s) => s.name).join(', ')}`);
  const chain = stages.slice(0, i + 1);
  checkChain(chain);
  return chain;
}

/**
 * Runs the stages on one document. A stage that throws marks the article with the error (when
 * there is one yet) and the remaining stages are skipped for this document only.
 */
export async function runStages(doc: Doc, stages: Stage[], ctx: StageContext): Promise<Doc> {
  for (const stage of stages) {
    if (doc.stop) break;
    const t0 = ctx.timings ? performance.now() : 0;
    try {
      await stage.run(doc, ctx);
      if (ctx.timings) ctx.timings.set(stage.name, (ctx.timings.get(stage.name) ?? 0) + performance.now() - t0);
    } catch (err) {
      const msg = `${stage.name}: ${err instanceof Error ? err.message : String(err)}`;
      if (doc.article) doc.article.error = msg;
      else throw new Error(msg);
      break;
    }
  }
  return doc;
}

export type BatchResult = Doc | { error: string };

/**
 * Runs the stages on many documents stage by stage: every document through one stage, in input
 * order, then the next stage. Each stage's tables (tagger weights, gazetteer, date parser) then stay
 * in the CPU cache for the whole batch instead of evicting each other per document (measured
 * 20-25% less CPU for the annotation layer). Per document it means exactly what runStages means:
 * a stopped document skips the rest, a throwing stage marks the article's error and skips that
 * document's remaining stages, and a document with no article yet that throws yields {error}.
 */
export async function runStagesBatch(docs: Doc[], stages: Stage[], ctx: StageContext): Promise<BatchResult[]> {
  const results: BatchResult[] = [...docs];
  /** Documents that have neither stopped nor failed: the ones the next stage runs on. */
  const live = new Set(docs.map((_, i) => i));
  for (const stage of stages) {
    const t0 = ctx.timings ? performance.now() : 0;
    for (let i = 0; i < docs.length; i++) {
      if (!live.has(i)) continue;
      const doc = docs[i];
      if (doc.stop) {
        live.delete(i);
        continue;
      }
      try {
        await stage.run(doc, ctx);
      } catch (err) {
        const msg = `${stage.name}: ${err instanceof Error ? err.message : String(err)}`;
        live.delete(i);
        if (doc.article) doc.article.error = msg;
        else results[i] = { error: msg };
      }
    }
    if (ctx.timings) ctx.timings.set(stage.name, (ctx.timings.get(stage.name) ?? 0) + performance.now() - t0);
  }
  return results;
}
