/** `npm run serve [-- --port 8080 --base /archive/ --out DIR]`: serves a built _site/. */
import { join } from 'node:path';
import { normalizeBase, ROOT } from './lib/build.ts';
import { options } from './lib/cli.ts';
import { serve } from './lib/static-server.ts';

export async function runServe(out: string, port: number, base: string): Promise<void> {
  const b = normalizeBase(base);
  let server;
  try {
    server = await serve({ root: out, port, base: b });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    console.error(`serve failed: port ${port} is in use; try --port ${port + 1} (or PORT=${port + 1})`);
    process.exitCode = 1;
    return;
  }
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`serving ${out} at http://localhost:${actual}${b}  (Ctrl+C to stop)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
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
}
