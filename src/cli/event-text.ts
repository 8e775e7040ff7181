// Human-readable events: each field beside the words it came from.
import type { Event } from '../model.ts';

const quote = (s: string) => `«${s.replace(/\s+/g, ' ').slice(0, 90)}»`;

export function printEvent(e: Event, _text?: string): void {
  const flags = [e.main ? 'MAIN' : '', e.background ? 'background' : '', e.modality !== 'occurred' ? e.modality : ''].filter(Boolean);
  const ev = (field: string) => (e.evidence[field] ?? []).map((x) => quote(x.text)).join(' ');
  console.log(`\n  ${e.type}${e.tags.length ? ' [' + e.tags.join(', ') + ']' : ''}${flags.length ? '  (' + flags.join(', ') + ')' : ''}  ${e.id}`);
  console.log(`    type        ${ev('type')}`);
  e.actors.forEach((a, i) => console.log(`    ${a.role.padEnd(11)} ${a.name}${a.kbId ? ' <' + a.kbId + '>' : ''}${a.country ? ' ' + a.country : ''}  ${ev(`actors.${i}`)}`));
  if (e.location) console.log(`    location    ${e.location.name}, ${e.location.admin1 ?? '-'}, ${e.location.country ?? '-'} (${e.location.lat?.toFixed(2)}, ${e.location.lon?.toFixed(2)}; precision ${e.location.precision})  ${ev('location')}`);
  if (e.date) console.log(`    date        ${e.date.start ?? '?'} .. ${e.date.end ?? '?'} (${e.date.precision}, ${e.date.basis}${e.date.yearResolved ? '' : ', year unresolved: ' + e.date.reason})  ${ev('date')}`);
  if (e.fatalities) console.log(`    fatalities  ${JSON.stringify(e.fatalities)}  ${ev('fatalities')}`);
  if (e.injured) console.log(`    injured     ${JSON.stringify(e.injured)}  ${ev('injured')}`);
  for (const c of e.claims) console.log(`    claim       ${c.claimant} ${c.stance}${c.about ? ' → ' + c.about : ''}  ${c.evidence.map((x) => quote(x.text)).join(' ')}`);
  if (e.articleIds.length > 1) console.log(`    sources     ${e.articleIds.join(', ')}`);
}
