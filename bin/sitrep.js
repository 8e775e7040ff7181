#!/usr/bin/env node
// Sitrep ships as TypeScript run through tsx: no build step, so a checkout is always runnable.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
