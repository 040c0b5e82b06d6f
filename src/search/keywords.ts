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
const STOP = new Set([
  '本报讯', '记者', '通讯员', '本报记者', '同时', '进一步', '今年', '去年', '目前', '一是', '二是', '三是', '四是', '五是', '六是', '据悉', '据了解',
  '表示', '要求', '强调', '指出', '全面', '积极', '工作', '开展', '推进', '加强', '相关', '负责人', '有限公司', '实现', '活动',
  // Adverbs and words for "this district / the whole county" that papers write in every report.
  '必须', '更加', '不断', '持续', '切实', '认真', '努力', '大力', '深入', '扎实', '确保', '围绕', '进行', '已经', '通过', '坚持', '提升', '推动',
  '该区', '该县', '该市', '该镇', '全区', '全县', '全市', '全镇', '各项', '一批', '有关', '部门', '单位', '我们', '他们', '一个', '图为',
]);

/** Common surnames: a two-character word opening with one may be a name jieba cut short (`李明` of `李明远`). */
const SURNAME = /^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]/;

/**
 * A name jieba cut short is no tag: a two-character word opening with a surname
 * that, every time it occurs (twice at least), the same character follows
 * (`李明` in `李明远`), is taken whole.
 */
function whole(word: string, text: string): string {
  if (word.length !== 2 || !SURNAME.test(word)) return word;
  let next: string | null = null;
  let seen = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const c = text[at + word.length] ?? '';
    if (!/[\u3400-\u9fff]/.test(c) || (next !== null && c !== next)) return word;
    next = c;
    seen++;
  }
  return next !== null && seen >= 2 ? word + next : word;
}

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
      .map((w) => whole(w.word, a.text))
      .filter((w) => USEFUL.test(w) && !STOP.has(w));
    out.set(a.id, [...new Set(words)].slice(0, topN));
  }
  return out;
}
