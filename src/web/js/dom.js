// DOM building without HTML strings: every piece of text goes in as a text node, so nothing an
// article says can become markup or script.

/**
 * h('a', {href, class, onclick}, 'text', childNode, [more]) → element. Attributes named on* take
 * functions; everything else is set with setAttribute; strings and numbers become text nodes.
 */
export function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith('svg:') ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    // CSSOM, not the style attribute: the page's CSP forbids inline style attributes.
    else if (k === 'style') el.style.cssText = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export const svg = (tag, attrs, ...children) => h('svg:' + tag, attrs, ...children);

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export const fmtInt = (n) => (n ?? 0).toLocaleString('en-GB');

/** A date as analysts write it: 15 Apr 2024; yearless "--04-15" as "15 Apr (year unknown)". */
export function fmtDate(iso) {
  if (!iso) return '—';
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  let m = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${Number(m[2])} ${months[Number(m[1]) - 1]} (year unknown)`;
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1];
  if (!m[3]) return `${months[Number(m[2]) - 1]} ${m[1]}`;
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

export function fmtRange(date) {
  if (!date) return 'date unknown';
  const s = fmtDate(date.start);
  const e = fmtDate(date.end);
  return !date.start ? `until ${e}` : !date.end || s === e ? s : `${s} – ${e}`;
}

export const eventHref = (id) => `#/event/${encodeURIComponent(id)}`;
export const articleHref = (id) => `#/article/${encodeURIComponent(id)}`;
export const actorHref = (id) => `#/actor/${encodeURIComponent(id)}`;
export const storyHref = (id) => `#/story/${encodeURIComponent(id)}`;

export function message(text, kind = 'info') {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
