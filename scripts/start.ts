/** `npm start [-- --port 8080 …build options]`: builds the archive from seeds/ and serves it. */
import { cliOptions, runBuild, runServe } from './lib/commands.ts';

const argv = process.argv.slice(2);
const built = await runBuild(argv);
if (built) await runServe(built.out, Number(cliOptions(argv).port), built.base);
