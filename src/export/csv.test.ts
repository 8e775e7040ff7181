import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvRecords, csvRow, parseCsv } from './csv.ts';

test('fields with commas, quotes and line breaks are quoted with doubled quotes, and read back unchanged', () => {
  const values = ['plain', 'Kunduz, Afghanistan', 'the "Rahim" quote', 'two\r\nlines', 'Mazār-e Sharīf', '', '  spaced  '];
  const line = csvRow(values);
  assert.ok(line.endsWith('\r\n'), 'RFC 4180 records end with CRLF');
  assert.equal(csvField('the "Rahim" quote'), '"the ""Rahim"" quote"');
  assert.equal(csvField('plain'), 'plain', 'no quotes where none are needed');
  assert.deepEqual(parseCsv(line + csvRow(['a', 1, null])), [values, ['a', '1', '']]);
});

test('numbers are written plainly and missing values as empty fields', () => {
  assert.equal(csvRow([36.728, 0, null, undefined, Number.NaN]), '36.728,0,,,\r\n');
});

test('the reader refuses malformed CSV instead of guessing', () => {
  assert.throws(() => parseCsv('a,b"c\r\n'), /quote inside an unquoted field/);
  assert.throws(() => parseCsv('"open\r\n'), /unclosed quote/);
  assert.throws(() => parseCsv('"a"b\r\n'), /after a closing quote/);
  assert.throws(() => csvRecords('x,y\r\n1\r\n'), /1 fields, the header 2/);
});

test('an empty last field and a final line without CRLF are both kept', () => {
  assert.deepEqual(parseCsv('a,\r\nb,c'), [['a', ''], ['b', 'c']]);
  assert.deepEqual(parseCsv('"",x\n'), [['', 'x']]);
});
