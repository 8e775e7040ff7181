// Fetching one URL with the limits a batch needs: our own redirect loop (so the count is ours and
// the final URL is known), one deadline for the whole exchange, and a size cap while streaming.

export interface FetchLimits {
  fetchTimeoutMs: number;
  fetchMaxBytes: number;
  fetchMaxRedirects: number;
  fetchImpl?: typeof fetch;
}

export interface Fetched {
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
}

/** A refusal of ours (status, size, redirects), as opposed to a network failure whose cause we unwrap. */
class Refusal extends Error {}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Identifies us to publishers; some refuse requests without a user agent. */
const USER_AGENT = 'Sitrep/0.1 (news event extraction; +https://github.com/sitrep)';
/** Pages and feeds first; anything else is accepted and judged by its bytes. */
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** The reason a fetch failed, on one line: the socket error under undici's generic "fetch failed". */
function networkReason(err: unknown): string {
  let e: unknown = err;
  // undici wraps the real cause (ECONNREFUSED, ENOTFOUND, certificate errors…) in "fetch failed".
  while (e instanceof Error && e.message === 'fetch failed' && e.cause) e = e.cause;
  const msg = e instanceof Error ? e.message : String(e);
  return msg.replace(/\s+/g, ' ').trim() || 'network error';
}

async function readCapped(res: Response, maxBytes: number, onTooLarge: () => void): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      onTooLarge();
      await reader.cancel().catch(() => {});
      throw new Refusal(`too large: over ${maxBytes} bytes (limit ${maxBytes})`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Fetches a URL's body; throws an Error whose message is a one-line reason. */
export async function fetchBytes(url: string, limits: FetchLimits): Promise<Fetched> {
  const doFetch = limits.fetchImpl ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.fetchTimeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      if (!URL.canParse(current)) throw new Refusal('not an absolute http(s) URL');
      const protocol = new URL(current).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') throw new Refusal(`unsupported URL scheme "${protocol}" (at ${current})`);
      const res = await doFetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': USER_AGENT, accept: ACCEPT },
      });
      if (REDIRECT_STATUSES.has(res.status)) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get('location');
        if (!location) throw new Refusal(`HTTP ${res.status} redirect without a Location header`);
        if (hop >= limits.fetchMaxRedirects) throw new Refusal(`too many redirects (more than ${limits.fetchMaxRedirects})`);
        current = new URL(location, current).href;
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel().catch(() => {});
        throw new Refusal(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limits.fetchMaxBytes) {
        await res.body?.cancel().catch(() => {});
        throw new Refusal(`too large: ${declared} bytes (limit ${limits.fetchMaxBytes})`);
      }
      const bytes = await readCapped(res, limits.fetchMaxBytes, () => controller.abort());
      return { finalUrl: current, status: res.status, contentType: res.headers.get('content-type'), bytes };
    }
  } catch (err) {
    if (timedOut) throw new Error(`timed out after ${limits.fetchTimeoutMs} ms`);
    if (err instanceof Refusal) throw err;
    throw new Error(networkReason(err));
  } finally {
    clearTimeout(timer);
  }
}
