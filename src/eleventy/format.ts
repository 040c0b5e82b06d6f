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

/**
 * A citation in GB/T 7714-2015 form for a newspaper article:
 * `周文涛. 标题[N]. 报纸名, 2019-05-09(1).`
 */
export function citation(a: ArchiveArticle, paper: string): string {
  const authors = a.people.filter((p) => p.role !== 'photographer').map((p) => p.name);
  const who = authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
  const date = a.issueDate ?? a.date ?? '';
  return `${who ? `${who}. ` : ''}${a.title}[N]. ${paper}, ${date}(${a.pageNumber}).`;
}
