// Reads the OFAC SDN terrorist designations (US Government work, public domain) as derived in
// shared/ofac-sdn-terror-orgs: every FTO, plus SDGT/SDT entities whose name is an armed group's
// (front companies, charities and exchange houses are left out).
import type { StoredEntry } from '../match.ts';
import { slug, writtenName } from './filter.ts';

export const SOURCE = 'ofac';

interface OfacRecord {
  ofac_ent_num: number;
  name: string;
  programs: string[];
  fto: boolean;
  aliases: string[];
  remarks: string;
}

/** Words of armed-group names; a designated entity without one is usually a business or charity. */
const ARMED_NAME = /\b(brigades?|front|army|movement|jihad|mujahid\w*|islamic state|isil|isis|qa'?ida|qaeda|taliban|hizb\w*|jama'?a\w*|jaysh|jaish|tehrik|tahrik|lashkar|kata'?ib|harakat|ansar\w*|forces?|martyrs|resistance|corps|militia|wilayat|province|khorasan|khurasan|shabaab|boko haram|liberation|revolutionary|fighters|battalion|group|organization|tanzim|emirate|sipah|sipah|jundallah|jund)\b/i;
/** "a.k.a. 'GIA'" in the remarks: weak aliases, often the acronym. */
const REMARK_AKA = /a\.k\.a\.\s*'([^']+)'/g;

export interface OfacResult {
  entries: StoredEntry[];
  skippedNonArmed: number;
}

export function ofacEntries(jsonl: string): OfacResult {
  const entries: StoredEntry[] = [];
  let skippedNonArmed = 0;
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as OfacRecord;
    if (!rec.fto && !ARMED_NAME.test(rec.name)) {
      skippedNonArmed++;
      continue;
    }
    const weak = [...(rec.remarks ?? '').matchAll(REMARK_AKA)].map((m) => m[1]);
    const all = [rec.name, ...rec.aliases, ...weak].map((n) => writtenName(n)).filter(Boolean);
    const [name, ...aliases] = [...new Set(all)];
    entries.push({ id: `grp:${slug(name)}`, type: 'ARMED_GROUP', name, aliases, country: null, parent: null, sources: [SOURCE] });
  }
  return { entries, skippedNonArmed };
}
