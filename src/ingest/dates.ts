// Publication dates as sources give them (ISO 8601, RFC 822 from RSS, loose strings) → ISO 8601,
// keeping the publisher's own UTC offset so the local calendar day is not shifted.

const ISO = /^\d{4}-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?$/i;
const RFC822 = /^(?:[A-Za-z]{3,},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[A-Za-z]{1,5})?\s*$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822 zone names feeds actually use. */
const ZONES: Record<string, string> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  msk: '+03:00', cet: '+01:00', cest: '+02:00', bst: '+01:00',
};

const pad = (n: number | string) => String(n).padStart(2, '0');

/** An ISO 8601 date or date-time for the given string, or null when it is not a date. */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  if (ISO.test(s)) {
    return s.replace(' ', 'T').replace(/\s+/g, '').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  }
  const m = s.match(RFC822);
  if (m) {
    const [, day, mon, yearText, hh, mm, ss, zone] = m;
    const month = MONTHS.indexOf(mon.toLowerCase());
    let year = Number(yearText);
    if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
    if (month >= 0) {
      const date = `${year}-${pad(month + 1)}-${pad(day)}`;
      if (hh === undefined) return date;
      let offset = '';
      if (zone && /^[+-]\d{4}$/.test(zone)) offset = `${zone.slice(0, 3)}:${zone.slice(3)}`;
      else if (zone) offset = ZONES[zone.toLowerCase()] ?? '';
      return `${date}T${pad(hh)}:${mm}:${ss ?? '00'}${offset}`;
    }
  }
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
