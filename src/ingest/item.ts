// What ingest yields: a RawDocument, or a one-line failure naming the input, so a batch goes on.
import type { RawDocument } from '../model.ts';

export type IngestItem =
  | { ok: true; raw: RawDocument }
  | { ok: false; source: string; error: string };

export interface IngestOptions {
  fetchTimeoutMs: number;
  fetchMaxBytes: number;
  fetchMaxRedirects: number;
  maxInputBytes: number;
  stdin?: NodeJS.ReadableStream;
  fetchImpl?: typeof fetch;
}

export function reason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\s+/g, ' ').trim() || 'unknown error';
}

/** A failure item whose error names the input first: "feed.xml#3: HTTP 404 Not Found". */
export function failure(source: string, err: unknown): IngestItem {
  return { ok: false, source, error: `${source}: ${reason(err)}` };
}

export function success(raw: RawDocument): IngestItem {
  return { ok: true, raw };
}
