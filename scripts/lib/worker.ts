/**
 * A worker thread running one of this project's TypeScript modules. A worker
 * does not inherit the `--import tsx` of its process: it registers tsx itself,
 * then loads the module, which reads `workerData` and talks on `parentPort`.
 */
import { Worker } from 'node:worker_threads';

export function tsWorker(moduleUrl: string, workerData: unknown): Worker {
  const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(moduleUrl)}); })`;
  return new Worker(boot, { eval: true, workerData });
}
