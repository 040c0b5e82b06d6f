/**
 * Keywords (nodejieba) in a worker thread, beside the main thread's work. Its
 * dictionary is loaded one of two ways:
 * - whole, as soon as the worker starts, when many pages are to be parsed: a
 *   second or more of a core, while the main thread parses them;
 * - cut to the texts it is sent (`dictionary.ts`), when they are a few pages'
 *   articles: the same keywords, for a tenth of the work.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { cutDictionaries, readDictionaries, type WholeDictionaries } from '../../src/search/dictionary.ts';
import { dictionaryFiles, extractKeywords, loadDictionary, type KeywordInput } from '../../src/search/keywords.ts';
import { moduleWorker } from './worker.ts';

interface Request {
  articles: KeywordInput[];
  names: string[];
}

export interface KeywordsWorker {
  extract(articles: KeywordInput[], names: string[]): Promise<Map<string, string[]>>;
  /** Stops the worker (after `extract`, or when the build fails before it). */
  stop(): Promise<void>;
}

/**
 * Starts the worker; with `whole`, its loading of the whole dictionary too.
 * Without, the dictionary is cut to the articles `extract` is given.
 */
export function startKeywords({ whole }: { whole: boolean }): KeywordsWorker {
  const worker = moduleWorker('keywords-worker', { keywords: true, whole });
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

/** The whole dictionaries read and counted (`readDictionaries`), before the texts to cut them to are known. */
export async function readWhole(): Promise<WholeDictionaries | null> {
  const files = dictionaryFiles();
  const [dict, idf] = await Promise.all([readFile(files.dict, 'utf8'), readFile(files.idf, 'utf8')]);
  return readDictionaries({ dict, idf });
}

/**
 * Loads the dictionaries cut to the articles' texts, written to a temporary
 * folder for jieba to read; the whole ones where a cut would change a keyword.
 */
export async function loadCut(whole: WholeDictionaries | null, articles: KeywordInput[]): Promise<'cut' | 'whole'> {
  const cut = whole && cutDictionaries(whole, articles.map((a) => a.text));
  if (!cut) {
    loadDictionary();
    return 'whole';
  }
  const dir = await mkdtemp(join(tmpdir(), 'baoku-jieba-'));
  try {
    const paths = { dict: join(dir, 'jieba.dict.utf8'), idf: join(dir, 'idf.utf8') };
    await Promise.all([writeFile(paths.dict, cut.dict), writeFile(paths.idf, cut.idf)]);
    loadDictionary(paths);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return 'cut';
}

if (!isMainThread && parentPort && (workerData as { keywords?: boolean })?.keywords) {
  const port = parentPort;
  const { whole } = workerData as { whole: boolean };
  // Now, before any article arrives: the whole dictionary loaded, or read to be cut.
  if (whole) loadDictionary();
  const read = whole ? null : readWhole();
  read?.catch(() => {}); // its failure is reported with the request
  port.once('message', async (req: Request) => {
    try {
      if (read) await loadCut(await read, req.articles);
      port.postMessage({ result: [...extractKeywords(req.articles, req.names)] });
    } catch (err) {
      port.postMessage({ error: (err as Error).message });
    }
  });
}
