// Ingest's entry point: every input the user names (paths, directories, URLs, `-` for stdin) →
// a stream of RawDocuments or one-line failures. Bad input never throws; the batch goes on.
import { itemsFromBytes, itemsFromUrl } from './documents.ts';
import { itemsFromPath } from './files.ts';
import { failure, type IngestItem, type IngestOptions } from './item.ts';
import { itemsFromJsonl } from './jsonl.ts';
import { looksLikeJsonl } from './sniff.ts';
import { peekFirstLine, readCapped, rejoin } from './streams.ts';

export type { IngestItem, IngestOptions } from './item.ts';

const STDIN = '-';

/** Standard input: JSON Lines are streamed; anything else is read whole (up to the limit) and sniffed. */
async function* itemsFromStdin(opts: IngestOptions): AsyncGenerator<IngestItem> {
  const stream = opts.stdin ?? process.stdin;
  let bytes: Buffer;
  try {
    const { head, rest, ended } = await peekFirstLine(stream as AsyncIterable<unknown>, opts.maxInputBytes);
    if (looksLikeJsonl(Buffer.concat(head).toString('utf8'))) {
      return yield* itemsFromJsonl(rejoin(head, rest, ended), STDIN, opts.maxInputBytes);
    }
    bytes = await readCapped(rejoin(head, rest, ended), opts.maxInputBytes);
  } catch (err) {
    return yield failure(STDIN, err);
  }
  yield* itemsFromBytes(bytes, STDIN, { hint: null, opts });
}

/** Yields, in order, the items of each input; a failure is an `{ ok: false }` item, never a throw. */
export async function* readSources(sources: string[], opts: IngestOptions): AsyncIterable<IngestItem> {
  for (const source of sources) {
    try {
      if (source === STDIN) yield* itemsFromStdin(opts);
      else if (/^https?:\/\//i.test(source)) yield* itemsFromUrl(source, opts);
      else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) yield failure(source, 'unsupported URL scheme (http and https only)');
      else yield* itemsFromPath(source, opts);
    } catch (err) {
      // A defect in ingest itself: report it against this input and go on with the next.
      yield failure(source, err);
    }
  }
}
