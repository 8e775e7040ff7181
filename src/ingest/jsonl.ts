// JSON Lines, streamed: one article object per line, read chunk by chunk so a 100k-line dump never
// sits in memory whole. A bad line is one failure item (`file.jsonl:LINE: reason`); the rest go on.
import { rawFromArticle } from './articles.ts';
import { decodeBytes } from './charset.ts';
import { failure, success, type IngestItem } from './item.ts';

const NEWLINE = 0x0a;

/** Splits a byte stream into lines (without the newline), numbering from 1; over-long lines come back as their length. */
async function* lines(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<{ line: number; bytes: Buffer | null; length: number }> {
  let parts: Buffer[] = [];
  let pending = 0;
  let line = 0;
  const take = (segment: Buffer) => {
    pending += segment.length;
    if (pending <= maxLineBytes) parts.push(segment);
    else parts = []; // over the limit: keep counting, stop keeping
  };
  const finish = () => {
    line++;
    const out = { line, bytes: pending <= maxLineBytes ? Buffer.concat(parts) : null, length: pending };
    parts = [];
    pending = 0;
    return out;
  };
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(NEWLINE, from); nl >= 0; nl = buf.indexOf(NEWLINE, from)) {
      take(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < buf.length) take(buf.subarray(from));
  }
  if (pending > 0) yield finish();
}

/** Items for a JSONL stream; each is named `source:LINE`. Blank lines are skipped. */
export async function* itemsFromJsonl(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  source: string,
  maxLineBytes: number,
): AsyncGenerator<IngestItem> {
  let articles = 0;
  try {
    for await (const { line, bytes, length } of lines(chunks, maxLineBytes)) {
      const name = `${source}:${line}`;
      if (bytes === null) {
        yield failure(name, `too large: ${length} bytes (limit ${maxLineBytes})`);
        articles++;
        continue;
      }
      let text: string;
      try {
        text = decodeBytes(bytes, 'application/json; charset=utf-8').text;
      } catch (err) {
        yield failure(name, err);
        articles++;
        continue;
      }
      if (line === 1) text = text.replace(/^\uFEFF/, '');
      text = text.trim();
      if (!text) continue;
      articles++;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (err) {
        yield failure(name, `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
        continue;
      }
      try {
        yield success(rawFromArticle(parsed, name));
      } catch (err) {
        yield failure(name, err);
      }
    }
  } catch (err) {
    // A read error (permissions, a vanished file, a broken pipe) ends this input only.
    return yield failure(source, (err as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : err);
  }
  if (articles === 0) yield failure(source, 'empty input');
}
