/**
 * Small pure helpers the templates use to say things the way Chinese readers
 * expect: dates, kinds, roles, citations.
 */
import type { ArchiveArticle, Role } from '../archive/index.ts';
import type { ArticleKind } from '../model.ts';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** @example zhDate('2019-05-08') // '2019年5月8日' */
export function zhDate(iso: string | null | undefined): string {
  if (!iso) return '日期不详';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** @example zhWeekday('2018-09-17') // '星期一' */
export function zhWeekday(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `星期${WEEKDAYS[new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay()]}`;
}

export const KIND_LABEL: Record<ArticleKind, string> = { news: '消息', feature: '通讯', photo: '图片' };
export const ROLE_LABEL: Record<Role, string> = { reporter: '记者', correspondent: '通讯员', photographer: '摄影' };

/** 第1版, or 第1版 · 滨河区 when the page has a name. */
export const pageLabel = (n: number, name?: string | null): string => `第${n}版${name ? ` · ${name}` : ''}`;

/** What a citation needs beside the article: where it is read and how sure its date and page are. */
export interface CiteContext {
  /** The paper's name; null where neither the page, its file nor the site's configuration gives one. */
  paper: string | null;
  /** The article's absolute address, where the site's is known: the citation is then of an online newspaper ([N/OL]). */
  url: string | null;
  /** The issue date was inferred from the text, not printed or given. */
  dateInferred: boolean;
  /** The page number was printed or given (else it is the page's place among the files, and not cited). */
  pageStated: boolean;
}

/** The citation and what a reader must know of it (said beside it, never hidden in it). */
export interface Citation {
  /** GB/T 7714-2015: `作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. URL.` */
  text: string;
  notes: string[];
  bibtex: string;
  ris: string;
}

/** Filled in by the reader's browser with the day it is read (GB/T 7714's 引用日期 is the reader's, not the build's). */
export const ACCESS_DATE = '引用日期';

/**
 * A citation in GB/T 7714-2015 form for a newspaper article, online where the
 * site's address is known:
 * `周文涛. 标题[N/OL]. 报纸名, 2019-05-09(1)[引用日期]. https://…/.`
 * A title derived from the lead, an inferred date and an unknown page are said in
 * the notes, and the title is marked `［原文无标题］`.
 */
export function citation(a: ArchiveArticle, c: CiteContext): Citation {
  const authors = a.people.filter((p) => p.role !== 'photographer').map((p) => p.name);
  const who = authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
  const date = a.issueDate ?? a.date ?? '';
  const title = a.titleDerived ? `［原文无标题］${a.title}` : a.title;
  const paper = c.paper ?? '［报纸名不详］';
  const page = c.pageStated ? `(${a.pageNumber})` : '';
  const online = c.url ? `[N/OL]` : '[N]';
  const text = `${who ? `${who}. ` : ''}${title}${online}. ${paper}, ${date}${page}${c.url ? `[${ACCESS_DATE}]. ${c.url}` : ''}.`;
  const notes: string[] = [];
  if (a.titleDerived) notes.push('原文无标题：题名取自导语开头。');
  if (c.dateInferred) notes.push('出版日期由正文推断，版面未印日期，请核对。');
  if (!c.pageStated) notes.push('版次未知：文件未写明，未列入引文。');
  if (!c.paper) notes.push('报纸名不详：档案未写明本版所属报纸。');
  const year = date.slice(0, 4);
  const bibtex = [
    `@article{baoku-${a.id},`,
    ...(authors.length ? [`  author = {${authors.join(' and ')}},`] : []),
    `  title = {${a.title}},`,
    `  journal = {${c.paper ?? ''}},`,
    ...(date ? [`  date = {${date}},`, `  year = {${year}},`] : []),
    ...(c.pageStated ? [`  pages = {${a.pageNumber}},`] : []),
    ...(c.url ? [`  url = {${c.url}},`] : []),
    ...(notes.length ? [`  note = {${notes.join(' ')}},`] : []),
    '  langid = {chinese}',
    '}',
  ].join('\n');
  const ris = [
    'TY  - NEWS',
    ...authors.map((n) => `AU  - ${n}`),
    `TI  - ${a.title}`,
    ...(c.paper ? [`T2  - ${c.paper}`] : []),
    ...(date ? [`DA  - ${date.replace(/-/g, '/')}`, `PY  - ${year}`] : []),
    ...(c.pageStated ? [`SP  - ${a.pageNumber}`] : []),
    ...(c.url ? [`UR  - ${c.url}`] : []),
    ...notes.map((n) => `N1  - ${n}`),
    'LA  - zh',
    'ER  - ',
  ].join('\n');
  return { text, notes, bibtex, ris };
}
