import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PassThrough, Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { readSources } from './sources.ts';
import { collect, options } from './testing.ts';

const SHELLING = 'Artillery shelled the outskirts of the port city overnight, the mayor said on Wednesday.';
const TALKS = 'Talks between the two delegations ended without agreement after six hours.';
const CURFEW_RU = 'Власти области объявили комендантский час с десяти вечера до шести утра.';

const stdin = (...chunks: (string | Buffer)[]) => Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));

describe('reading standard input', () => {
  it('streams JSON Lines, yielding each article before the rest has arrived', async () => {
    const input = new PassThrough();
    const items = readSources(['-'], options({ stdin: input }))[Symbol.asyncIterator]();
    input.write(JSON.stringify({ url: 'https://wire.example/1', text: SHELLING }) + '\n');
    const first = await items.next();
    assert.ok(!first.done && first.value.ok);
    assert.equal(first.value.raw.source, '-:1');
    assert.equal(first.value.raw.given.url, 'https://wire.example/1');
    input.end(JSON.stringify({ url: 'https://wire.example/2', text: TALKS }) + '\n');
    const second = await items.next();
    assert.ok(!second.done && second.value.ok && second.value.raw.body === TALKS);
    assert.equal((await items.next()).done, true);
  });

  it('sniffs HTML and plain text (in any charset) on stdin', async () => {
    const [html] = await collect(readSources(['-'], options({ stdin: stdin('<!DOCTYPE html>\n<html><body>', `<p>${SHELLING}</p></body></html>`) })));
    assert.ok(html.ok);
    assert.deepEqual([html.raw.source, html.raw.kind], ['-', 'html']);
    const [text] = await collect(readSources(['-'], options({ stdin: stdin(iconv.encode(CURFEW_RU, 'koi8-r')) })));
    assert.ok(text.ok);
    assert.deepEqual([text.raw.kind, text.raw.body], ['text', CURFEW_RU]);
  });

  it('reports empty and oversized stdin', async () => {
    const [empty] = await collect(readSources(['-'], options({ stdin: stdin() })));
    assert.deepEqual(empty, { ok: false, source: '-', error: '-: empty input' });
    const [big] = await collect(readSources(['-'], options({ stdin: stdin(SHELLING.repeat(30), SHELLING.repeat(30)), maxInputBytes: 2048 })));
    assert.ok(!big.ok && /^-: too large: over 2048 bytes/.test(big.error));
  });
});

describe('reading several sources', () => {
  it('keeps going after a failure and yields items in the order the sources were named', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-sources-'));
    try {
      fs.writeFileSync(path.join(dir, 'talks.txt'), TALKS);
      const items = await collect(
        readSources([path.join(dir, 'missing.html'), '-', 'gopher://old.example/story', dir], options({ stdin: stdin(SHELLING) })),
      );
      assert.deepEqual(
        items.map((i) => (i.ok ? `ok ${i.raw.source}` : i.error)),
        [
          `${path.join(dir, 'missing.html')}: no such file or directory`,
          'ok -',
          'gopher://old.example/story: unsupported URL scheme (http and https only)',
          `ok ${path.join(dir, 'talks.txt')}`,
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports an empty directory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-empty-'));
    try {
      const items = await collect(readSources([dir], options()));
      assert.deepEqual(items, [{ ok: false, source: dir, error: `${dir}: empty input (no files in directory)` }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('streams gzipped JSONL and sniffs JSONL in a file with no extension', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-dumps-'));
    try {
      const lines = [{ title: 'Shelling', text: SHELLING }, { title: 'Talks', text: TALKS }].map((o) => JSON.stringify(o)).join('\n');
      fs.writeFileSync(path.join(dir, 'a-wire.jsonl.gz'), zlib.gzipSync(lines));
      fs.writeFileSync(path.join(dir, 'b-dump'), lines);
      fs.writeFileSync(path.join(dir, 'c-broken.jsonl.gz'), zlib.gzipSync(lines).subarray(0, 30));
      const items = await collect(readSources([dir], options()));
      assert.deepEqual(
        items.map((i) => (i.ok ? `${path.basename(i.raw.source)} ${i.raw.given.title}` : path.basename(i.source))),
        ['a-wire.jsonl.gz:1 Shelling', 'a-wire.jsonl.gz:2 Talks', 'b-dump:1 Shelling', 'b-dump:2 Talks', 'c-broken.jsonl.gz'],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
