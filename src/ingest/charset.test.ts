import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from './charset.ts';
import { normaliseDate } from './dates.ts';

const RUSSIAN = [
  'Ночью над городом сбили два беспилотника, обломки повредили крышу склада.',
  'Министр обороны заявил журналистам, что войска отведены от линии соприкосновения на пять километров.',
  'Жители эвакуированы',
  'СРОЧНО: ВЗРЫВ НА НЕФТЕБАЗЕ',
  'Ёлки, щётки и подъёмные краны - всё сгорело в пожаре на рынке в четверг.',
];
const UKRAINIAN = 'Рятувальники повідомили, що пожежу на складі ліквідовано, постраждалих немає.';
const WESTERN = [
  "Le ministère a confirmé l'arrivée des renforts à la frontière, près de la ville côtière.",
  'Die Regierung bestätigte am Dienstag, dass die Grenzübergänge geöffnet würden.',
  'El portavoz señaló que la operación continuará durante la próxima semana.',
];

describe('decoding bytes with no declared charset', () => {
  for (const charset of ['windows-1251', 'koi8-r']) {
    it(`reads Russian in ${charset}: sentences, a short headline, capitals`, () => {
      for (const text of RUSSIAN) assert.equal(decodeBytes(iconv.encode(text, charset)).text, text, `${charset}: ${text}`);
    });
    it(`reads Russian in ${charset} inside mostly-ASCII markup`, () => {
      const html = `<html><head><script>var config = {"tracking": true, "version": 12};</script></head><body><nav>Home | World | Sport</nav><p>${RUSSIAN[1]}</p></body></html>`;
      const decoded = decodeBytes(iconv.encode(html, charset));
      assert.equal(decoded.charset, charset);
      assert.equal(decoded.text, html);
    });
  }

  it('reads Ukrainian in windows-1251', () => {
    assert.equal(decodeBytes(iconv.encode(UKRAINIAN, 'windows-1251')).text, UKRAINIAN);
  });

  it('reads French, German and Spanish in windows-1252', () => {
    for (const text of WESTERN) {
      const decoded = decodeBytes(iconv.encode(text, 'windows-1252'));
      assert.deepEqual(decoded, { text, charset: 'windows-1252' });
    }
  });

  it('reads UTF-8, and UTF-16 by its byte-order mark', () => {
    assert.equal(decodeBytes(Buffer.from(RUSSIAN[0])).text, RUSSIAN[0]);
    assert.equal(decodeBytes(iconv.encode(RUSSIAN[0], 'utf-16le', { addBOM: true })).text, RUSSIAN[0]);
  });

  it('keeps UTF-8 with a stray broken byte, refuses UTF-8 mangled throughout', () => {
    const text = RUSSIAN.slice(0, 2).join(' ');
    const oneBad = Buffer.concat([Buffer.from(text), Buffer.from([0xd0]), Buffer.from(' ' + text)]);
    assert.equal(decodeBytes(oneBad).text, `${text}\uFFFD ${text}`);
    const mangled = Buffer.from(Buffer.from(text).filter((b, i) => !((b & 0xc0) === 0x80 && i % 2 === 0)));
    assert.throws(() => decodeBytes(mangled), /invalid UTF-8/);
  });
});

describe('decoding bytes with a declared charset', () => {
  it('uses the Content-Type charset, then <meta>, then the XML declaration', () => {
    const text = RUSSIAN[1];
    assert.equal(decodeBytes(iconv.encode(text, 'iso-8859-5'), 'text/plain; charset="ISO-8859-5"').text, text);
    const meta = `<html><head><meta charset="iso-8859-5"></head><body>${text}</body></html>`;
    assert.equal(decodeBytes(iconv.encode(meta, 'iso-8859-5'), 'text/html').text, meta);
    const xml = `<?xml version="1.0" encoding="ISO-8859-5"?><rss><channel><title>${text}</title></channel></rss>`;
    assert.equal(decodeBytes(iconv.encode(xml, 'iso-8859-5')).text, xml);
  });

  it('overrules a declared UTF-8 or Latin-1 that the Cyrillic bytes contradict', () => {
    const bytes = iconv.encode(RUSSIAN[0], 'windows-1251');
    assert.equal(decodeBytes(bytes, 'text/html; charset=utf-8').text, RUSSIAN[0]);
    assert.equal(decodeBytes(iconv.encode(RUSSIAN[1], 'koi8-r'), 'text/html; charset=iso-8859-1').text, RUSSIAN[1]);
    assert.equal(decodeBytes(iconv.encode(WESTERN[0], 'windows-1252'), 'text/html; charset=iso-8859-1').text, WESTERN[0]);
  });
});

describe('publication dates', () => {
  it('normalises RSS, ISO and loose dates to ISO 8601, keeping the publisher offset', () => {
    assert.equal(normaliseDate('Tue, 16 Apr 2024 09:30:00 +0300'), '2024-04-16T09:30:00+03:00');
    assert.equal(normaliseDate('16 Apr 2024 23:10 GMT'), '2024-04-16T23:10:00Z');
    assert.equal(normaliseDate('Wed, 17 Apr 24 07:00:00 EDT'), '2024-04-17T07:00:00-04:00');
    assert.equal(normaliseDate('2024-04-16'), '2024-04-16');
    assert.equal(normaliseDate('2024-04-16 10:00:00+0500'), '2024-04-16T10:00:00+05:00');
    assert.equal(normaliseDate('April 16, 2024 10:00 UTC'), '2024-04-16T10:00:00.000Z');
    assert.equal(normaliseDate('last Tuesday'), null);
    assert.equal(normaliseDate(20240416), null);
  });
});
