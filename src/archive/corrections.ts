/**
 * Corrections a person makes by hand, kept in a file beside the seeds
 * (`corrections.yaml`), reviewed like code and applied at every build, keyed by
 * the articles' stable ids:
 *
 * ```yaml
 * - id: 0nnsq7sz078
 *   headline: { main: 春风化雨润民心 同心共筑幸福路 }
 *   date: 2019-05-08
 *   byline: { reporters: [周文涛] }
 *   note: 标题据原报校正
 * - merge: [1ogimgc60u1, 228cc3ul40x]       # the later articles join the first
 * - split: 0rni111uxc9                        # a second article starts at this paragraph
 *   before: 会上，项目设计单位
 *   headline: { main: 另一篇的标题 }
 * ```
 *
 * A correction whose target no longer exists is reported, never dropped in silence.
 */
import { z } from 'zod';
import { Headline, IsoDate, type Article, type Page } from '../model.ts';
import { articleId } from '../parse/id.ts';

const Note = z.string().optional();

export const Fix = z.object({
  id: z.string(),
  headline: Headline.nullable().optional(),
  date: IsoDate.nullable().optional(),
  kind: z.enum(['news', 'feature', 'photo']).optional(),
  byline: z
    .object({
      reporters: z.array(z.string()).optional(),
      correspondents: z.array(z.string()).optional(),
      photographers: z.array(z.string()).optional(),
    })
    .optional(),
  note: Note,
}).strict();

export const Merge = z.object({ merge: z.array(z.string()).min(2), note: Note }).strict();

export const Split = z.object({
  split: z.string(),
  /** The start of the paragraph where the second article begins. */
  before: z.string().min(1),
  headline: Headline.nullable().optional(),
  note: Note,
}).strict();

export const Correction = z.union([Fix, Merge, Split]);
export type Correction = z.infer<typeof Correction>;
export const Corrections = z.array(Correction);

export interface CorrectionProblem {
  index: number;
  message: string;
}

const noteOf = (c: { note?: string | undefined }, fallback: string) => c.note ?? fallback;

function addNote(a: Article, note: string): Article {
  return { ...a, corrections: [...(a.corrections ?? []), note] };
}

/**
 * Applies corrections to parsed pages, in file order.
 * @returns the corrected pages, what could not be applied, and the pages (by
 * `source`) a correction changed: their articles are no longer what their text
 * alone gives
 */
export function applyCorrections(pages: Page[], corrections: Correction[]): { pages: Page[]; problems: CorrectionProblem[]; changed: Set<string> } {
  let out = pages.map((p) => ({ ...p, articles: [...p.articles] }));
  const problems: CorrectionProblem[] = [];
  const changed = new Set<string>();
  const find = (id: string) => {
    for (const p of out) {
      const i = p.articles.findIndex((a) => a.id === id);
      if (i >= 0) return { page: p, i };
    }
    return null;
  };
  corrections.forEach((c, index) => {
    if ('id' in c) {
      const at = find(c.id);
      if (!at) return problems.push({ index, message: `no article ${c.id} to correct` });
      let a = at.page.articles[at.i] as Article;
      if (c.headline !== undefined) a = { ...a, headline: c.headline };
      if (c.date !== undefined) a = { ...a, date: c.date };
      if (c.kind !== undefined) a = { ...a, kind: c.kind };
      if (c.byline) {
        const { reporters, correspondents, photographers } = c.byline;
        a = {
          ...a,
          byline: {
            ...a.byline,
            ...(reporters ? { reporters } : {}),
            ...(correspondents ? { correspondents } : {}),
            ...(photographers ? { photographers } : {}),
          },
        };
      }
      at.page.articles[at.i] = addNote(a, noteOf(c, '本文经编辑更正'));
      changed.add(at.page.source);
    } else if ('merge' in c) {
      const found = c.merge.map(find);
      const missing = c.merge.filter((_, k) => !found[k]);
      if (missing.length) return problems.push({ index, message: `no article ${missing.join(', ')} to merge` });
      const [first, ...rest] = found as Array<{ page: Page; i: number }>;
      if (!first) return undefined;
      let a = first.page.articles[first.i] as Article;
      for (const r of rest) {
        const b = r.page.articles[r.i] as Article;
        a = { ...a, body: [...a.body, ...b.body], source: { ...a.source, end: Math.max(a.source.end, b.source.end), spans: [...a.source.spans, ...b.source.spans] } };
      }
      first.page.articles[first.i] = addNote(a, noteOf(c, '本文由几段合并而成'));
      for (const f of found) if (f) changed.add(f.page.source);
      const drop = new Set(c.merge.slice(1));
      out = out.map((p) => ({ ...p, articles: p.articles.filter((x) => !drop.has(x.id)) }));
    } else {
      const at = find(c.split);
      if (!at) return problems.push({ index, message: `no article ${c.split} to split` });
      const a = at.page.articles[at.i] as Article;
      const k = a.body.findIndex((b, n) => n > 0 && b.text.startsWith(c.before));
      if (k < 0) return problems.push({ index, message: `article ${c.split} has no paragraph after the first that starts with “${c.before}”` });
      const note = noteOf(c, '本文由编辑拆分');
      const firstPart = addNote({ ...a, body: a.body.slice(0, k) }, note);
      const body = a.body.slice(k);
      const second: Article = addNote(
        {
          ...a,
          id: articleId(a.kind, body.map((b) => b.text).join('\n')),
          headline: c.headline ?? null,
          body,
          byline: { reporters: [], correspondents: [], photographers: [], text: '' },
        },
        note,
      );
      at.page.articles.splice(at.i, 1, firstPart, second);
      changed.add(at.page.source);
    }
    return undefined;
  });
  return { pages: out, problems, changed };
}
