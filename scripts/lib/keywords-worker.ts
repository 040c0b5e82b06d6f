/**
 * Keywords (nodejieba) in a worker thread: it loads jieba's dictionary (a second
 * or more) as soon as it starts, while the main thread goes on parsing the
 * pages, and then extracts the keywords it is sent.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { extractKeywords, type KeywordInput } from '../../src/search/keywords.ts';
import { tsWorker } from './worker.ts';

interface Request {
  articles: KeywordInput[];
  names: string[];
}

export interface KeywordsWorker {
  extract(articles: KeywordInput[], names: string[]): Promise<Map<string, string[]>>;
  /** Stops the worker (after `extract`, or when the build fails before it). */
  stop(): Promise<void>;
}

/** Starts the worker, and with it jieba's loading. */
export function startKeywords(): KeywordsWorker {
  const worker = tsWorker(import.meta.url, { keywords: true });
  let failure: Error | null = null;
  worker.once('error', (err) => (failure = err));
  return {
    extract(articles, names) {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        worker.once('message', (m: { result: Array<[string, string[]]> } | { error: string }) => {
          if ('error' in m) reject(new Error(`keywords: ${m.error}`));
          else resolve(new Map(m.result));
        });
        worker.once('error', reject);
        worker.postMessage({ articles, names } satisfies Request);
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort && (workerData as { keywords?: boolean })?.keywords) {
  const port = parentPort;
  extractKeywords([], []); // loads the dictionary now, before any article arrives
  port.once('message', (req: Request) => {
    try {
      port.postMessage({ result: [...extractKeywords(req.articles, req.names)] });
    } catch (err) {
      port.postMessage({ error: (err as Error).message });
    }
  });
}
