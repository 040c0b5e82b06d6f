/** Reading page files: encodings, and what the user states about a page in its file name or a sidecar. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodePage, metaFromName, PageReadError, readPage } from '../scripts/lib/read-page.ts';

const work = mkdtempSync(join(tmpdir(), 'baoku-read-'));
after(() => rmSync(work, { recursive: true, force: true }));
const TEXT = '本报讯（记者张三）1月5日，示范区召开会议。\n';

describe('decoding a page', () => {
  it('reads UTF-8, UTF-8 with BOM, UTF-16 LE and BE, and GBK as the same text', () => {
    const forms: Array<[string, Buffer]> = [
      ['utf-8', Buffer.from(TEXT)],
      ['utf-8 (BOM)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
      ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
      ['gb18030', iconv.encode(TEXT, 'gbk')],
    ];
    for (const [encoding, bytes] of forms) assert.deepEqual(decodePage(bytes, 'x.txt'), { text: TEXT, encoding }, encoding);
  });
  it('refuses a binary file, naming it', () => {
    assert.throws(() => decodePage(Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]), 'img.txt'), (e: unknown) => e instanceof PageReadError && /^img\.txt: not text/.test(e.message));
  });
});

describe('page metadata', () => {
  it('takes issue date, page number and page name from the file name', () => {
    assert.deepEqual(metaFromName('2020-01-18_05_示范区.txt'), { issueDate: '2020-01-18', pageNumber: 5, pageName: '示范区' });
    assert.deepEqual(metaFromName('2020-01-18.txt'), { issueDate: '2020-01-18' });
    assert.deepEqual(metaFromName('000_78348f0966f3b958.txt'), {});
  });
  it('takes a sidecar over the file name', async () => {
    writeFileSync(join(work, '2020-01-18_05.txt'), TEXT);
    writeFileSync(join(work, '2020-01-18_05.meta.json'), JSON.stringify({ issueDate: '2020-01-19', paper: '焦作日报', pageName: '要闻' }));
    const page = await readPage(join(work, '2020-01-18_05.txt'));
    assert.deepEqual(page.meta, { issueDate: '2020-01-19', pageNumber: 5, paper: '焦作日报', pageName: '要闻' });
  });
  it('refuses an invalid sidecar with its name and reason', async () => {
    writeFileSync(join(work, 'p.txt'), TEXT);
    writeFileSync(join(work, 'p.meta.json'), JSON.stringify({ issueDate: '18/01/2020' }));
    await assert.rejects(readPage(join(work, 'p.txt')), (e: unknown) => e instanceof PageReadError && /^p\.meta\.json: invalid page metadata/.test(e.message));
  });
});

describe('impossible dates and bad sidecars', () => {
  it('refuses a file name whose date is no day of the calendar, naming the file and the date', () => {
    assert.throws(
      () => metaFromName('2020-13-45_01_要闻.txt'),
      (e: unknown) => e instanceof PageReadError && e.message === '2020-13-45_01_要闻.txt: the file name gives issueDate "2020-13-45": no such day in the calendar (rename it YYYY-MM-DD[_NN][_版名].txt)',
    );
  });
  it('refuses a sidecar with 2020-02-30 or an unknown field in one line: file, field, what is wrong', async () => {
    writeFileSync(join(work, 'p30.txt'), TEXT);
    writeFileSync(join(work, 'p30.meta.json'), JSON.stringify({ issueDate: '2020-02-30' }));
    await assert.rejects(readPage(join(work, 'p30.txt')), (e: unknown) => e instanceof PageReadError && e.message === 'p30.meta.json: invalid page metadata: issueDate "2020-02-30": no such day in the calendar');
    writeFileSync(join(work, 'p31.txt'), TEXT);
    writeFileSync(join(work, 'p31.meta.json'), JSON.stringify({ issuedate: '2020-02-28' }));
    await assert.rejects(readPage(join(work, 'p31.txt')), (e: unknown) => e instanceof PageReadError && /^p31\.meta\.json: invalid page metadata: .*issuedate/.test(e.message) && !e.message.includes('\n'));
  });
  it('takes 2020-02-29, a leap day, as a day', () => {
    assert.equal(metaFromName('2020-02-29_01.txt').issueDate, '2020-02-29');
  });
});
