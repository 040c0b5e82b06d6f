/** `npm run serve [-- --port 8080 --base /archive/ --out DIR]`: serves a built _site/. */
import { join } from 'node:path';
import { ROOT } from './lib/build.ts';
import { options } from './lib/cli.ts';
import { runServe } from './lib/commands.ts';

const usage = `npm run serve -- [options]   serves the site \`npm run build\` wrote

  --port N      the port (default 8080; or PORT)
  --base PATH   the path it is served under, as it was built with --base (or BASE_PATH)
  --out DIR     the built site (default _site/; or OUT)`;
const { values } = options(usage, {
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    out: { type: 'string', default: process.env.OUT ?? join(ROOT, '_site') },
  },
});
await runServe(values.out, Number(values.port), values.base);
