// The JSON API, same origin. Errors carry the server's message (which names the bad parameter).
import { message } from './dom.js';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function api(path, params, init) {
  const res = await fetch(`/api/${path}${query(params)}`, init);
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError(res.status, typeof body === 'object' ? body : { message: body });
  return body;
}

/** Renders a failed request in place of the view, with the server's explanation. */
export function failure(err) {
  return message(err instanceof ApiError ? `${err.status === 404 ? 'Not found' : 'Request failed'}: ${err.message}` : String(err), 'error');
}

let metaPromise = null;
/** Event types, labels and groups, and store counts; fetched once per page load. */
export const meta = () => (metaPromise ??= api('meta'));
