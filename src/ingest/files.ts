// Paths: a file is read by its extension (gzip unwrapped first), a directory is walked recursively
// in sorted order without hidden entries or node_modules, JSONL is streamed line by line.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { hintFromName, itemsFromBytes } from './documents.ts';
import { failure, type IngestItem, type IngestOptions } from './item.ts';
import { itemsFromJsonl } from './jsonl.ts';
import { readCapped } from './streams.ts';

/** Directory entries never read: dot-files (VCS, editor state) and installed dependencies. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'no such file or directory (a parent is not a directory)';
  return err instanceof Error ? err.message : String(err);
}

async function* itemsFromFile(file: string, stat: fs.Stats, opts: IngestOptions): AsyncGenerator<IngestItem> {
  const limit = opts.maxInputBytes;
  const gzipped = /\.gz$/i.test(file);
  const inner = gzipped ? file.slice(0, -3) : file;
  const hint = hintFromName(inner);
  if (hint === 'jsonl') {
    // The size limit is per article, so it applies to each line, not to the whole dump.
    const stream = fs.createReadStream(file);
    return yield* itemsFromJsonl(gzipped ? stream.pipe(zlib.createGunzip()) : stream, file, limit);
  }
  let bytes: Buffer;
  try {
    if (stat.isFile() && stat.size > limit) return yield failure(file, `too large: ${stat.size} bytes (limit ${limit})`);
    bytes = stat.isFile() ? await fs.promises.readFile(file) : await readCapped(fs.createReadStream(file), limit);
  } catch (err) {
    return yield failure(file, fsReason(err));
  }
  if (gzipped) {
    try {
      bytes = zlib.gunzipSync(bytes, { maxOutputLength: limit });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return yield failure(file, code === 'ERR_BUFFER_TOO_LARGE' ? `too large: over ${limit} bytes uncompressed (limit ${limit})` : `bad gzip data: ${fsReason(err)}`);
    }
  }
  yield* itemsFromBytes(bytes, file, { hint, opts });
}

/** The files under a directory, sorted by name at each level, entered once each (symlink loops are cut). */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<{ file: string; stat: fs.Stats } | { error: IngestItem }> {
  const real = await fs.promises.realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await fs.promises.readdir(dir)).filter((n) => !skipped(n)).sort();
  } catch (err) {
    return yield { error: failure(dir, fsReason(err)) };
  }
  for (const name of names) {
    const full = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(full);
    } catch (err) {
      yield { error: failure(full, fsReason(err)) };
      continue;
    }
    if (stat.isDirectory()) yield* walk(full, seen);
    else yield { file: full, stat };
  }
}

/** Items for a path given by the user: a file or a directory tree. */
export async function* itemsFromPath(target: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(target);
  } catch (err) {
    return yield failure(target, fsReason(err));
  }
  if (!stat.isDirectory()) return yield* itemsFromFile(target, stat, opts);
  let files = 0;
  for await (const entry of walk(target, new Set())) {
    if ('error' in entry) yield entry.error;
    else {
      files++;
      yield* itemsFromFile(entry.file, entry.stat, opts);
    }
  }
  if (files === 0) yield failure(target, 'empty input (no files in directory)');
}
