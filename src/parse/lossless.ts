/**
 * The lossless check: every non-whitespace character of a page must end up in an
 * article (headline, byline, body, group title), in furniture or in the dropped
 * list. Characters are compared after the same folding the reader's eye does
 * (NFKC, curly = straight quotes), so that setting `,` as `，` is not a loss.
 * Markdown's marks (`#### `, `**`, `![](…)`, as `normalize` reads them) are markup, not text, and are not counted.
 */
import type { Page } from '../model.ts';
import { normalize } from './normalize.ts';

const QUOTES: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '＂': '"', '＇': "'" };
const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[“”‘’＂＇]/g, (q) => QUOTES[q] ?? q)
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, '');

function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of fold(s)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

export interface LossReport {
  /** Characters of the page found nowhere in the output, with how many are missing. */
  missing: Array<{ char: string; count: number }>;
  total: number;
}

/** Everything the page model holds as text. */
export function pageOutputText(page: Page): string {
  const parts: string[] = [];
  for (const a of page.articles) {
    if (a.headline) parts.push(a.headline.kicker ?? '', a.headline.main, a.headline.sub ?? '');
    parts.push(a.byline.text, a.groupTitle ?? '');
    for (const b of a.body) parts.push(b.text);
  }
  for (const f of page.furniture) parts.push(f.text);
  for (const d of page.dropped) parts.push(d.text);
  return parts.join('\n');
}

export function checkLossless(sourceText: string, page: Page): LossReport {
  const source = normalize(sourceText)
    .map((l) => l.text.replace(/^\s*#{1,6}\s+/, ''))
    .join('\n');
  const have = counts(pageOutputText(page));
  const missing: LossReport['missing'] = [];
  let total = 0;
  for (const [char, n] of counts(source)) {
    const lost = n - (have.get(char) ?? 0);
    if (lost > 0) {
      missing.push({ char, count: lost });
      total += lost;
    }
  }
  return { missing, total };
}
