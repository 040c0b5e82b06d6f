/**
 * The built site as a validator and a link checker see it: html-validate finds
 * no error on any generated page; linkinator, offline, finds no broken internal
 * link or anchor.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { check, LinkState } from 'linkinator';
import { build, ROOT } from '../scripts/lib/build.ts';

const work = mkdtempSync(join(tmpdir(), 'baoku-quality-'));
const out = join(work, 'site');
const SITE_URL = 'https://archive.example.org';

before(async () => {
  await build({ seeds: join(ROOT, 'seeds'), out, siteUrl: SITE_URL, cache: false });
});
after(() => rmSync(work, { recursive: true, force: true }));

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html') && !join(d.parentPath, d.name).includes(`${join(dir, 'pagefind')}`))
    .map((d) => join(d.parentPath, d.name));

describe('the generated site', () => {
  it('has no html-validate errors on any page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const files = htmlFiles(out);
    assert.ok(files.length > 100);
    const errors: string[] = [];
    for (const f of files) {
      const report = await validator.validateFile(f);
      for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(`${f.slice(out.length)}:${m.line}: ${m.ruleId} ${m.message}`);
    }
    const byRule = new Map<string, string>();
    for (const e of errors) byRule.set(e.split(' ')[1] ?? '', e);
    assert.deepEqual([...byRule.values()], [], `${errors.length} errors`);
  });
  it('has no broken internal link or anchor', async () => {
    const result = await check({
      path: out,
      recurse: true,
      checkFragments: true,
      linksToSkip: async (link) => link.startsWith(SITE_URL) || /^https?:\/\/(?!localhost)/.test(link),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status} ${l.url} (from ${l.parent})`);
    // Each address is checked once: at least every page must have been reached.
    const pages = htmlFiles(out).length;
    assert.ok(result.links.filter((l) => l.state === LinkState.OK).length >= pages, `${result.links.length} links for ${pages} pages`);
    assert.deepEqual(broken, []);
  });
});
