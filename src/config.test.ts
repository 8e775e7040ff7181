import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.ts';

test('defaults load, and the environment overrides them', () => {
  assert.equal(loadConfig({}, {}).store, 'sqlite');
  assert.equal(loadConfig({}, { SITREP_DB: '/tmp/x.db', SITREP_FETCH_TIMEOUT_MS: '5000' }).fetchTimeoutMs, 5000);
  assert.equal(loadConfig({}, { SITREP_DB: '/tmp/x.db' }).db, '/tmp/x.db');
});

test('a bad value fails at start-up, naming the valid choices or the range and what was given', () => {
  assert.throws(() => loadConfig({}, { SITREP_STORE: 'mysql' }), /store \(SITREP_STORE\) is "mysql"; valid choices are sqlite, postgres/);
  assert.throws(() => loadConfig({}, { SITREP_WORKERS: 'abc' }), /workers \(SITREP_WORKERS\) must be a number, got "abc"/);
  assert.throws(() => loadConfig({ fetchMaxRedirects: 99 }, {}), /fetchMaxRedirects .* must be between 0 and 20/);
});
