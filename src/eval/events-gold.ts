// Gold readers for the event suites: GVDB city and state per article, in file order.
import fs from 'node:fs';

export interface GoldPlace {
  /** Gold city as the worker marked it, or null when left empty. */
  city: string | null;
  /** Gold state name ("Illinois" from "IL - Illinois"), or null for "Unclear"/empty. */
  state: string | null;
}

export function readGold(file: string): GoldPlace[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const json = lines[0].split('\t').indexOf('Json');
  return lines.slice(1).filter((l) => l.trim()).map((line) => {
    const when = JSON.parse(line.split('\t')[json])['date-and-time'] ?? {};
    const city = typeof when.city?.value === 'string' && when.city.value.trim() ? when.city.value.trim() : null;
    const state = /^[A-Z]{2} - (.+)$/.exec(when.state ?? '')?.[1] ?? null;
    return { city, state };
  });
}
