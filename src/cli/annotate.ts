// `sitrep annotate FILE...|-`: the whole language layer on pages, without a store. Also the
// JSON shape and the inline marking that `sitrep show --annotations` uses.
import type { Command } from 'commander';
import { eachDocument } from './each-document.ts';
import { loadConfig } from '../config.ts';
import { runStages, stagesThrough } from '../pipeline.ts';
import type { Doc } from '../stage.ts';

/** The interface shape: offsets into `text`, snake_case keys, `text` of each span for reading. */
export function annotationJson(doc: Doc): Record<string, unknown> {
  const text = doc.article!.text;
  const surface = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return {
    entities: (doc.entities ?? []).map((e) => ({ start: e.start, end: e.end, text: surface(e), type: e.type, kb_id: e.kbId, rule: e.rule })),
    places: (doc.places ?? []).map((p) => ({
      start: p.start, end: p.end, text: surface(p), gazetteer_id: p.gazetteerId, name: p.name, country: p.country,
      admin1: p.admin1, lat: p.lat, lon: p.lon, precision: p.precision, rule: p.rule,
    })),
    dates: (doc.dates ?? []).map((d) => ({
      start: d.start, end: d.end, text: surface(d), value: d.value, end_value: d.endValue, precision: d.precision,
      year_resolved: d.yearResolved, reason: d.reason, role: d.role, rule: d.rule,
    })),
    quantities: (doc.quantities ?? []).map((q) => ({
      start: q.start, end: q.end, text: surface(q), low: q.low, best: q.best, high: q.high, qualifier: q.qualifier, unit: q.unit, rule: q.rule,
    })),
  };
}

/** The text with every annotation marked inline: [Emomali Rahmon|PERSON per:emomali-rahmon]. */
export function markAnnotations(doc: Doc): string {
  const text = doc.article!.text;
  const marks: { start: number; end: number; label: string }[] = [];
  for (const e of doc.entities ?? []) marks.push({ start: e.start, end: e.end, label: `${e.type}${e.kbId ? ' ' + e.kbId : ''}` });
  for (const p of doc.places ?? []) marks.push({ start: p.start, end: p.end, label: `PLACE ${p.country ?? '?'}${p.admin1 ? '/' + p.admin1 : ''} ${p.precision}` });
  for (const d of doc.dates ?? []) marks.push({ start: d.start, end: d.end, label: `DATE ${d.value ?? 'year?'}${d.endValue ? '..' + d.endValue : ''} ${d.precision}` });
  for (const q of doc.quantities ?? []) marks.push({ start: q.start, end: q.end, label: `QTY ${q.qualifier} ${q.low ?? ''}/${q.best ?? ''}/${q.high ?? ''} ${q.unit ?? ''}`.trim() });
  // Outermost first at equal starts, and nested marks dropped, so brackets always balance.
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + `[${text.slice(m.start, m.end)}|${m.label}]`;
    at = m.end;
  }
  return out + text.slice(at);
}

export function registerAnnotate(program: Command): void {
  program
    .command('annotate')
    .description('annotate pages without a store: entities, places, dates, quantities (one JSON object a line)')
    .argument('<files...>', 'files, directories, URLs or -')
    .option('--json', 'JSON lines (default)')
    .option('--marked', 'print the text with annotations marked inline instead of JSON')
    .action(async (files: string[], opts: { marked?: boolean }) => {
      const config = loadConfig();
      const stages = stagesThrough('geocode').filter((s) => s.name !== 'dedupe');
      await eachDocument(files, config, async (raw) => {
        const doc = await runStages({ raw }, stages, { config });
        if (doc.article?.error) throw new Error(doc.article.error);
        if (opts.marked) console.log(`== ${raw.source}\n${markAnnotations(doc)}\n`);
        else console.log(JSON.stringify({ file: raw.source, text: doc.article!.text, ...annotationJson(doc) }));
      });
    });
}
