// The registry of quality suites run by `npm run eval`, in pipeline order.
import type { EvalSuite } from './suite.ts';
import { readabilityPagesSuite, zyteSuite } from './extraction.ts';

export const SUITES: EvalSuite[] = [zyteSuite, readabilityPagesSuite];
