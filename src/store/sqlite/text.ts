/** Turns free text into an FTS5 query of quoted terms, so user punctuation never breaks the syntax. */
export function ftsQuery(q: string): string {
  const terms = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.map((t) => `"${t}"`).join(' ');
}
