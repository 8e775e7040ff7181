// Reads the UCDP Actor Dataset v22.1 (CC BY 4.0, cite Davies, Pettersson & Öberg 2022): non-state
// groups with their short, original and English names and rename chains; governments are skipped
// (the countries stand for them).
import type { EntityType } from '../../../model.ts';
import type { StoredEntry } from '../match.ts';
import { slug } from './filter.ts';

export const SOURCE = 'ucdp';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((f) => f.trim()));
}

/** UCDP's Org codes: 1 formal rebel group, 2 informal (party supporters), 3 communal identity group, 4 government. */
const TYPE_BY_ORG: Record<string, EntityType> = { '1': 'ARMED_GROUP', '2': 'ARMED_GROUP', '3': 'NORP' };

function names(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((s) => s.trim())
    .filter((s) => s && s !== 'n/a' && s !== '0');
}

export interface UcdpResult {
  entries: StoredEntry[];
  skippedGovernments: number;
}

/** Non-state actors keyed `grp:<slug>`; parent is the group a faction joined or split from. */
export function ucdpEntries(csv: string, gwToIso2: Map<number, string>): UcdpResult {
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string) => header.indexOf(name);
  const get = (r: string[], name: string) => (r[col(name)] ?? '').trim();
  const idByActor = new Map<string, string>();
  const used = new Set<string>();
  const pending: { entry: StoredEntry; parentActor: string }[] = [];
  let skippedGovernments = 0;
  for (const r of rows) {
    const type = TYPE_BY_ORG[get(r, 'Org')];
    if (!type) {
      skippedGovernments++;
      continue;
    }
    const all = [
      get(r, 'NameData'),
      ...names(get(r, 'NewName')).reverse(),
      ...names(get(r, 'NewNameFullEng')).reverse(),
      get(r, 'NameOrig'),
      get(r, 'NameOrigFull'),
      get(r, 'NameOrigFullEng'),
    ].filter((n) => n && n !== 'n/a');
    const [name, ...aliases] = [...new Set(all)];
    let id = `${type === 'NORP' ? 'nrp' : 'grp'}:${slug(name)}`;
    if (used.has(id)) id = `${id}-ucdp${get(r, 'ActorId')}`;
    used.add(id);
    idByActor.set(get(r, 'ActorId'), id);
    const gw = Number(get(r, 'GWNOLoc').split(',')[0]);
    const faction = /faction/i.test(name);
    const parentActor = get(r, 'JoinGroup') === '1' ? get(r, 'ActorIdGroup') : faction ? get(r, 'ActorIdPrev') : '';
    const entry: StoredEntry = { id, type, name, aliases, country: gwToIso2.get(gw) ?? null, parent: null, sources: [SOURCE] };
    pending.push({ entry, parentActor: parentActor.split(',')[0].trim() });
  }
  for (const p of pending) p.entry.parent = idByActor.get(p.parentActor) ?? null;
  return { entries: pending.map((p) => p.entry), skippedGovernments };
}
