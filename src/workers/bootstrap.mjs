// Worker threads start here: register tsx so the TypeScript worker can load, as bin/sitrep.js does.
import { register } from 'tsx/esm/api';

register();
await import('./pipeline-worker.ts');
