// Teaser lists: the "other stories" blocks that close many pages. Their shape is a headline
// (often printed twice: once as the image's link, once as the title link), then a one- or
// two-sentence blurb, often cut off with an ellipsis.
import type { Block } from './text.ts';

/** Headlines are short… */
const HEADLINE_MAX_CHARS = 160;
/** …and have a few words at least. */
const HEADLINE_MIN_WORDS = 2;
/** Teaser blurbs are cut to a sentence or two. */
const BLURB_MAX_CHARS = 400;

/** A line that reads as a headline: short, starts with a capital or digit, no closing full stop. */
export function isTeaserHeadline(t: string): boolean {
  if (t.length > HEADLINE_MAX_CHARS) return false;
  if (/[.,;:…]$/.test(t)) return false;
  if (!/^[\p{Lu}\p{N}"'“‘]/u.test(t)) return false;
  return t.split(/\s+/).length >= HEADLINE_MIN_WORDS;
}

/** A blurb: short, or cut off with an ellipsis. */
function isBlurb(t: string): boolean {
  return t.length <= BLURB_MAX_CHARS || /(…|\.\.\.)$/.test(t);
}

/**
 * Indices of teaser entries: a headline repeated on the next paragraph, and the blurb after it
 * when there is one. Each entry is returned as one run.
 */
export function teaserRuns(blocks: Block[]): number[][] {
  const runs: number[][] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const t = blocks[i].text;
    if (!isTeaserHeadline(t) || blocks[i + 1].text !== t) continue;
    const run = [i, i + 1];
    const next = blocks[i + 2];
    if (next && !isTeaserHeadline(next.text) && isBlurb(next.text)) run.push(i + 2);
    runs.push(run);
    i = run[run.length - 1];
  }
  return runs;
}
