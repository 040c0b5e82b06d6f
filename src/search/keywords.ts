/**
 * Keywords per article by TF-IDF (nodejieba), shown as tags and given to search
 * as metadata. nodejieba is loaded here and nowhere else: its dictionary takes a
 * second and a half to load once per process and it leaves globals behind.
 * Names from the archive's bylines are added to its dictionary first, so that a
 * reporter's name is one word (`周文涛`, not `周文` + `涛`).
 */
import { createRequire } from 'node:module';

interface Jieba {
  load(files?: { dict?: string; idfDict?: string }): void;
  insertWord(word: string, tag?: string): boolean;
  extract(sentence: string, topN: number): Array<{ word: string; weight: number }>;
  DEFAULT_DICT: string;
  DEFAULT_IDF_DICT: string;
}

let jieba: Jieba | null = null;
let loaded = false;
function nodejieba(): Jieba {
  jieba ??= createRequire(import.meta.url)('nodejieba') as Jieba;
  return jieba;
}

/** Where the whole dictionaries are: the word list and the idf list (`dictionary.ts` cuts them). */
export function dictionaryFiles(): { dict: string; idf: string } {
  const j = nodejieba();
  return { dict: j.DEFAULT_DICT, idf: j.DEFAULT_IDF_DICT };
}

/**
 * Loads jieba's dictionaries: the whole ones, or others in their place (cut to
 * the texts at hand); the others (HMM model, stop words) are always jieba's own.
 */
export function loadDictionary(files?: { dict: string; idf: string }): void {
  nodejieba().load(files ? { dict: files.dict, idfDict: files.idf } : undefined);
  loaded = true;
}

/** Words that TF-IDF ranks high in news prose but that say nothing of a topic. */
const STOP = new Set(['本报讯', '记者', '通讯员', '本报记者', '同时', '进一步', '今年', '去年', '目前', '一是', '二是', '三是', '四是', '五是', '六是', '据悉', '据了解', '表示', '要求', '强调', '指出', '全面', '积极', '工作', '开展', '推进', '加强', '相关', '负责人', '有限公司', '实现', '活动']);
const USEFUL = /^[\u3400-\u9fff]{2,8}$/;

export interface KeywordInput {
  id: string;
  text: string;
}

/**
 * @param names people's names from bylines, added to the dictionary
 * @param topN keywords per article
 */
export function extractKeywords(articles: KeywordInput[], names: string[], topN = 5): Map<string, string[]> {
  if (!loaded) loadDictionary();
  const j = nodejieba();
  for (const n of names) j.insertWord(n, 'nr');
  const out = new Map<string, string[]>();
  for (const a of articles) {
    const words = j
      .extract(a.text, topN * 3)
      .map((w) => w.word)
      .filter((w) => USEFUL.test(w) && !STOP.has(w));
    out.set(a.id, words.slice(0, topN));
  }
  return out;
}
