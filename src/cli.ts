// The `sitrep` command line. Each command lives in src/cli/<command>.ts and registers itself here.
import { Command } from 'commander';
import { registerIngest } from './cli/ingest.ts';
import { registerArticles } from './cli/articles.ts';
import { registerClean } from './cli/clean.ts';
import { registerAnnotate } from './cli/annotate.ts';
import { registerExtract } from './cli/extract.ts';
import { registerEvents } from './cli/events.ts';
import { registerStories } from './cli/stories.ts';
import { registerResolve } from './cli/resolve.ts';
import { registerExport } from './cli/export.ts';
import { registerBrief } from './cli/brief.ts';
import { registerServe } from './cli/serve.ts';

// `sitrep events | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command();
program
  .name('sitrep')
  .description('Sourced, deduplicated, geocoded event data from conflict and security news')
  .showHelpAfterError();

registerIngest(program);
registerArticles(program);
registerClean(program);
registerAnnotate(program);
registerExtract(program);
registerEvents(program);
registerStories(program);
registerResolve(program);
registerExport(program);
registerBrief(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`sitrep: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
