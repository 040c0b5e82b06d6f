/**
 * Real extraction tools, for test pages: Chromium prints an HTML page to PDF,
 * then `pdftotext` (its reading order, or `-layout`) or OCR (`pdftoppm` at
 * 300 dpi, then `tesseract -l chi_sim`, or `chi_tra` for a page in traditional
 * characters) turn the PDF into the text an archive is fed. Debian packages:
 * chromium, poppler-utils, tesseract-ocr, tesseract-ocr-chi-sim (and -chi-tra).
 *
 * Outputs are kept in a cache folder by a hash of the HTML (and the tools'
 * settings), so that running the tests again does not print and OCR again.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const run = promisify(execFile);

export const TOOLS = ['pdftotext', 'pdftotext-layout', 'tesseract'] as const;
export type Tool = (typeof TOOLS)[number];

/** Resolution of the page images OCR reads: what archives scan newsprint at. */
const OCR_DPI = 300;
/** Bumped when what a tool is asked changes, so cached outputs of the old settings are not reused. */
const SETTINGS = `v2 one-sheet dpi=${OCR_DPI}`;

/** The script a page is printed in, and the language OCR reads it with. */
export type Script = 'simplified' | 'traditional';
const OCR_LANGUAGE: Record<Script, string> = { simplified: 'chi_sim', traditional: 'chi_tra' };

/** Fails at once, naming the Debian package, when a tool is not installed. */
export async function checkExtractionTools(script: Script = 'simplified'): Promise<void> {
  const lang = OCR_LANGUAGE[script];
  const need: Array<[string, string[], string]> = [
    ['pdftotext', ['-v'], 'poppler-utils'],
    ['pdftoppm', ['-v'], 'poppler-utils'],
    ['tesseract', ['--list-langs'], `tesseract-ocr tesseract-ocr-${lang.replace('_', '-')}`],
  ];
  for (const [cmd, args, pkg] of need) {
    try {
      const { stdout, stderr } = await run(cmd, args);
      if (cmd === 'tesseract' && !(stdout + stderr).includes(lang)) throw new Error(`no ${lang}`);
    } catch (err) {
      throw new Error(`${cmd} is needed to extract test pages: apt-get install ${pkg}`, { cause: err });
    }
  }
}

export class Printer {
  private browser: Browser | null = null;

  async pdf(html: string, out: string): Promise<void> {
    this.browser ??= await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    const page = await this.browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // A newspaper page is one sheet: where the layout runs longer than its
      // @page size, the sheet grows to hold it rather than breaking a column
      // onto a second PDF page (which no printed page does).
      const sheet = await page.evaluate(() => {
        for (const css of Array.from(document.styleSheets))
          for (const rule of Array.from(css.cssRules))
            if (rule instanceof CSSPageRule) return { size: rule.style.getPropertyValue('size'), margin: rule.style.getPropertyValue('margin') };
        return null;
      });
      const [w, h] = (sheet?.size.match(/[\d.]+mm/g) ?? []).map(parseFloat);
      const margin = parseFloat(sheet?.margin ?? '') || 0;
      if (w && h) {
        await page.setViewportSize({ width: Math.round(((w - 2 * margin) * 96) / 25.4), height: 800 });
        await page.emulateMedia({ media: 'print' });
        const content = await page.evaluate(() => document.documentElement.scrollHeight);
        const tall = Math.max(h, Math.ceil((content * 25.4) / 96) + 2 * margin + 5);
        await page.addStyleTag({ content: `@page { size: ${w}mm ${tall}mm; }` });
      }
      await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = null;
  }
}

async function extract(pdf: string, tool: Tool, dir: string, script: Script): Promise<string> {
  if (tool === 'pdftotext') return (await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 })).stdout;
  if (tool === 'pdftotext-layout') return (await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 << 20 })).stdout;
  await run('pdftoppm', ['-r', String(OCR_DPI), '-gray', '-png', pdf, join(dir, 'scan')]);
  const images = readdirSync(dir).filter((f) => /^scan.*\.png$/.test(f)).sort();
  const texts: string[] = [];
  for (const img of images) texts.push((await run('tesseract', [join(dir, img), '-', '-l', OCR_LANGUAGE[script]], { maxBuffer: 64 << 20 })).stdout);
  return texts.join('\n');
}

/**
 * The text each tool extracts from the printed `html`, from the cache when this
 * page was extracted before with these settings.
 */
export async function extractPage(html: string, printer: Printer, cacheDir: string, script: Script = 'simplified'): Promise<Record<Tool, string>> {
  const key = createHash('sha256').update(SETTINGS).update(script === 'simplified' ? '' : script).update(html).digest('hex').slice(0, 16);
  const dir = join(cacheDir, key);
  const done = join(dir, 'done.json');
  if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as Record<Tool, string>;
  const work = `${dir}.tmp-${process.pid}`;
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'page.html'), html);
  const pdf = join(work, 'page.pdf');
  await printer.pdf(html, pdf);
  const out = {} as Record<Tool, string>;
  for (const tool of TOOLS) {
    out[tool] = await extract(pdf, tool, work, script);
    writeFileSync(join(work, `${tool}.txt`), out[tool]);
  }
  writeFileSync(join(work, 'done.json'), JSON.stringify(out));
  mkdirSync(cacheDir, { recursive: true });
  try {
    renameSync(work, dir);
  } catch (err) {
    // Another run finished the same page first: its outputs are as good.
    if (!existsSync(done)) throw err;
  }
  return out;
}
