// Runs of capitalised words ("Collective Security Treaty Organization", "Bank of England"): every
// token of a run sees the run's first and last word, so a name's head noun ("Organization",
// "Party", "FC") types all of it, however far ahead it sits.

/** Lowercase words allowed inside a run between capitalised words ("Bank of England"). */
const GLUE = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'al', 'el', 'on', '&']);
/** Longest run considered; longer ones are headlines or title-case lists, not one name. */
export const MAX_RUN = 8;

/** Head nouns that end organisation names: a curated prior for heads rare in the training data. */
export const ORG_HEADS = new Set(
  (
    'inc inc. corp corp. corporation co co. ltd ltd. llc plc ag sa gmbh group holdings company companies ' +
    'party council ministry ministries department university college institute institution school academy ' +
    'fc united club bank agency organization organisation association federation union league committee ' +
    'commission authority office bureau board foundation fund trust society network service services ' +
    'airlines airways railways police army navy force forces guard brigade brigades front movement ' +
    'alliance coalition congress parliament assembly senate court tribunal times post news press tv radio ' +
    'television journal herald telegraph broadcasting church mission hospital center centre team'
  ).split(' '),
);

const isCapitalised = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && w[0] !== w[0].toLowerCase());
};

/**
 * For each token in a run of two or more capitalised words (glue words allowed between them),
 * writes the run's first and last token index; -1 for tokens outside such runs.
 */
export function capitalisedRuns(tokens: readonly string[], n: number, first: Int32Array, last: Int32Array): void {
  first.fill(-1, 0, n);
  last.fill(-1, 0, n);
  let i = 0;
  while (i < n) {
    if (!isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j - i + 1 < MAX_RUN) {
      if (j + 1 < n && isCapitalised(tokens[j + 1])) j++;
      else if (j + 2 < n && GLUE.has(tokens[j + 1]) && isCapitalised(tokens[j + 2])) j += 2;
      else break;
    }
    if (j > i) for (let k = i; k <= j; k++) (first[k] = i), (last[k] = j);
    i = j + 1;
  }
}
