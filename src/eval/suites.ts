// The registry of quality suites run by `npm run eval`, in pipeline order.
import type { EvalSuite } from './suite.ts';
import { NER_SUITES } from './ner.ts';
import { readabilityPagesSuite, zyteSuite } from './extraction.ts';
import { datesGvdb, quantitiesGvdb } from './dates.ts';
import { aliasesSuite } from './aliases.ts';
import { placesGvdb } from './places.ts';
import { ploverTypesSuite, wikieventsTypesSuite } from './event-types.ts';
import { newsClusterStories, ecbPlusStories } from './stories.ts';
import { eventsGvdb } from './events-gvdb.ts';
import { eventsWikievents } from './events-wikievents.ts';
import { posGumNews } from './pos.ts';

export const SUITES: EvalSuite[] = [zyteSuite, readabilityPagesSuite, datesGvdb, quantitiesGvdb, placesGvdb, posGumNews, ...NER_SUITES, aliasesSuite, ploverTypesSuite, wikieventsTypesSuite, eventsGvdb, eventsWikievents, newsClusterStories, ecbPlusStories];
