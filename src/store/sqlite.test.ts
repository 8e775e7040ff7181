import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from './sqlite.ts';
import { storeContract } from './contract.ts';

storeContract('sqlite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-store-'));
  return SqliteStore.open(path.join(dir, 'test.db'));
});
import { eventStoreContract } from './contract-events.ts';
import { storyIndexContract } from './contract-stories.ts';

eventStoreContract('sqlite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-store-'));
  return SqliteStore.open(path.join(dir, 'test.db'));
});

storyIndexContract('sqlite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-store-'));
  return SqliteStore.open(path.join(dir, 'test.db'));
});
