// runStagesBatch must mean, per document, exactly what runStages means, while calling the stages
// stage by stage over the batch. Hand-made stages over made-up reports record each call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.ts';
import { runStages, runStagesBatch, type BatchResult } from './pipeline.ts';
import type { Doc, Stage, StageContext } from './stage.ts';
import type { Article } from './model.ts';

const ctx: StageContext = { config: loadConfig({ db: ':memory:' }) };

function report(source: string, body: string): Doc {
  return { raw: { source, kind: 'text', body, given: {} } };
}

/** Stages that log "stage:source" on each call and misbehave on chosen bodies. */
function recordingStages(calls: string[]): Stage[] {
  const log = (stage: string, doc: Doc) => calls.push(`${stage}:${doc.raw!.source}`);
  return [
    {
      name: 'read', needs: ['raw'], adds: ['article'],
      run(doc) {
        log('read', doc);
        if (doc.raw!.body.includes('unreadable')) throw new Error('no text in the page');
        doc.article = { text: doc.raw!.body } as Article;
      },
    },
    {
      name: 'screen', needs: ['article'], adds: [],
      run(doc) {
        log('screen', doc);
        if (doc.article!.text.includes('duplicate')) doc.stop = 'duplicate of an earlier report';
      },
    },
    {
      name: 'tag', needs: ['article'], adds: ['entities'],
      async run(doc) {
        log('tag', doc);
        if (doc.article!.text.includes('garbled')) throw new Error('tagger choked');
        doc.entities = [];
      },
    },
    {
      name: 'locate', needs: ['entities'], adds: ['places'],
      run(doc) {
        log('locate', doc);
        doc.places = [];
      },
    },
  ];
}

const BODIES = [
  ['a', 'Troops shelled a village near the border on Monday.'],
  ['b', 'An unreadable page about a raid.'],
  ['c', 'A duplicate of the border shelling report.'],
  ['d', 'A garbled report of an ambush on a convoy.'],
  ['e', 'Police arrested four men after a bombing at a market.'],
];

const batch = () => BODIES.map(([s, b]) => report(s, b));

test('a batch runs stage by stage, in input order within a stage, skipping stopped and failed reports', async () => {
  const calls: string[] = [];
  await runStagesBatch(batch(), recordingStages(calls), ctx);
  assert.deepEqual(calls, [
    'read:a', 'read:b', 'read:c', 'read:d', 'read:e',
    'screen:a', 'screen:c', 'screen:d', 'screen:e',
    'tag:a', 'tag:d', 'tag:e',
    'locate:a', 'locate:e',
  ]);
});

test('each report of a batch ends as runStages leaves it alone', async () => {
  const together = await runStagesBatch(batch(), recordingStages([]), ctx);
  const alone: BatchResult[] = [];
  for (const doc of batch()) {
    try {
      alone.push(await runStages(doc, recordingStages([]), ctx));
    } catch (err) {
      alone.push({ error: (err as Error).message });
    }
  }
  assert.deepEqual(together, alone);
  assert.deepEqual(together[1], { error: 'read: no text in the page' }, 'a report without an article yields its error');
  assert.equal((together[2] as Doc).stop, 'duplicate of an earlier report');
  assert.equal((together[2] as Doc).entities, undefined, 'a stopped report skips the later stages');
  assert.equal((together[3] as Doc).article!.error, 'tag: tagger choked', 'a failing stage marks the article');
  assert.equal((together[3] as Doc).places, undefined, 'a failed report skips its remaining stages');
  assert.deepEqual((together[4] as Doc).places, [], 'the reports after a failure still run every stage');
});
