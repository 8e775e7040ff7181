// Every tunable, declared once with the reason for its value. Values come from the defaults
// below, then SITREP_* environment variables; a bad value fails at start-up naming the choices.

interface Tunable<T> {
  value: T;
  why: string;
  /** For enumerations: the valid choices, named in the error. */
  choices?: readonly T[];
  min?: number;
  max?: number;
}

const TUNABLES = {
  store: { value: 'sqlite', choices: ['sqlite', 'postgres'], why: 'SQLite is the embedded default; PostgreSQL is for shared, scaled-out deployments' } as Tunable<string>,
  db: { value: './sitrep.db', why: 'a file in the working directory, so a first run needs no setup' } as Tunable<string>,
  fetchTimeoutMs: { value: 20000, min: 1000, max: 300000, why: 'slow news sites answer within seconds; a hung server must not stall a batch' } as Tunable<number>,
  fetchMaxBytes: { value: 10 * 1024 * 1024, min: 64 * 1024, max: 200 * 1024 * 1024, why: 'news pages are under 2 MB; bigger answers are media or traps' } as Tunable<number>,
  fetchMaxRedirects: { value: 5, min: 0, max: 20, why: 'publishers chain 2-3 redirects (http→https→canonical); more is a loop' } as Tunable<number>,
  maxInputBytes: { value: 20 * 1024 * 1024, min: 1024, max: 1024 * 1024 * 1024, why: 'a file larger than this is not one article; refuse it instead of exhausting memory' } as Tunable<number>,
  minTextChars: { value: 40, min: 0, max: 10000, why: 'fewer clean characters than this is an empty page, not an article' } as Tunable<number>,
  nearDuplicateSimilarity: { value: 0.8, min: 0.5, max: 1, why: 'syndicated copies keep ≥ 0.85 shingle Jaccard; rewrites of one story by different outlets stay below 0.5' } as Tunable<number>,
  workers: { value: 0, min: 0, max: 32, why: '0 = one pipeline worker thread per core; annotation is CPU-bound, so more threads than cores only add memory (~400 MB each)' } as Tunable<number>,
} satisfies Record<string, Tunable<unknown>>;

export type Config = { [K in keyof typeof TUNABLES]: (typeof TUNABLES)[K]['value'] };

export const CONFIG_DOCS: Record<string, string> = Object.fromEntries(
  Object.entries(TUNABLES).map(([k, t]) => [k, t.why]),
);

function envName(key: string): string {
  return 'SITREP_' + key.replace(/[A-Z]/g, (c) => '_' + c).toUpperCase();
}

/** Builds the configuration from defaults, the environment and explicit overrides; throws on bad values. */
export function loadConfig(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const out: Record<string, unknown> = {};
  for (const [key, t] of Object.entries(TUNABLES) as [string, Tunable<unknown>][]) {
    let v: unknown = t.value;
    let given: unknown = t.value;
    const fromEnv = env[envName(key)];
    if (fromEnv !== undefined && fromEnv !== '') {
      given = fromEnv;
      v = typeof t.value === 'number' ? Number(fromEnv) : fromEnv;
    }
    if ((overrides as Record<string, unknown>)[key] !== undefined) given = v = (overrides as Record<string, unknown>)[key];
    const where = `${key} (${envName(key)})`;
    if (t.choices && !t.choices.includes(v)) {
      throw new Error(`config: ${where} is "${String(v)}"; valid choices are ${t.choices.join(', ')}`);
    }
    if (typeof t.value === 'number') {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`config: ${where} must be a number, got "${String(given)}"`);
      if ((t.min !== undefined && v < t.min) || (t.max !== undefined && v > t.max)) {
        throw new Error(`config: ${where} is ${v}; it must be between ${t.min} and ${t.max}`);
      }
    }
    out[key] = v;
  }
  return out as Config;
}
