// The tag set: BIO2 over the entity types our tagger emits. GPE is folded into LOC here; the KB and
// gazetteer stages refine LOC and ORG later.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'NORP', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Tag index 0 is O; type k has B at 1 + 2k and I at 2 + 2k. */
export const TAG_COUNT = 1 + 2 * ENTITY_TYPES.length;
export const TAG_O = 0;

export function tagB(type: number): number {
  return 1 + 2 * type;
}
export function tagI(type: number): number {
  return 2 + 2 * type;
}
/** Entity type index of a tag, or -1 for O. */
export function tagType(tag: number): number {
  return tag === TAG_O ? -1 : (tag - 1) >> 1;
}
export function isInside(tag: number): boolean {
  return tag !== TAG_O && (tag - 1) % 2 === 1;
}

/** BIO2 forbids I-X unless the previous tag is B-X or I-X. */
export function allowedAfter(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev !== TAG_O && tagType(prev) === tagType(tag);
}

export function typeIndex(t: string): number {
  return (ENTITY_TYPES as readonly string[]).indexOf(t);
}

export function tagName(tag: number): string {
  if (tag === TAG_O) return 'O';
  return (isInside(tag) ? 'I-' : 'B-') + ENTITY_TYPES[tagType(tag)];
}

/** Parses "B-PER"/"I-LOC"/"O"; unknown types become O. */
export function parseTag(s: string): number {
  if (s === 'O' || s.length < 3) return TAG_O;
  const t = typeIndex(s.slice(2));
  if (t < 0) return TAG_O;
  return s[0] === 'I' ? tagI(t) : tagB(t);
}
