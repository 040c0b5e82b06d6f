/**
 * `npx tsx scripts/relayout-case.ts PAGE STYLE WIDTH YEARS SEED`: prints one property-test case
 * (the re-laid-out text to .cache/relayout.txt, and what differs), to debug a counterexample.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parsePage } from '../src/parse/index.ts';
import type { Style } from '../src/synth/layout.ts';
import { fixtures, seedName } from '../test/helpers/fixtures.ts';
import { compare, relayout } from '../test/helpers/relayout.ts';

const [which = '0', style = 'A', width = '12', years = '0', seed = '0'] = process.argv.slice(2);
const f = fixtures()[Number(which)];
if (!f) throw new Error(`no fixture ${which}`);
const c = relayout(parsePage(f.input, { file: seedName(f) }), style as Style, Number(width), Number(years), Number(seed));
mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/relayout.txt', c.text);
try {
  compare(c.expected, c.parsed, style as Style, c.context);
  console.log(`${c.context}: same articles`);
} catch (err) {
  console.log((err as Error).message);
  process.exitCode = 1;
}
