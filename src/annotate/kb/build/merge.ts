// Combines the sources into one KB. Sources are added in priority order (curation first); an
// entry whose name is already known joins that entry, and an alias already
// claimed by another entry stays with the first (so UCDP's "Taleban" joins the curated Taliban).
import type { EntityType } from '../../../model.ts';
import type { StoredEntry } from '../match.ts';
import { aliasKey } from '../text.ts';
import { dropReason, stripThe, type DropReason } from './filter.ts';

export interface SourceStats {
  entries: number;
  mergedInto: number;
  aliasesKept: number;
  dropped: Partial<Record<DropReason | 'collision' | 'entry-name-rejected', number>>;
  examples: Partial<Record<DropReason | 'collision' | 'entry-name-rejected', string[]>>;
}

/** Kinds that may describe the same actor across sources (OFAC calls everything a group). */
const COMPATIBLE: EntityType[][] = [['ARMED_GROUP', 'ORG']];
/** One-word names this short are acronyms whose case tells groups apart. */
const SHORT_NAME_LETTERS = 5;
/** Dropped aliases shown per reason in the build report. */
const EXAMPLES_PER_REASON = 6;

function compatible(a: EntityType, b: EntityType): boolean {
  return a === b || COMPATIBLE.some((set) => set.includes(a) && set.includes(b));
}

export class KbBuilder {
  readonly entries: StoredEntry[] = [];
  readonly stats: Record<string, SourceStats> = {};
  private readonly byId = new Map<string, StoredEntry>();
  private readonly claimed = new Map<string, StoredEntry>();
  /** The exact names a curated entry was written with. */
  private readonly curatedForms = new Map<StoredEntry, Set<string>>();

  private statsFor(source: string): SourceStats {
    return (this.stats[source] ??= { entries: 0, mergedInto: 0, aliasesKept: 0, dropped: {}, examples: {} });
  }

  private drop(stats: SourceStats, reason: keyof SourceStats['dropped'], alias: string): void {
    stats.dropped[reason] = (stats.dropped[reason] ?? 0) + 1;
    const ex = (stats.examples[reason] ??= []);
    if (ex.length < EXAMPLES_PER_REASON) ex.push(alias);
  }

  /** Adds one alias to an entry unless rejected or owned by another entry. Returns whether it was kept. */
  private claim(target: StoredEntry, alias: string, norp: boolean, stats: SourceStats, curated: boolean): boolean {
    const reason = curated ? null : dropReason(alias);
    if (reason) {
      this.drop(stats, reason, alias);
      return false;
    }
    const key = aliasKey(alias);
    if (!key) return false;
    const owner = this.claimed.get(key);
    if (owner && owner !== target) {
      this.drop(stats, 'collision', `${alias} (${target.id} → kept on ${owner.id})`);
      return false;
    }
    const list = norp ? (target.norp ??= []) : target.aliases;
    if (owner === target && (list.includes(alias) || target.name === alias)) return false;
    this.claimed.set(key, target);
    if (alias !== target.name) list.push(alias);
    stats.aliasesKept++;
    return true;
  }

  /**
   * The existing entry a new one describes: same id, or its name already known for a compatible
   * kind (one-word names, often acronyms like "OAS", only for the same kind). Aliases do not
   * merge: translations collide ("Darul Islam" is also "Islamic State" in English).
   */
  private findSame(entry: StoredEntry): StoredEntry | undefined {
    const same = this.byId.get(entry.id);
    if (same) return this.acronymClash(entry, same) ? undefined : same;
    const key = aliasKey(entry.name);
    const owner = this.claimed.get(key);
    if (!owner) return undefined;
    if (key.includes(' ')) return compatible(owner.type, entry.type) ? owner : undefined;
    if (owner.type !== entry.type) return undefined;
    // Short acronyms are shared between groups (JEM is also Sudan's Justice and Equality
    // Movement): one joins only an entry a person wrote it for, in that exact form.
    if (entry.name.length <= SHORT_NAME_LETTERS) return this.curatedForms.get(owner)?.has(entry.name) ? owner : undefined;
    return owner;
  }

  /** A short acronym name that a curated entry with the same slug id was not written with (JEM vs JeM). */
  private acronymClash(entry: StoredEntry, owner: StoredEntry): boolean {
    const forms = this.curatedForms.get(owner);
    return entry.name.length <= SHORT_NAME_LETTERS && !!forms && !forms.has(entry.name);
  }

  /** Adds a source's entries; `curated` entries skip the noise filter (a person wrote them). */
  add(source: string, list: StoredEntry[], curated = false): Map<string, string> {
    const stats = this.statsFor(source);
    const finalIds = new Map<string, string>();
    for (const raw of list) {
      const cand = curated ? raw : { ...raw, name: stripThe(raw.name) };
      const same = this.findSame(cand);
      if (same) {
        stats.mergedInto++;
        for (const s of cand.sources) if (!same.sources.includes(s)) same.sources.push(s);
        same.country ??= cand.country;
        same.parent ??= cand.parent;
        for (const a of [cand.name, ...cand.aliases]) this.claim(same, a, false, stats, curated);
        for (const a of cand.norp ?? []) this.claim(same, a, true, stats, curated);
        finalIds.set(cand.id, same.id);
        continue;
      }
      if (!curated && dropReason(cand.name)) {
        this.drop(stats, 'entry-name-rejected', cand.name);
        continue;
      }
      let id = cand.id;
      for (let n = 2; this.byId.has(id); n++) id = `${cand.id}-${n}`;
      const entry: StoredEntry = { ...cand, id, aliases: [], sources: [...cand.sources] };
      delete entry.norp;
      this.entries.push(entry);
      this.byId.set(id, entry);
      if (curated) this.curatedForms.set(entry, new Set([cand.name, ...cand.aliases]));
      stats.entries++;
      this.claim(entry, cand.name, false, stats, true);
      for (const a of cand.aliases) this.claim(entry, a, false, stats, curated);
      for (const a of cand.norp ?? []) this.claim(entry, a, true, stats, curated);
      finalIds.set(cand.id, id);
    }
    return finalIds;
  }

  /** Points parents at ids that exist; a parent that was merged away follows its entry. */
  fixParents(renames: Map<string, string>): number {
    let broken = 0;
    for (const e of this.entries) {
      if (!e.parent) continue;
      e.parent = renames.get(e.parent) ?? e.parent;
      if (!this.byId.has(e.parent) || e.parent === e.id) {
        e.parent = null;
        broken++;
      }
    }
    return broken;
  }
}
