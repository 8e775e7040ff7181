// `sitrep unmerge EVENT MENTION` splits a wrong merge (the split is remembered as a cannot-link
// pair); `sitrep resolve --rebuild` clusters and merges every stored article again.
import type { Command } from 'commander';
import { unmerge } from '../resolve/unmerge.ts';
import { rebuildResolution } from '../resolve/rebuild.ts';
import { withDbOption, withStore } from './options.ts';

export function registerResolve(program: Command): void {
  withDbOption(program.command('unmerge').description('split a mention out of a canonical event; it never merges back').argument('<event-id>').argument('<mention-id>'))
    .option('--reason <text>', 'why the merge was wrong', 'split by user')
    .action(async (eventId: string, mentionId: string, opts) => {
      await withStore(opts, async (store) => {
        const { rest, split } = await unmerge(store, eventId, mentionId, opts.reason);
        console.log(`split ${mentionId} into ${split.id}; ${rest.id} keeps ${rest.mentionIds.length} mention(s)`);
      });
    });

  withDbOption(program.command('resolve').description('story clustering and event merging over stored articles'))
    .option('--rebuild', 'forget stories and canonical events and resolve every stored article again (user splits are kept)')
    .action(async (opts) => {
      if (!opts.rebuild) throw new Error('resolve: articles are resolved as they are ingested; pass --rebuild to redo every one');
      await withStore(opts, async (store) => {
        const t0 = performance.now();
        const n = await rebuildResolution(store);
        console.error(`resolve: ${n} articles resolved in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      });
    });
}
