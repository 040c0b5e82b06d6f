/**
 * The page model: what the parser produces for one seed page, and the contract
 * that the archive, the templates and the scorer read. Defined once, checked
 * with zod where data enters the build.
 */
import { z } from 'zod';

/** A 1-based, inclusive range of seed lines. */
export const LineSpan = z.tuple([z.number().int().positive(), z.number().int().positive()]);
export type LineSpan = z.infer<typeof LineSpan>;

/** A day of the calendar as `YYYY-MM-DD`: `2020-13-45` and `2020-02-30` are refused, never rolled over. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  }, 'no such day in the calendar');

export const Block = z.object({
  type: z.enum(['paragraph', 'heading']),
  text: z.string().min(1),
});
export type Block = z.infer<typeof Block>;

/** 引题 / 主题 / 副题. Absent parts are omitted. Line breaks inside a part are kept as printed. */
export const Headline = z.object({
  kicker: z.string().min(1).optional(),
  main: z.string().min(1),
  sub: z.string().min(1).optional(),
});
export type Headline = z.infer<typeof Headline>;

export const Byline = z.object({
  reporters: z.array(z.string()),
  correspondents: z.array(z.string()),
  photographers: z.array(z.string()),
  /** The byline as printed (the lead's parenthesis, a feature's byline line, a photo credit). */
  text: z.string(),
});
export type Byline = z.infer<typeof Byline>;

export const ArticleKind = z.enum(['news', 'feature', 'photo']);
export type ArticleKind = z.infer<typeof ArticleKind>;

export const SourceRef = z.object({
  file: z.string(),
  /** First and last seed line of everything the article holds (headline included). */
  start: z.number().int().positive(),
  end: z.number().int().positive(),
  /** The exact line ranges, in order; a feature interrupted by a photo has two. */
  spans: z.array(LineSpan).min(1),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const Article = z.object({
  /** Stable id: a hash of the article's own text, never of its position or of pinyin. */
  id: z.string().regex(/^[a-z0-9]+$/),
  kind: ArticleKind,
  headline: Headline.nullable(),
  byline: Byline,
  date: IsoDate.nullable(),
  dateEnd: IsoDate.optional(),
  body: z.array(Block),
  /** A photo group's shared title (组图标题), printed apart from each caption. */
  groupTitle: z.string().optional(),
  source: SourceRef,
  /** Why the article starts and ends where it does: `parse --explain` asks for it. */
  why: z.array(z.string()).optional(),
  /**
   * Why the parser is not sure of this article (`no lead or byline`, `headline placement guessed`,
   * `merged columns`, …); absent when it is. The build lists doubtful articles with file and line.
   */
  doubts: z.array(z.string()).optional(),
  /** Notes of the corrections a person made to this article (corrections file). */
  corrections: z.array(z.string()).optional(),
});
export type Article = z.infer<typeof Article>;

export const TextRef = z.object({ text: z.string(), line: z.number().int().positive() });
export type TextRef = z.infer<typeof TextRef>;

/** Text kept out of the articles, with why, in Chinese: readers see it on the page view (`与前文段落逐字重复`). */
export const Dropped = TextRef.extend({ reason: z.string() });
export type Dropped = z.infer<typeof Dropped>;

export const Warning = z.object({ message: z.string(), line: z.number().int().nonnegative() });
export type Warning = z.infer<typeof Warning>;

export const IssueDateSource = z.enum(['header', 'metadata', 'inferred']).nullable();
export type IssueDateSource = z.infer<typeof IssueDateSource>;

/** What the page's own header or footer prints: `临海日报`, `第3版 要闻`. */
export const Printed = z.object({
  paper: z.string().optional(),
  pageNumber: z.number().int().positive().optional(),
  pageName: z.string().optional(),
});
export type Printed = z.infer<typeof Printed>;

export const Page = z.object({
  source: z.string(),
  /** The masthead's paper, 版次 and 版名, where the page prints them (the file's own metadata wins). */
  printed: Printed,
  issueDate: IsoDate.nullable(),
  issueDateSource: IssueDateSource,
  /** The year the page belongs to, as reasoned from its text (or its issue date). */
  year: z.number().int().nullable(),
  layout: z.enum(['wrapped', 'paragraph']),
  articles: z.array(Article),
  furniture: z.array(TextRef),
  dropped: z.array(Dropped),
  warnings: z.array(Warning),
});
export type Page = z.infer<typeof Page>;

/** What a user may state about a page that its text cannot (sidecar file or file name). */
export const PageMeta = z.object({
  issueDate: IsoDate.optional(),
  paper: z.string().optional(),
  pageNumber: z.number().int().positive().optional(),
  pageName: z.string().optional(),
});
export type PageMeta = z.infer<typeof PageMeta>;
