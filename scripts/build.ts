/**
 * `npm run build [-- options]` (`--help` lists them)
 * Builds the archive into _site/ and prints a one-line summary; exits non-zero on a real failure.
 */
import { runBuild } from './lib/commands.ts';

await runBuild(process.argv.slice(2));
