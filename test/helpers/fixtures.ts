/** The golden fixtures: test/fixtures/<page>/{input.txt, expected.json, gold.json}. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldPage } from './score.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface Fixture {
  name: string;
  dir: string;
  input: string;
  gold: GoldPage | null;
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(FIXTURES, name);
      const goldPath = join(dir, 'gold.json');
      return {
        name,
        dir,
        input: readFileSync(join(dir, 'input.txt'), 'utf8'),
        gold: existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as GoldPage) : null,
      };
    });
}

/**
 * Compares `actual` with the fixture's expected file; a missing file is written,
 * and `UPDATE=1 npm test` rewrites it, so that a reviewer reads the diff.
 * @returns the expected value to compare against
 */
export function expected(dir: string, file: string, actual: unknown): unknown {
  const path = join(dir, file);
  const text = JSON.stringify(actual, null, 2) + '\n';
  if (process.env.UPDATE === '1' || !existsSync(path)) writeFileSync(path, text);
  return JSON.parse(readFileSync(path, 'utf8'));
}

export const seedName = (fixture: Fixture) => `${fixture.name}.txt`;
export { dirname };
