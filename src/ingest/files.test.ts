import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { readSources, type IngestItem } from './sources.ts';
import { collect, options } from './testing.ts';

const CHECKPOINT =
  'Border guards reported that a checkpoint near the river crossing came under mortar fire on Tuesday night. ' +
  'Two guards were wounded, according to a statement from the regional command.';
const CONVOY = 'An aid convoy of twelve trucks reached the besieged town on Friday after a week of negotiations.';
const CEASEFIRE = 'Negotiators from both sides agreed to a three-day ceasefire starting at midnight on Sunday.';
const FLOOD_RU = 'Вечером в среду паводок отрезал от района три деревни, сообщили спасатели.';

function write(root: string, rel: string, data: string | Buffer) {
  const full = path.join(root, rel);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, data);
}

const bySource = (items: IngestItem[]) => new Map(items.map((i) => [i.ok ? i.raw.source : i.source, i]));

describe('reading files and directories', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-ingest-'));
    write(dir, 'report.txt', CHECKPOINT + '\n');
    write(dir, 'page.html', `<html><head><title>Convoy</title></head><body><p>${CONVOY}</p></body></html>`);
    write(dir, 'page2.html.gz', zlib.gzipSync(`<html><body><p>${CEASEFIRE}</p></body></html>`));
    write(dir, '.draft.txt', 'not for ingest');
    write(dir, '.git/HEAD.txt', 'ref: refs/heads/main');
    write(dir, 'node_modules/pkg/readme.txt', 'a dependency, not news');
    write(dir, 'notes', `<div><h2>Update</h2><p>${CEASEFIRE}</p><p>More to follow.</p></div>`);
    write(dir, 'memo', CONVOY);
    write(dir, 'photo.bin', Buffer.from([0x47, 0x49, 0x46, 0x38, 0, 0, 0x10, 0, 0, 0x2c, 0, 0]));
    write(dir, 'empty.txt', '');
    write(dir, 'blank.txt', '  \n\n  ');
    write(dir, 'flood-1251.txt', iconv.encode(FLOOD_RU, 'windows-1251'));
    // UTF-8 whose continuation bytes were partly lost: no charset reads it.
    const utf8 = Buffer.from(FLOOD_RU.repeat(3));
    write(dir, 'damaged.txt', Buffer.from(utf8.filter((b, i) => !((b & 0xc0) === 0x80 && i % 3 === 0))));
    write(
      dir,
      'sub/wire.jsonl',
      [
        JSON.stringify({ url: 'https://news.example/checkpoint', title: 'Checkpoint shelled', published: '2024-04-16', outlet: 'Example News', text: CHECKPOINT }),
        '{"url": "https://news.example/broken", "text": "unterminated',
        '',
        JSON.stringify({ url: 'https://news.example/convoy', html: `<p>${CONVOY}</p>`, date_publish: 'Tue, 16 Apr 2024 09:30:00 +0300' }),
        JSON.stringify({ url: 'https://news.example/no-body', title: 'Headline only' }),
        JSON.stringify(['not', 'an', 'object']),
      ].join('\n') + '\n',
    );
    write(dir, 'sub/bulletin.json', JSON.stringify([{ title: 'Ceasefire', text: CEASEFIRE }, { title: 'Convoy', html: `<p>${CONVOY}</p>` }]));
    write(dir, 'sub/single.json', JSON.stringify({ url: 'https://news.example/flood', text: FLOOD_RU }));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks a directory in sorted order, skipping hidden entries and node_modules', async () => {
    const items = await collect(readSources([dir], options()));
    const names = items.map((i) => path.relative(dir, i.ok ? i.raw.source : i.source));
    assert.deepEqual(names, [
      'blank.txt', 'damaged.txt', 'empty.txt', 'flood-1251.txt', 'memo', 'notes', 'page.html', 'page2.html.gz', 'photo.bin', 'report.txt',
      'sub/bulletin.json#1', 'sub/bulletin.json#2', 'sub/single.json',
      'sub/wire.jsonl:1', 'sub/wire.jsonl:2', 'sub/wire.jsonl:4', 'sub/wire.jsonl:5', 'sub/wire.jsonl:6',
    ]);
  });

  it('reads each kind of file into the right RawDocument', async () => {
    const items = bySource(await collect(readSources([dir], options())));
    const get = (rel: string) => {
      const item = items.get(path.join(dir, rel));
      assert.ok(item?.ok, `${rel}: ${item && !item.ok ? item.error : 'missing'}`);
      return item.raw;
    };
    assert.deepEqual(get('report.txt'), { source: path.join(dir, 'report.txt'), kind: 'text', body: CHECKPOINT + '\n', given: {} });
    assert.equal(get('page.html').kind, 'html');
    assert.ok(get('page2.html.gz').body.includes(CEASEFIRE));
    assert.equal(get('notes').kind, 'html');
    assert.equal(get('memo').kind, 'text');
    assert.equal(get('flood-1251.txt').body, FLOOD_RU);
    assert.deepEqual(get('sub/bulletin.json#2'), { source: path.join(dir, 'sub/bulletin.json#2'), kind: 'html', body: `<p>${CONVOY}</p>`, given: { title: 'Convoy' } });
    assert.deepEqual(get('sub/single.json').given, { url: 'https://news.example/flood' });
    assert.deepEqual(get('sub/wire.jsonl:1'), {
      source: path.join(dir, 'sub/wire.jsonl:1'),
      kind: 'text',
      body: CHECKPOINT,
      given: { url: 'https://news.example/checkpoint', title: 'Checkpoint shelled', outlet: 'Example News', published: '2024-04-16' },
    });
    const convoy = get('sub/wire.jsonl:4');
    assert.equal(convoy.kind, 'html');
    assert.equal(convoy.given.url, 'https://news.example/convoy');
    assert.equal(convoy.given.published, '2024-04-16T09:30:00+03:00');
  });

  it('turns bad input into one-line failures naming the input, and goes on', async () => {
    const items = bySource(await collect(readSources([dir], options())));
    const error = (rel: string) => {
      const item = items.get(path.join(dir, rel));
      assert.ok(item && !item.ok, `${rel} should fail`);
      assert.ok(item.error.startsWith(path.join(dir, rel) + ': '), item.error);
      assert.ok(!item.error.includes('\n'));
      return item.error;
    };
    assert.match(error('photo.bin'), /binary file, not text$/);
    assert.match(error('empty.txt'), /empty input$/);
    assert.match(error('blank.txt'), /empty input$/);
    assert.match(error('damaged.txt'), /invalid UTF-8/);
    assert.match(error('sub/wire.jsonl:2'), /invalid JSON/);
    assert.match(error('sub/wire.jsonl:5'), /no "text" or "html" field/);
    assert.match(error('sub/wire.jsonl:6'), /expected an article object, got an array/);
  });

  it('refuses missing paths and files over the size limit', async () => {
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, CHECKPOINT.repeat(20));
    try {
      const [missing, tooBig] = await collect(readSources([path.join(dir, 'nope.txt'), big], options({ maxInputBytes: 1024 })));
      assert.ok(!missing.ok && missing.error === `${path.join(dir, 'nope.txt')}: no such file or directory`);
      assert.ok(!tooBig.ok);
      assert.equal(tooBig.error, `${big}: too large: ${CHECKPOINT.length * 20} bytes (limit 1024)`);
    } finally {
      fs.rmSync(big);
    }
  });

  it('applies the size limit to each JSONL line, not to the whole stream', async () => {
    const file = path.join(dir, 'long.jsonl');
    const lines = [{ text: CONVOY }, { text: CHECKPOINT.repeat(20) }, { text: CEASEFIRE }].map((o) => JSON.stringify(o));
    fs.writeFileSync(file, lines.join('\r\n'));
    try {
      const items = await collect(readSources([file], options({ maxInputBytes: 1024 })));
      assert.equal(items.length, 3);
      assert.ok(items[0].ok && items[0].raw.body === CONVOY);
      assert.ok(!items[1].ok && /long\.jsonl:2: too large: \d+ bytes \(limit 1024\)/.test(items[1].error), JSON.stringify(items[1]));
      assert.ok(items[2].ok && items[2].raw.body === CEASEFIRE);
    } finally {
      fs.rmSync(file);
    }
  });
});
