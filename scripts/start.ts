/** `npm start [-- --port 8080 …build options]`: builds the archive from seeds/ and serves it. */
import { cliOptions, runBuild, runServe } from './lib/commands.ts';

const argv = process.argv.slice(2);
const port = Number(cliOptions(argv).port);
// A preview's links point where it is served, unless the site's own address is given.
const built = await runBuild(argv, `http://localhost:${port}`);
if (built) await runServe(built.out, port, built.base);
