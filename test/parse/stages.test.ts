/** Each parse stage on its own, on lines shaped like the seed pages. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLayout, toBlocks } from '../../src/parse/blocks.ts';
import { parseByline } from '../../src/parse/byline.ts';
import { findDateline, pageYear } from '../../src/parse/dates.ts';
import { isFurniture } from '../../src/parse/furniture.ts';
import { assignHeadline } from '../../src/parse/headline.ts';
import { classifyBlock, columnWidth, type Classified } from '../../src/parse/classify.ts';
import { segment } from '../../src/parse/segment.ts';
import { normalize } from '../../src/parse/normalize.ts';
import { carryOn } from '../../src/parse/carry.ts';
import { cleanParagraph, fullWidthPunctuation, joinLines, removeLayoutSpaces } from '../../src/parse/text.ts';

describe('normalize', () => {
  it('reads CRLF, CR and BOM pages as the same lines', () => {
    const lf = normalize('本报讯\n\n军民鱼水情深 \n');
    assert.deepEqual(normalize('\uFEFF本报讯\r\n\r\n军民鱼水情深 \r\n'), lf);
    assert.deepEqual(normalize('本报讯\r\rb'.replace('b', '军民鱼水情深')), lf);
    assert.deepEqual(lf, [
      { no: 1, text: '本报讯' },
      { no: 2, text: '' },
      { no: 3, text: '军民鱼水情深' },
    ]);
  });
  it('reads full-width digits and letters OCR gave as the ASCII ones', () => {
    assert.deepEqual(normalize('２０３１年７月４日 ＡＢ'), [{ no: 1, text: '2031年7月4日 AB' }]);
  });
});

describe('blocks', () => {
  it('cuts a headline run into the next lead on one line', () => {
    const blocks = toBlocks(normalize('抓好年初 打好基础\n坚决打赢攻坚战 本报讯（记者张三） 1 月 11 日\n\n至13日，示范区'));
    assert.deepEqual(
      blocks.map((b) => b.lines.map((l) => l.text)),
      [['抓好年初 打好基础', '坚决打赢攻坚战'], ['本报讯（记者张三） 1 月 11 日'], ['至13日，示范区']],
    );
  });
  it('starts a new block at a lead that follows text without a blank line', () => {
    const blocks = toBlocks(normalize('问品共计42万余元。\n 本报讯（记者张三）1月17日，'));
    assert.equal(blocks.length, 2);
  });
  it('tells narrow columns from a paragraph a line', () => {
    assert.equal(detectLayout(normalize('本报讯（记者张三） 1 月\n16日，示范区 （高新区） 班子成\n员到军分区')), 'wrapped');
    assert.equal(detectLayout(normalize('本报讯(记者张三)3月20日下午,示范区(高新区)党工委、管委会主任主持召开会议,学习中央精神并部署下一阶段工作。')), 'paragraph');
  });
  it('reads a short export whose paragraphs column breaks cut, each line its own length, as a paragraph a line, and a caption ending on its credit as ended', () => {
    const page = [
      '编辑:马骏', '版式:朱琳', '', '百年古桥完成保护性修缮', '', '近日,位于临溪镇的一座百年石拱古桥完成保护性修缮,重新向游人开放。', '',
      '修缮工程历时半年,施工人员按照"修旧如旧"的原则,对桥面、栏板和桥墩进行了加固和修复,最大限度保留了古桥的历史风貌,并在桥头', '', '增设了说明牌。', '',
      '临溪镇部署防汛工作', '', '本报讯【记者 江枫】9月17日,临溪镇召开防汛工作会议,部署今年', '', '防汛工作。', '',
      '全国春季农业生产暨春耕备耕现场会召开', '', '本报北京9月17日讯(记者任杰)全国春季农业生产暨春耕备耕现场会今天召开。会议强调,要抓好春季田间管', '',
      '理,稳定粮食播种面积。', '', '9月17日,临溪镇一家农业合作社的社员在大棚里采摘草莓。图为社员将采摘的草莓装箱。 记者 范文 摄', '',
      '本报讯(记者 潘峰)9月17日至19日,全省职业技能大赛在省城举行,来自各', '', '地的六百余名选手参加了数控加工等二十个项目的比赛。', '',
      '全省职业技能大赛落幕', '', '本报讯 9月17日起,城区新开通两条公交线路,连接高', '', '铁站和几个大型居民区,市民出行更加便捷。', '', '新开两条公交线路',
    ].join('\n');
    assert.equal(detectLayout(normalize(page)), 'paragraph');
  });
});

describe('bylines', () => {
  it('reads a lead parenthesis with two roles', () => {
    assert.deepEqual(parseByline('记者付凯明 通讯员娄琪', { requireRole: false }), { reporters: ['付凯明'], correspondents: ['娄琪'], photographers: [] });
  });
  it('reads four characters with no two-character surname as two names whose space a wrap took, and keeps a compound surname\'s name whole', () => {
    assert.deepEqual(parseByline('记者 任杰夏阳', { requireRole: false })?.reporters, ['任杰', '夏阳']);
    assert.deepEqual(parseByline('本报记者 诸葛亮明', { requireRole: false })?.reporters, ['诸葛亮明']);
    assert.deepEqual(parseByline('记者 欧阳文静', { requireRole: false })?.reporters, ['欧阳文静']);
  });
  it('takes no name from a role word whose first character OCR misread (`禹媒体记者` for `融媒体记者`)', () => {
    // As on a page made by `npm run real-pages -- --seed 54` (page 12): `禹媒体` had been read as a second reporter.
    assert.deepEqual(parseByline('禹媒体记者 岳峰', { requireRole: false })?.reporters, ['岳峰']);
  });
  it('reads spaced-out credits as one name', () => {
    assert.deepEqual(parseByline('本 报 记者 杨 帆摄', { requireRole: false })?.photographers, ['杨帆']);
    assert.deepEqual(parseByline('本 报 记 者郭树勋 摄', { requireRole: false })?.photographers, ['郭树勋']);
  });
  it('takes a name before any role word for a reporter', () => {
    assert.deepEqual(parseByline('刘琦 本报特约通讯员 车楠'), { reporters: ['刘琦'], correspondents: ['车楠'], photographers: [] });
  });
  it('reads a commentary\'s office as its writer\'s byline when a name follows it, and no headline\'s words as that name', () => {
    assert.deepEqual(parseByline('特约评论员 张平')?.reporters, ['张平']);
    assert.equal(parseByline('本报评论员'), null);
    assert.equal(parseByline('新华社评论员'), null);
    // -layout ran a headline's words beside it into its line.
    assert.equal(parseByline('本报评论员 一成以上'), null);
    assert.equal(parseByline('本报评论员文章'), null);
  });
  it('refuses a headline as a byline', () => {
    assert.equal(parseByline('示范区召开安全生产工作会议'), null);
    assert.equal(parseByline('军民鱼水情深 共建美好家园'), null);
  });
});

describe('dates', () => {
  const year2020 = { ref: null, year: 2020 };
  it('gives a dateline the page year', () => {
    assert.equal(findDateline('本报讯（记者张三）1月16日下午，', year2020, null).date, '2020-01-16');
  });
  it('gives a span its first and last day', () => {
    const d = findDateline('本报讯（记者张三）1月11日至13日，示范区', year2020, null);
    assert.equal(d.date, '2020-01-11');
    assert.equal(d.dateEnd, '2020-01-13');
    // Its first day printed without 日, across a month's end too.
    for (const [text, date, end] of [['1月11至13日，', '2020-01-11', '2020-01-13'], ['2020年1月30至2月1日，', '2020-01-30', '2020-02-01']] as const) {
      const e = findDateline(`本报讯（记者张三）${text}示范区`, year2020, null);
      assert.deepEqual([e.date, e.dateEnd], [date, end], text);
    }
  });
  it('puts a December lead on a January page in the year before', () => {
    const d = findDateline('本报讯（记者张三）12月30日，', { ref: { y: 2021, m: 1, d: 4 }, year: 2021 }, null);
    assert.equal(d.date, '2020-12-30');
  });
  it('gives 日前 and 近日 no date, and 昨日 the day before a known issue date', () => {
    assert.equal(findDateline('本报讯（记者张三）日前，记者从省科技厅获悉', year2020, null).date, null);
    assert.equal(findDateline('近日，示范区文明办', year2020, { y: 2020, m: 3, d: 1 }).date, null);
    assert.equal(findDateline('昨日，蒙牛乳业', year2020, null).date, null);
    assert.equal(findDateline('昨日，蒙牛乳业', year2020, { y: 2020, m: 3, d: 1 }).date, '2020-02-29');
  });
  it('reads the 1 OCR took for a bracket in a dateline, and a bracket beside a 1 as nothing', () => {
    const page = { ref: { y: 2020, m: 1, d: 18 }, year: 2020 };
    // Without its 1 the lead has no date: the later 今天 must not give it the issue date.
    assert.equal(findDateline('本报北京]月17日讯（记者张三）全国春季现场会今天召开', page, { y: 2020, m: 1, d: 18 }).date, '2020-01-17');
    assert.equal(findDateline('本报讯（记者张三）1]月17日，', { ref: { y: 2020, m: 1, d: 18 }, year: 2020 }, null).date, '2020-01-17');
  });
  it('reads a month OCR could not read (`本报北京/月25日讯`, `/月25日，`) as the day alone, the last such day on or before the issue, never as the 今天 after it', () => {
    const page = { ref: { y: 2020, m: 7, d: 26 }, year: 2020 };
    assert.equal(findDateline('本报北京/月25日讯（记者张三）全国春季现场会今天召开', page, page.ref).date, '2020-07-25');
    assert.equal(findDateline('本报讯（记者张三）/月25日，全市', page, page.ref).date, '2020-07-25');
    assert.equal(findDateline('本报讯（记者张三）?月28日，全市', page, page.ref).date, '2020-06-28');
  });
  it('reasons the page year from its text, not from targets or starting points', () => {
    assert.equal(pageYear('自2019年6月1日开园以来…2020年，对于中原工业设计城来说'), 2020);
    assert.equal(pageYear('到2035年基本建成…2021年完成投资'), 2021);
    assert.equal(pageYear('没有年份'), null);
  });
});

describe('headlines', () => {
  const line = (text: string, block: number, markdown = false) => ({ text, block, markdown });
  it('sets a short topic line above the main headline as the kicker', () => {
    assert.deepEqual(assignHeadline([line('阳庙镇', 0), line('文创小镇亮点多人气旺', 1)]), { kicker: '阳庙镇', main: '文创小镇亮点多人气旺' });
  });
  it('keeps a headline set over two lines whole when its first line stops on a verb wanting its object', () => {
    const h = assignHeadline([
      { text: '新区举行', block: 1, markdown: false },
      { text: '文明风起之遇见《诗经》讲演会', block: 1, markdown: false },
    ]);
    assert.deepEqual(h, { main: '新区举行\n文明风起之遇见《诗经》讲演会' });
  });
  it('keeps it whole when OCR set a blank line between its two lines (`临溪镇部署` / blank / `防汛工作`), and reads a line OCR spaced out character by character as one word', () => {
    assert.deepEqual(assignHeadline([line('临溪镇部署', 0), line('防汛工作', 1)]), { main: '临溪镇部署\n防汛工作' });
    assert.deepEqual(assignHeadline([line('临 溪 镇 部 署', 0), line('防 汛 工 作', 0)]), { main: '临溪镇部署\n防汛工作' });
    // (Phrases set apart keep their space; a kicker over its main line stays the kicker.)
    assert.deepEqual(assignHeadline([line('春风化雨润民心 同心共筑幸福路', 0)]), { main: '春风化雨润民心 同心共筑幸福路' });
    assert.deepEqual(assignHeadline([line('阳庙镇', 0), line('文创小镇亮点多人气旺', 1)]), { kicker: '阳庙镇', main: '文创小镇亮点多人气旺' });
  });
  it('takes the highest markdown heading for the main headline: `### 引题` / `# 主题` / `## 副题`', () => {
    const md = (text: string, block: number, level: number) => ({ text, block, markdown: true, level });
    assert.deepEqual(assignHeadline([md('临溪镇夏粮喜获丰收', 0, 3), md('金色田野收获忙', 1, 1), md('亩产比去年增加五十公斤', 2, 2)]), {
      kicker: '临溪镇夏粮喜获丰收',
      main: '金色田野收获忙',
      sub: '亩产比去年增加五十公斤',
    });
  });
  it('sets a dashed line as the deck', () => {
    assert.deepEqual(assignHeadline([line('万方“云”会更无前', 0), line('——焦作国家创新型特色园区招商引资项目签约仪式侧记', 1)]), {
      main: '万方“云”会更无前',
      sub: '——焦作国家创新型特色园区招商引资项目签约仪式侧记',
    });
  });
  it('takes the markdown heading as the main headline and the banner above as kicker', () => {
    const h = assignHeadline([line('城市的核心板块区 科创名城的创新引领区', 0), line('高新区:书写发展的生动答卷', 1, true)]);
    assert.equal(h?.main, '高新区：书写发展的生动答卷');
    assert.equal(h?.kicker, '城市的核心板块区 科创名城的创新引领区');
  });
});

describe('text', () => {
  it('removes layout spaces between Chinese characters and around digits and brackets', () => {
    assert.equal(removeLayoutSpaces('1 月 16 日，示范区 （高新区） 班子 社 会 消 费 品'), '1月16日，示范区（高新区）班子社会消费品');
    assert.equal(removeLayoutSpaces('COVID 19 病毒'), 'COVID 19病毒');
    // A wrap's space between two ASCII marks an export prints for full-width ones (style C).
    assert.equal(cleanParagraph(['种植大户老张说, "现在稻田里养小龙虾。"']), '种植大户老张说，“现在稻田里养小龙虾。”');
  });
  it('joins a number a narrow column wrapped without a space, and keeps one between two Latin words', () => {
    assert.equal(joinLines(['本报讯（记者张三）7月2', '8日，共计1', '2.5亿元']), '本报讯（记者张三）7月28日，共计12.5亿元');
    assert.equal(joinLines(['新一代 Wi-Fi', 'router']), '新一代 Wi-Fi router');
  });
  it('joins wrapped lines without spaces', () => {
    assert.equal(cleanParagraph(['本报讯（记者张三） 1 月', '16日，示范区 （高新区） 班子成', '员到焦作']), '本报讯（记者张三）1月16日，示范区（高新区）班子成员到焦作');
  });
  it('sets ASCII punctuation between Chinese characters full-width, and nothing else', () => {
    assert.equal(fullWidthPunctuation('3月20日下午,示范区(高新区)党工委:"好"'), '3月20日下午，示范区（高新区）党工委：“好”');
    assert.equal(fullWidthPunctuation('共1,000人,11:30开始'), '共1,000人，11:30开始');
  });
});

describe('furniture', () => {
  it('knows editor credits, QR promos, picture credits and issue headers', () => {
    assert.ok(isFurniture('编辑:陈彬版式:汪洋校对:张雪晖'));
    assert.ok(isFurniture('获取更多精彩资讯，请扫码关注“某某头条”微信公众号'));
    assert.ok(isFurniture('本版图片来源: 某某区'));
    assert.ok(isFurniture('2021.3.15 星期一 ■编辑:李洋'));
    assert.ok(!isFurniture('示范区召开安全生产工作会议'));
    assert.ok(!isFurniture('本报讯（记者张三）3月19日下午，全市安全生产电视电话会议召开。'));
  });
});

describe('column width', () => {
  it('is the measure that sets the most text, not the most lines: wide columns beside more lines of a narrow caption', () => {
    const text = '会议要求各地要加强病虫害监测预警组织农技人员深入生产一线帮助农民解决生产中遇到的实际困难';
    const lines = [...Array.from({ length: 5 }, () => text.slice(0, 36)), ...Array.from({ length: 12 }, () => text.slice(0, 6))].map((t) => ({ text: t }));
    assert.equal(columnWidth(lines), 36);
    assert.equal(columnWidth(lines.slice(5)), 6);
  });
});

describe('classify', () => {
  const kind = (texts: string[]) => classifyBlock({ lines: texts.map((text, i) => ({ no: i + 1, text })), blanksBefore: 1 }, 5, { layout: 'wrapped', columnWidth: 12 }).kind;
  it('reads a paragraph\'s first line OCR set without its indent, over a full line of the column, as text, not a headline with a comma', () => {
    assert.equal(kind(['一场春雨过后，全镇上', '下抢抓农时全力开展春耕备']), 'text');
    // (Digits set narrow: `…群众700余人…` fills the line.)
    assert.equal(kind(['一场春雨过后，全镇上', '下干部群众700余人开展春']), 'text');
    assert.equal(kind(['稳增长，促发展', '全力冲刺四季度']), 'headline');
  });
});

describe('carry (OCR: the text under a row of headlines read across)', () => {
  const l = (no: number, text: string) => ({ no, text });
  const texts = (cs: Array<Array<{ text: string }>> | null) => cs?.map((c) => c.map((x) => x.text).filter(Boolean));
  it('hands each block to the column whose words it says, in reading order; a block saying none stays with the one before', () => {
    const out = carryOn([[l(1, '古桥修缮完成')], [l(1, '春耕现场会召开')]], [[l(3, '古桥修缮历时半年。')], [l(5, '春耕现场会今天召开。')], [l(7, '会议要求，各地加强监测。')]]);
    assert.deepEqual(texts(out), [
      ['古桥修缮完成', '古桥修缮历时半年。'],
      ['春耕现场会召开', '春耕现场会今天召开。', '会议要求，各地加强监测。'],
    ]);
  });
  it('keeps a byline that closes a piece with the text before it, though it says a word of the next column', () => {
    const out = carryOn([[l(1, '古桥修缮完成')], [l(1, '记者节座谈会召开')]], [[l(3, '古桥修缮历时半年。')], [l(4, '（记者 江枫）')], [l(5, '座谈会今天召开。')]]);
    assert.deepEqual(texts(out), [
      ['古桥修缮完成', '古桥修缮历时半年。', '（记者 江枫）'],
      ['记者节座谈会召开', '座谈会今天召开。'],
    ]);
  });
  it('reads a column OCR cut in two (its byline a little left of its headline, rows under it) as one', () => {
    const out = carryOn([[l(1, '古桥修缮完成')], [l(2, '本报记者 方晓')], [l(1, '春耕现场会召开')]], [[l(4, '修缮历时半年，古桥重开。')], [l(6, '现场会今天召开。')]]);
    assert.equal(out?.length, 2);
    assert.deepEqual(texts(out)?.[0], ['古桥修缮完成', '本报记者 方晓', '修缮历时半年，古桥重开。']);
  });
  it('goes on with a line cut mid-sentence at the row\'s foot with no paragraph between, and leaves text that says no column\'s words as it was', () => {
    const out = carryOn([[l(1, '古桥修缮完成'), l(2, '近日，古桥完成')], [l(1, '春耕现场会召开')]], [[l(4, '修缮，重新开放。')]]);
    assert.deepEqual(out?.[0]?.map((x) => x.text), ['古桥修缮完成', '近日，古桥完成', '修缮，重新开放。']);
    assert.equal(carryOn([[l(1, '古桥修缮完成')], [l(1, '春耕现场会召开')]], [[l(4, '会议要求，各地加强监测。')]]), null);
  });
});

describe('segment', () => {
  /** A classified block: kind, then its lines as [line number, text]. */
  const block = (index: number, kind: Classified['kind'], ...lines: Array<[number, string]>): Classified => ({
    index,
    kind,
    lines: lines.map(([no, text]) => ({ no, text })),
    blanksBefore: 1,
    captionCandidate: false,
    headlineCandidate: false,
    fillsColumn: false,
    fillsColumnButLast: false,
    opensParagraph: false,
    widerThanColumn: false,
  });
  it('gives a byline left with headline lines and no text to the unsigned text beside it; a line its neighbour\'s lead goes on with goes to that headline', () => {
    // Columns set apart a commentary's headline tail and byline (`明的底色`, `本报评论员`) and another headline's
    // last characters (`进会`) from their texts.
    const { articles } = segment(
      [
        block(0, 'headline', [3, '东江区召开湿地公园建设推']),
        block(1, 'lead', [6, '本报讯（记者程远）7月2日，东江区召开湿地公园建设推进会，部署建设工作。']),
        block(2, 'headline', [3, '让实干成为最鲜']),
        block(3, 'text', [7, '事业成于实干，发展贵在落实。唯有真抓实干，才能把蓝图变为现实。']),
        block(4, 'headline', [4, '明的底色'], [5, '进会']),
        block(5, 'byline', [6, '本报评论员']),
      ],
      'wrapped',
    );
    assert.deepEqual(
      articles.map((a) => [a.kind, a.headline.flatMap((b) => b.lines.map((l) => l.text)), a.anchor?.lines[0]?.text.slice(0, 5), a.body.length]),
      [
        ['news', ['东江区召开湿地公园建设推', '进会'], '本报讯（记', 0],
        ['feature', ['让实干成为最鲜', '明的底色'], '本报评论员', 1],
      ],
    );
  });
});
