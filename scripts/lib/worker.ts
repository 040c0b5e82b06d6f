/**
 * A worker thread running one of this project's modules (`scripts/lib/<name>.ts`),
 * which reads `workerData` and talks on `parentPort`.
 *
 * Run from the sources (under tsx), the worker registers tsx itself — a worker
 * does not inherit the `--import tsx` of its process — then loads the module;
 * run from the bundles (`scripts/run.mjs`), it loads the module's own bundle,
 * `<name>.js`, beside the one running (a new worker module goes into
 * `run.mjs`'s `WORKERS`, so that it is bundled).
 */
import { Worker } from 'node:worker_threads';

export function moduleWorker(name: string, workerData: unknown): Worker {
  const here = import.meta.url; // scripts/lib/worker.ts, or the bundle this code was bundled into
  if (here.endsWith('.ts')) {
    const url = new URL(`./${name}.ts`, here).href;
    const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url)}); })`;
    return new Worker(boot, { eval: true, workerData });
  }
  return new Worker(new URL(`./${name}.js`, here), { workerData });
}
