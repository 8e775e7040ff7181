// The loop the store-less commands share (clean, annotate, extract): read every input, hand each
// document to `handle`, and report a failure on one line naming the input while the rest go on.
import { readSources } from '../ingest/sources.ts';
import type { Config } from '../config.ts';
import type { RawDocument } from '../model.ts';

export async function eachDocument(files: string[], config: Config, handle: (raw: RawDocument) => Promise<void> | void): Promise<void> {
  for await (const item of readSources(files, config)) {
    const source = item.ok ? item.raw.source : item.source;
    try {
      if (!item.ok) throw new Error(item.error);
      await handle(item.raw);
    } catch (err) {
      console.error(`error: ${named(source, (err as Error).message)}`);
      process.exitCode = 1;
    }
  }
}

/** Ingest errors already start with the input's name; others get it in front. */
export function named(source: string, message: string): string {
  return message.startsWith(source) ? message : `${source}: ${message}`;
}
