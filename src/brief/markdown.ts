// Markdown for briefs: quoted article text is escaped so it renders as the same characters it
// was (an article's "*" or "[1]" must not become emphasis or a link), and can be read back.

const ACTIVE = /[\\`*_[\]<>|~]/g;

export function mdEscape(text: string): string {
  // Newlines never occur inside a quoted sentence (the splitter breaks at line ends); fold them anyway.
  let out = text.replace(/\s*\n\s*/g, ' ').replace(ACTIVE, (c) => '\\' + c);
  // Line-start markers: a heading, a list item or an ordered-list number.
  out = out.replace(/^(#|[-+] |\d+)(\.?)/, (m, a: string, dot: string) => (a === '#' || a.startsWith('-') || a.startsWith('+') ? '\\' + m : dot ? a + '\\.' : m));
  return out;
}

/** The text an escaped string renders as. */
export function mdUnescape(text: string): string {
  return text.replace(/\\([\\`*_[\]<>|~#.+-])/g, '$1');
}

/** A Markdown table with escaped cells. */
export function mdTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => mdEscape(String(c))).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
