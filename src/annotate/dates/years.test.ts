import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BARE_YEAR, bareYearMatches, findBareYears } from './years.ts';

/** What a plain global scan of the pattern over the whole text finds: the matches bareYearMatches must reproduce. */
function fullScan(text: string): string[] {
  return [...text.matchAll(new RegExp(BARE_YEAR.source, BARE_YEAR.flags))].map((m) => `${m.index}:${m[0]}`);
}

function windowed(text: string): string[] {
  return bareYearMatches(text).map((m) => `${m.index}:${m[0]}`);
}

test('years after a cue, ranges and counts read as before', () => {
  const text = 'Fighting between 2014 and 2016 displaced thousands; by 2025 the mission ends. In 2019 people fled, '
    + 'and since   1999 the amid 2003 blend of 2004 end of 2020 the town held.';
  const years = findBareYears(text, []).map((d) => `${text.slice(d.start, d.end)}=${d.value}${d.endValue ? `..${d.endValue}` : ''}:${d.role}`);
  assert.deepEqual(years, ['2014 and 2016=2014..2016:interval', '2025=2025:end', '1999=1999:start', '2004=2004:point', '2020=2020:point']);
  assert.deepEqual(windowed(text), fullScan(text));
});

test('seeded cue, spacing and year mixtures: the windowed search finds what the full scan finds', () => {
  const cues = ['in', 'by', 'since', 'until', 'between', 'of', 'mid', 'end of', 'start of', 'In', 'END OF', 'amid', 'blend of', 'and', 'said'];
  const years = ['2014', '1999', '1800', '2100', '20201', '2016s', '2020.5', '1,999'];
  const gaps = [' ', '   ', '-', ' - ', '\n', ' and ', '', ', '];
  const after = [' people', '', '.', '-2016', ' and 2016', ' to 1990', 's'];
  let seed = 4;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  let found = 0;
  for (let k = 0; k < 5000; k++) {
    let text = '';
    for (let j = 1 + Math.floor(next() * 6); j > 0; j--) text += pick(cues) + pick(gaps) + pick(years) + pick(after) + pick(gaps);
    const expected = fullScan(text);
    found += expected.length;
    assert.deepEqual(windowed(text), expected, JSON.stringify(text));
  }
  assert.ok(found > 1500, `only ${found} matches: the test reads too little`);
});
