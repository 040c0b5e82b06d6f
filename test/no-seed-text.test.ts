/**
 * The parser is built for the extraction styles, never for the five seed pages:
 * no name, headline or date from a seed (nor from its furniture) appears in src/.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { ROOT } from '../scripts/lib/build.ts';
import { fixtures } from './helpers/fixtures.ts';

function seedTokens(): Set<string> {
  const tokens = new Set<string>();
  for (const f of fixtures()) {
    const g = f.gold;
    if (!g) continue;
    for (const a of g.articles) {
      for (const n of [...a.reporters, ...a.correspondents, ...a.photographers]) tokens.add(n);
      for (const part of (a.headline_compact ?? '').split(/[\s——]+/)) if ([...part].length >= 5) tokens.add(part);
      // Each line of a headline and each of its phrases (`抓好年初 打好基础`), spaces removed.
      for (const line of (a as { headline?: string[] }).headline ?? [])
        for (const part of [line.replace(/\s+/g, ''), ...line.split(/[\s——]+/)]) if ([...part].length >= 4) tokens.add(part);
      // Any twelve characters of the text in a row (a sentence quoted in a comment).
      const body = a.body_compact.replace(/\s+/g, '');
      for (let i = 0; i + 12 <= body.length; i += 3) tokens.add(body.slice(i, i + 12));
      for (const d of [a.date, ...(a as { date_end?: string }).date_end ? [(a as { date_end?: string }).date_end] : []]) {
        if (!d) continue;
        tokens.add(d);
        const [, m, day] = d.split('-').map(Number);
        tokens.add(`${m}月${day}日`);
      }
    }
    if (g.issue_date) tokens.add(g.issue_date);
    // People named in furniture: `编辑:陈某` and the like.
    for (const furniture of g.furniture) for (const m of furniture.matchAll(/[:：]([\u4e00-\u9fff]{2,3})/g)) tokens.add(m[1]!);
    // People and places the seed text names most: officials, the district, its lake.
    for (const m of f.input.matchAll(/([\u4e00-\u9fff]{2,4})(?=[一]?行|对|在|主持|强调|指出)/g)) if (/^[王刘张李赵徐马苏郭付]/.test(m[1]!)) tokens.add(m[1]!);
  }
  for (const place of ['示范区', '高新区', '焦作', '沁泉湖', '阳庙镇', '蒙牛']) tokens.add(place);
  return tokens;
}

it('src/ holds no name, headline or date from the seed pages', () => {
  const tokens = [...seedTokens()];
  assert.ok(tokens.length > 30);
  const found: string[] = [];
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.ts'));
  for (const d of files) {
    const path = join(d.parentPath, d.name);
    const text = readFileSync(path, 'utf8');
    for (const t of tokens) if (text.includes(t)) found.push(`${path.slice(ROOT.length + 1)}: ${t}`);
  }
  assert.deepEqual(found, []);
});
