/**
 * Conventions of other papers and other extraction tools, which the seed pages
 * never showed: each on a small page as pdftotext or OCR gives it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Article } from '../../src/model.ts';
import { checkLossless, parsePage } from '../../src/parse/index.ts';

const parse = (text: string) => {
  const page = parsePage(text, { file: 'p.txt', explain: true });
  assert.equal(checkLossless(text, page).total, 0, 'no text lost');
  return page;
};
const body = (a: Article | undefined) => (a?.body ?? []).map((b) => b.text).join('');
const find = (articles: Article[], start: string) => articles.find((a) => body(a).startsWith(start) || a.headline?.main.startsWith(start));

/** A page as pdftotext gives a headline-first page of narrow columns: no blank line between headline and body. */
/**
 * A page top where -layout set large headlines beside narrow columns: two headlines' first lines run
 * together with one space (`多地加快推进老 新春走基层`), and a headline's last character run into a lead's
 * line (`新华社北京1月17日电 人`).
 */
const LARGE_HEADLINES = [
  '简讯             多地加快推进老 新春走基层                    松林县一季度经济运行                         全省职业技能大',
  '新开两条公交线路       旧小区改造        守护万家灯火的',
  '                新华社北京1月17日电 人',
  '                                                工业产值同比增长一成以上                       赛落幕',
  '                                                                                      本报讯（记者 方晓）1',
  '  本报讯 1月17日起，城                                  ——重点项目建设提速 企业用工需求旺盛',
  '区新开通两条公交线路，连 （记者 龚琳 梁辰）记者从      本报记者 常乐             本报讯 记者钟鸣 通讯   贡献了全县工业增长的七成     月17日至19日，全省职业技',
  '接高铁站和几个大型居民 住房和城乡建设部获悉，今           编者按：春节期间，许   员苏航 报道 1月17日，记者   以上。              能大赛在省城举行，来自各',
  '区，市民出行更加便捷。  年以来各地加快推进城镇老       多人坚守在工作岗位上，用    从松林县统计局获悉，一季         在园区东部的一家电子    地的六百余名选手参加了数',
  '             旧小区改造，已开工改造小       辛勤付出守护着万家团圆。    度全县规模以上工业总产值      元件企业，生产线正满负荷     控加工、电工、焊工等二十',
  '             区一万余个，惠及居民两百       即日起，本报推出“新春走    同比增长12.3%，增速较去    运转。企业负责人介绍，今     个项目的比赛。',
  '             余万户。               基层”专栏，讲述他们的故    年同期提高2.1个百分点。     年一季度订单量同比增长三        本届大赛共决出一等奖',
  '               有关负责人介绍，改造       事。                  据介绍，今年以来，该    成，计划再招聘技术工人      二十名，获奖选手将按规定',
  '             内容包括加装电梯、更新管          除夕夜十一点，供电所   县坚持把项目建设作为稳增      200名。            晋升相应职业技能等级。',
  '',
].join('\n');

/** Text set in a narrow column of `width` characters, a line each (as OCR reads a column). */
const wrapAt = (text: string, width: number): string[] => [...text].reduce<string[]>((lines, c, i) => (i % width ? [...lines.slice(0, -1), `${lines.at(-1)}${c}`] : [...lines, c]), []);
/** A headline's kicker, main line and deck as one run of text. */
const headlineText = (a: Article | undefined) => [a?.headline?.kicker, a?.headline?.main, a?.headline?.sub].filter(Boolean).join('').replace(/\n/g, '');
const HEADER = ['东岳时报', '', '2031年7月4日 星期五', '', '第3版 要闻', '', '责任编辑：于洋', ''];

describe('leads and bylines of other papers', () => {
  it('reads wire copy: 新华社北京7月3日电（记者 张三 李四）', () => {
    const p = parse([...HEADER, '春耕备耕正当时', '', '新华社北京7月3日电（记者 程远 方晓）连日来，各地抢', '抓农时，开展夏收夏种工作。', ''].join('\n'));
    const a = find(p.articles, '新华社');
    assert.deepEqual(a?.byline.reporters, ['程远', '方晓']);
    assert.equal(a?.date, '2031-07-03');
    assert.equal(a?.headline?.main, '春耕备耕正当时');
  });
  // Other papers' forms: agencies, 融媒体/全媒体 reporters, `文/` before the names, `报道` after them,
  // a byline closing the last paragraph's line.
  const FORMS: Array<[string[], { reporters: string[]; correspondents: string[]; date: string | null; start: string }]> = [
    [['据新华社电 7月3日，临溪镇召开会议，部署防汛工作。'], { reporters: [], correspondents: [], date: '2031-07-03', start: '据新华社电' }],
    [['中新网7月3日电（记者 程远）临溪镇召开会议，部署防汛工作。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '中新网' }],
    [['本报讯（融媒体记者 程远 通讯员 方晓）7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: ['方晓'], date: '2031-07-03', start: '本报讯' }],
    [['本报讯（全媒体记者 程远）7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '本报讯' }],
    [['文/本报记者 程远', '', '夏收时节，临溪镇的田野上一片繁忙。'], { reporters: ['程远'], correspondents: [], date: null, start: '夏收时节' }],
    [['本报记者 程远 通讯员 方晓 报道', '', '夏收时节，临溪镇的田野上一片繁忙。'], { reporters: ['程远'], correspondents: ['方晓'], date: null, start: '夏收时节' }],
    [['7月3日，临溪镇召开会议，部署防汛工作。', '', '会议要求，各部门要压实责任。（记者 程远）'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '7月3日' }],
    [['本报北京7月3日电（记者 程远）临溪镇召开会议，部署防汛工作。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '本报北京' }],
    [['本报郑州电 记者程远报道：7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '本报郑州' }],
    [['7月3日，临溪镇召开会议，部署防汛工作。', '（新华社记者 程远）'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '7月3日' }],
    // The byline said in words with no 报道 (or its 报道 drifted to the next column's line): the date closes it.
    [['本报讯 记者程远 通讯员方晓 7月3日，记者从临溪镇统计局获悉。'], { reporters: ['程远'], correspondents: ['方晓'], date: '2031-07-03', start: '本报讯' }],
    // Other brackets, a mark after the role word.
    [['本报讯〔记者 程远〕7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '本报讯' }],
    [['本报讯【记者 程远 通讯员 方晓】7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: ['方晓'], date: '2031-07-03', start: '本报讯' }],
    [['新华社北京7月3日电【记者 程远】临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '新华社' }],
    [['本报讯（记者：程远 通讯员：方晓）7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: ['方晓'], date: '2031-07-03', start: '本报讯' }],
    [['本报讯（记者/程远）7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '本报讯' }],
    // Another paper's own name before 讯, or a magazine's, a station's.
    [['长江日报讯（记者 程远 通讯员 方晓）7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: ['方晓'], date: '2031-07-03', start: '长江日报讯' }],
    [['新京报讯 记者程远 7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '新京报讯' }],
    [['本刊讯（记者 程远）7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '本刊讯' }],
    // OCR's 汛 or 迅 for 讯, before the parenthesis.
    [['本报汛（记者 程远）7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '本报汛' }],
    [['本报迅（记者 程远）7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '本报迅' }],
    // A byline after the body saying what they did: `文/图` after the names, `文/X 图/Y`.
    [['7月3日，临溪镇召开会议，部署防汛工作。（记者 程远 通讯员 方晓 文/图）'], { reporters: ['程远'], correspondents: ['方晓'], date: '2031-07-03', start: '7月3日' }],
    [['7月3日，临溪镇召开会议，部署防汛工作。（文/程远 图/方晓）'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '7月3日' }],
    // What the people did, said after their names: 整理, 采写.
    [['本报记者 程远 整理', '', '夏收时节，临溪镇的田野上一片繁忙。'], { reporters: ['程远'], correspondents: [], date: null, start: '夏收时节' }],
    [['本报讯（记者 程远 采写）7月3日，临溪镇召开会议。'], { reporters: ['程远'], correspondents: [], date: '2031-07-03', start: '本报讯' }],
  ];
  it('reads what each person of a lead\'s byline did: `张三/文 李四/图`, `记者 张三 摄影 李四`', () => {
    for (const lead of ['本报讯（记者 程远/文 方晓/图）7月3日，临溪镇召开会议。', '本报讯（记者 程远 摄影 方晓）7月3日，临溪镇召开会议。']) {
      const a = parse([...HEADER, '临溪镇部署防汛工作', '', lead, ''].join('\n')).articles[0];
      assert.deepEqual([a?.byline.reporters, a?.byline.photographers], [['程远'], ['方晓']], lead);
    }
    // A paragraph that opens on 本报记者 and a call is no lead.
    const p = parse([...HEADER, '临溪镇部署防汛工作', '', '本报讯（记者 程远）7月3日，临溪镇召开会议。', '', '本报记者昨日致电该镇，了解到各部门已压实责任。', ''].join('\n'));
    assert.equal(p.articles.length, 1);
  });
  it('reads the leads and bylines other papers print, with every name and no other word as a name', () => {
    for (const [lines, want] of FORMS) {
      const p = parse([...HEADER, '临溪镇部署防汛工作', '', ...lines, ''].join('\n'));
      assert.equal(p.articles.length, 1, lines[0]);
      const a = p.articles[0];
      assert.deepEqual(
        { reporters: a?.byline.reporters, correspondents: a?.byline.correspondents, date: a?.kind === 'feature' ? null : a?.date, start: body(a).slice(0, want.start.length) },
        want,
        lines[0],
      );
      assert.deepEqual([a?.headline?.main, a?.headline?.sub], ['临溪镇部署防汛工作', undefined], lines[0]);
    }
  });
  it('dates a lead that gives only the day (`3日上午`, `新华社北京3日电`) by the issue date: the last such day on or before it', () => {
    // HEADER's issue date is 2031-07-04.
    for (const [lead, date] of [
      ['本报讯（记者 程远）3日上午，临溪镇召开会议。', '2031-07-03'],
      ['本报讯（记者 程远）28日，临溪镇召开会议。', '2031-06-28'],
      ['新华社北京3日电（记者 程远）临溪镇召开会议。', '2031-07-03'],
      ['本报讯（记者 程远）近日，临溪镇召开会议，今年3日以来未停。', null],
      // The month said in words: the issue's (`本月`) or the one before (`上月`).
      ['本报讯（记者 程远）本月1日，临溪镇召开会议。', '2031-07-01'],
      ['本报讯（记者 程远）上月28日，临溪镇召开会议。', '2031-06-28'],
    ] as const) {
      const p = parse([...HEADER, '临溪镇部署防汛工作', '', lead, ''].join('\n'));
      assert.equal(p.articles[0]?.date, date, lead);
    }
    // Days of a span with no month: the first day, and the last as the span's end.
    for (const lead of ['本报讯（记者 程远）2日至3日，临溪镇召开会议。', '本报讯（记者 程远）2至3日，临溪镇召开会议。']) {
      const a = parse([...HEADER, '临溪镇部署防汛工作', '', lead, ''].join('\n')).articles[0];
      assert.deepEqual([a?.date, a?.dateEnd], ['2031-07-02', '2031-07-03'], lead);
    }
  });
  it('reads each item of a 简讯 column that a bullet opens instead of a headline (`■7月3日，…`) as a report of its own', () => {
    const items = ['■7月3日，临溪镇举办农民丰收节，展销', '特色农产品两百余种。', '■日前，松林县新建的三所乡村学校正', '式投入使用，可新增学位一千八百个。', '■本报讯 7月3日起，城区新开通两条', '公交线路，市民出行更加便捷。'];
    const p = parse([...HEADER, '简讯', ...items, ''].join('\n'));
    assert.deepEqual(
      p.articles.map((a) => [body(a).slice(0, 6), a.date]),
      [['■7月3日，', '2031-07-03'], ['■日前，松林', null], ['■本报讯7月', '2031-07-03']],
    );
  });
  it('reads a site\'s or the paper\'s 消息 (`央视网消息（记者 王刚）：`, `本报综合消息`) and a byline said in words with no marker (`记者 赵丽 报道：`) as leads, in narrow columns and a paragraph a line', () => {
    const wrapped = [' 央视网消息（记者 王', '刚）：4月8日，全市春', '季义务植树活动在西山', '林场启动，千余名干部', '群众参加。', '全市春季植树活动启动',
      ' 记者 赵丽 报道：4月', '8日，市老年大学春季班', '开课，两千余名学员报', '名参加书法、声乐等课', '程。', '老年大学春季班开课',
      ' 本报综合消息 4月8日', '起，沿海高速新增两处', '服务区正式投入运营。', '高速公路新增服务区', ''].join('\n');
    const lines = ['全市春季植树活动启动', '', '央视网消息（记者 王刚）：4月8日，全市春季义务植树活动启动。', '', '老年大学春季班开课', '',
      '本报记者 赵丽 通讯员 孙可 报道：4月8日，市老年大学春季班开课。', '', '高速公路新增服务区', '', '本报综合消息 4月8日起，沿海高速新增两处服务区。', ''].join('\n');
    for (const [text, correspondents] of [[wrapped, []], [lines, ['孙可']]] as const) {
      const p = parse(text);
      assert.deepEqual(p.articles.map((a) => [a.headline?.main, a.byline.reporters, a.byline.correspondents]), [
        ['全市春季植树活动启动', ['王刚'], []],
        ['老年大学春季班开课', ['赵丽'], correspondents],
        ['高速公路新增服务区', [], []],
      ]);
      assert.ok(p.articles.every((a) => !a.doubts?.length), JSON.stringify(p.articles.map((a) => a.doubts)));
    }
  });
  it('reads an opinion page as printed: an editorial under its label, an interview\'s questions, a byline set over its headline, a named commentator (style B)', () => {
    const p = parse(['滨海日报', '2024年4月9日 星期二', '第6版 评论', '', '社论', '', '以实干担当开创发展新局面', '',
      '新的一年，全市上下要以更加饱满的热情，奋力开创发展新局面。', '', '实干是最鲜明的底色。', '',
      '让科技成果走出实验室', '——访市科技局局长吴华', '', '本报记者 刘洋', '', '记者：今年全市科技工作有哪些重点？', '',
      '吴华：今年我们将重点推进科技成果转化。', '', '问：如何帮助中小企业创新？', '', '吴华：我们设立了专项资金。', '',
      '特约评论员 张平', '', '城市更新要留住烟火气', '', '城市更新不是大拆大建，而是要留住城市记忆。', '',
      '■ 本报记者 何平', '', '为了那一池清水', '', '一个清晨，记者跟随护河队员沿着河道巡查。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.kicker, a.headline?.main, a.byline.reporters, a.body.filter((b) => b.type !== 'paragraph').length, a.doubts ?? []]), [
      ['feature', '社论', '以实干担当开创发展新局面', [], 0, []],
      ['feature', undefined, '让科技成果走出实验室', ['刘洋'], 0, []],
      ['feature', undefined, '城市更新要留住烟火气', ['张平'], 0, []],
      ['feature', undefined, '为了那一池清水', ['何平'], 0, []],
    ]);
  });
  it('reads a byline said in words: 本报讯 记者王五 通讯员赵六 报道', () => {
    const p = parse([...HEADER, '工业产值同比增长', '', '本报讯 记者任杰 通讯员彭悦 报道 7月3日，记者从', '统计局获悉，上半年工业产值同比增长。', ''].join('\n'));
    const a = find(p.articles, '本报讯');
    assert.deepEqual([a?.byline.reporters, a?.byline.correspondents], [['任杰'], ['彭悦']]);
    assert.equal(a?.date, '2031-07-03');
  });
  it('reads a byline with no brackets before a lead that says its day in words (`本报讯 记者 方晓 本月2日起`) without the words as a name', () => {
    const p = parse([...HEADER, '新开两条公交线路', '', '本报讯 记者 方晓 本月2日起，城区新开通两条公交线路。', '', '图书馆延长开放时间', '', '本报讯 记者林晓昨日起，市图书馆每天开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.byline.reporters, a.date]), [
      [['方晓'], '2031-07-02'],
      [['林晓'], '2031-07-03'],
    ]);
  });
  it('takes a line with no sentence mark between two of a headline\'s lines for one of them, though long (OCR)', () => {
    const p = parse([...HEADER, '临溪镇召开党委 （扩大） 会', '', '议', '', '听取各村 《社区) 去年工作总结和今', '', '年工作谋划情况汇报', '', '本报讯〈记者 程远) 7月3日上午，临溪镇召开党委〈扩大）会议。', '', '会议强调，要把思想统一到上级部署上来。', ''].join('\n'));
    assert.equal(p.articles.length, 1);
    assert.equal(headlineText(p.articles[0]).replace(/\s/g, ''), '临溪镇召开党委（扩大）会议听取各村《社区）去年工作总结和今年工作谋划情况汇报');
  });
  it('takes a headline of five lines (kicker, main over two, a deck of two phrases) for the report it stands over (OCR)', () => {
    const p = parse(
      [
        ...HEADER,
        '全省职业技能', '大赛落幕', '',
        '本报讯（记者 江枫）7月3', '日，全省职业技能大赛在省', '城举行。', '',
        '本届大赛共决出一等奖二十', '名。', '',
        '松林县上半年经济运行', '工业产值同比增', '长一成以上', '一一重点项目建设提速', '企业用工需求旺盛', '',
        '本报讯 记者夏阳 通讯', '员程远 报道 7月3日，记者', '从松林县统计局获悉，上半', '年工业总产值同比增长。', '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 2);
    const report = find(p.articles, '本报讯记者夏阳');
    assert.equal(headlineText(report), '松林县上半年经济运行工业产值同比增长一成以上一一重点项目建设提速企业用工需求旺盛');
    assert.ok(!body(find(p.articles, '本报讯（记者江枫）')).includes('松林县'));
  });
  it('reads a lead whose first line a narrow column set letter by letter (`本 报 北 京 7 月 3 日 讯`)', () => {
    const p = parse(
      [
        ...HEADER,
        '全国春季农业生产暨春耕', '备耕现场会召开', '',
        '本 报 北 京 7 月 3 日 讯', '（记者邵宁）全国春季农业', '生产暨春耕备耕现场会今天', '召开。会议强调，要抓好春', '季田间管理。', '',
      ].join('\n'),
    );
    const report = find(p.articles, '本报北京');
    assert.deepEqual(report?.byline?.reporters, ['邵宁']);
    assert.equal(report?.date, '2031-07-03');
  });
  it('reads a lead whose closing bracket OCR read as a semicolon (`本报讯〈记者 X 通讯员 Y;`) (OCR)', () => {
    const p = parse(
      [
        ...HEADER,
        '全区经济工作会议召开', '',
        '本报讯〈记者秦朗通讯员苏航;2031年7月3日下午，全区', '经济工作会议召开。会议要求，', '各部门要聚焦主业。', '',
      ].join('\n'),
    );
    const report = find(p.articles, '本报讯');
    assert.deepEqual([report?.byline?.reporters, report?.byline?.correspondents], [['秦朗'], ['苏航']]);
    assert.equal(report?.date, '2031-07-03');
  });
  it('reads a lead whose 本报 a narrow column set alone on its line (`本报` / `讯（记者 X）…`) as the lead of a report of its own (OCR)', () => {
    const p = parse([...HEADER, ' 本报讯（记者 林晓）', '7月3日，临溪镇召开', '会议，部署防汛工作。', '临溪镇部署防汛工作', '', ' 本报', '讯（记者 方晓）7月', '3日，各地抢抓农时，', '开展夏收夏种工作。', '夏收夏种正当时', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.headline?.main, a.byline.reporters, a.date]), [['临溪镇部署防汛工作', ['林晓'], '2031-07-03'], ['夏收夏种正当时', ['方晓'], '2031-07-03']]);
  });
  it('reads wire copy whose marker a narrow column wrapped before its 电 (OCR)', () => {
    // After a commentary, only the lead tells that the headline over it is not the commentary's subhead.
    const p = parse(
      [
        ...HEADER,
        '让实干成为最鲜明的底色', '', '本报评论员', '',
        '事业成于实干，发展贵在', '落实。面对新形势新任务，', '唯有真抓实干。', '',
        '多地加快推进老', '旧小区改造', '',
        '新华社北京7月3日', '电【《记者 江枫 杜鹃) 记者', '从住房和城乡建设部获悉，', '今年以来各地加快推进城镇', '老旧小区改造。', '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 2);
    const a = find(p.articles, '新华社');
    assert.equal(a?.headline?.main.replace(/\n/g, ''), '多地加快推进老旧小区改造');
    assert.deepEqual(a?.byline.reporters, ['江枫', '杜鹃']);
    assert.equal(a?.date, '2031-07-03');
  });
  it('reads two names a wrap\'s space cut into three pieces (`记者 程 远 方晓`, style C)', () => {
    // Style C keeps a space where the printed line wrapped: one fell inside a name.
    const p = parse(['2031.7.4 星期五', '', '# 春耕备耕正当时', '', '新华社北京7月3日电（记者 程 远 方晓）连日来，各地抢抓农时， 开展夏收夏种工作。', ''].join('\n'));
    assert.deepEqual(find(p.articles, '新华社')?.byline.reporters, ['程远', '方晓']);
  });
  it('reads the rest of markdown an export may write as markup: pictures, bold subheads, quotations, lists, rules (style C)', () => {
    const p = parse(
      [
        '2031.7.4 星期五', '', '# 稻田里长出"致富经"', '', '本报记者 吴 迪', '', '> 编者按:乡村振兴,产业是关键。本报今起推出系列报道。', '',
        '初夏时节,走进临溪镇的稻渔综合种养基地,稻田碧绿。', '', '![](images/p5-1.jpg)', '', '7月3日,农民在稻田里投放鱼苗。(本报记者 吴迪 摄)', '',
        '**延伸产业链 提升附加值**', '', '该镇还引进了加工企业,推动产业链向深加工延伸。', '', '---', '',
        '# 临溪镇召开防汛工作会议', '', '本报讯(记者 吴迪)7月3日,临溪镇召开防汛工作会议。', '', '- 加强值班值守;', '- 排查风险隐患。', '',
      ].join('\n'),
    );
    assert.equal(p.layout, 'paragraph');
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main ?? null]), [['feature', '稻田里长出“致富经”'], ['photo', null], ['news', '临溪镇召开防汛工作会议']]);
    const [feature, photo, news] = p.articles;
    assert.deepEqual(feature?.body.map((b) => b.type), ['paragraph', 'paragraph', 'heading', 'paragraph']);
    assert.match(body(feature), /^编者按：乡村振兴/);
    assert.deepEqual([body(photo), photo?.byline.photographers], ['7月3日，农民在稻田里投放鱼苗。', ['吴迪']]);
    assert.equal(body(news), '本报讯（记者吴迪）7月3日，临溪镇召开防汛工作会议。加强值班值守；排查风险隐患。');
    assert.ok(!/[*>#!]|images/.test(JSON.stringify(p.articles)), 'no markup in any article');
  });
  it('reads a bold byline (`**本报记者 王刚**`) as the byline, not a subhead, and italic marks (`*…*`) as markup (style C)', () => {
    const p = parse(['# 滨海日报', '', '2024年4月9日 星期二 第5版 要闻', '', '## 全市春季植树活动启动', '', '**本报记者 王刚**', '', '4月8日，全市春季义务植树活动在西山林场启动。', '',
      '![](p5-1.jpg)', '', '*志愿者在西山林场植树。 本报记者 王刚 摄*', '', '活动现场，志愿者们分工协作。', '', '## 高速公路新增服务区', '', '*本报讯* 4月8日起，沿海高速新增两处服务区。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.kicker, a.headline?.main ?? null, a.byline.reporters, a.byline.photographers, a.body.map((b) => b.text).join('').includes('*')]), [
      ['feature', undefined, '全市春季植树活动启动', ['王刚'], [], false],
      ['photo', undefined, null, [], ['王刚'], false],
      ['news', undefined, '高速公路新增服务区', [], [], false],
    ]);
    assert.equal(find(p.articles, '本报讯')?.doubts, undefined);
  });
  it('keeps a markdown heading of a lower level than its article\'s headline as that article\'s subhead, signed or not (style C)', () => {
    for (const byline of [[], ['本报记者 吴 迪', '']]) {
      const p = parse(
        [
          '2031.7.4 星期五', '', '## 稻田里长出"致富经"', '', ...byline, '初夏时节,走进临溪镇的稻渔综合种养基地,稻田碧绿。', '', '### 延伸产业链', '',
          '该镇还引进了加工企业,发展冷链物流。', '', '## 临溪镇图书馆新馆开放', '', '日前,临溪镇图书馆新馆正式开放,藏书达50万册。', '',
        ].join('\n'),
      );
      assert.deepEqual(p.articles.map((a) => [a.headline?.main, a.body.map((b) => b.type)]), [
        ['稻田里长出“致富经”', ['paragraph', 'heading', 'paragraph']],
        ['临溪镇图书馆新馆开放', ['paragraph']],
      ]);
    }
  });
  it('reads a headline with a comma that ends on an exclamation or a question over its lead (style B)', () => {
    for (const headline of ['你好，新时代！', '“双减”之后，孩子们去哪儿了？']) {
      const p = parse([
        headline, '',
        '本报讯(记者 程远)7月3日,临溪镇召开会议,部署防汛工作,会议要求各部门要压实责任,确保安全度汛,切实保障人民群众生命财产安全。', '',
        '会议强调,要坚持问题导向,扎实开展隐患排查整治,坚决遏制各类事故发生,全力以赴打赢防汛攻坚战。', '',
      ].join('\n'));
      assert.deepEqual(p.articles.map((a) => a.headline?.main), [headline]);
    }
  });
  it('reads an export of a paragraph a line that prints no blank line between them, each line a paragraph (style B)', () => {
    const lines = [
      '临江日报', '2031年7月4日 星期五', '第2版 本地新闻', '本版责编:卢少华 美编:钟灵',
      '聚焦民生实事', '城区新增十个便民菜市场', '——年内将再建五个',
      '本报讯 记者黄晓明 实习生刘洋 报道:7月3日,记者从市商务局获悉,今年以来城区新建便民菜市场十个,方便了周边居民买菜。',
      '据介绍,新建的菜市场均按标准化要求建设,配备了冷藏设施和农残检测室。',
      '(上接1版)',
      '市民王女士说:"以前买菜要走二十分钟,现在下楼就到。"',
      '图为市民在新建的菜市场选购蔬菜。', '特约记者 韦一鸣 摄',
      '夏粮收购工作全面展开',
      '本报讯(特约记者 韦一鸣)7月上旬以来,全市各粮站陆续开秤收购夏粮,已收购小麦一万二千吨。',
      '为了那一池清水', '■ 本报记者 何小平',
      '7月的一个清晨,记者跟随护河队员沿着清水河巡查。', '队员老周告诉记者,他们每天要走十多公里。', '',
    ];
    const p = parse(lines.join('\n'));
    assert.equal(p.layout, 'paragraph');
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main ?? null, a.body.length, body(a).slice(0, 6)]), [
      ['news', '城区新增十个便民菜市场', 3, '本报讯记者黄'],
      ['photo', null, 1, '图为市民在新'],
      ['news', '夏粮收购工作全面展开', 1, '本报讯（特约'],
      ['feature', '为了那一池清水', 2, '7月的一个清'],
    ]);
    assert.deepEqual(p.articles[3]?.byline.reporters, ['何小平']);
  });
  it('keeps an editor\'s note under its label alone on a line (`【编者按】`) as the opening of the piece, and a byline of correspondents under the reporters\' as one byline (style B)', () => {
    const p = parse(
      [...HEADER, '【编者按】', '', '入冬以来,本报记者走进社区、企业,记录普通人的温暖故事。', '', '冬日暖心事', '', '一碗热汤面 温暖环卫工', '', '本报记者 柯 南', '', '通讯员 王小川', '', '7月3日清晨6点,在城东一家面馆里,十几名环卫工人围坐在一起。', '', '"这碗面是老板请的。"环卫工张师傅说。', ''].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    const a = p.articles[0];
    assert.deepEqual([a?.kind, a?.headline?.kicker, a?.headline?.main, a?.byline.reporters, a?.byline.correspondents], ['feature', '冬日暖心事', '一碗热汤面 温暖环卫工', ['柯南'], ['王小川']]);
    assert.ok(body(a).startsWith('【编者按】入冬以来'));
    // Another reporter's byline under a signature is another piece's: not joined.
    const q = parse([...HEADER, '老屋的枣树', '', '□ 林 木', '', '本报记者 程远', '', '老屋门前有一棵枣树。', ''].join('\n'));
    assert.ok(q.articles.every((x) => x.byline.reporters.length <= 1));
  });
  it('reads a short export, more headline and masthead lines than paragraphs, as a paragraph a line (style B)', () => {
    const p = parse(
      [
        '江城日报', '2031年7月4日 星期五', '第4版 城市', '', '编辑:周敏', '校对:李华', '', '热点关注', '', '夏粮收购有序展开', '', '全市已收购小麦12万吨', '',
        '本报讯(通讯员 王磊 记者 陈晨)7月3日,记者从市粮食和物资储备局获悉,全市夏粮收购工作有序展开。', '',
        '据介绍,今年全市小麦品质总体较好,收购价格稳中有升,农民售粮积极性较高。', '',
        '老社区焕发新活力', '', '本报记者 刘洋 通讯员 孙丽', '',
        '清晨,走进东湖街道的老旧小区,新铺的沥青路面平整干净,加装的电梯正在运行。', '',
        '楼道亮了 居民笑了', '', '过去,这里的楼道灯经常损坏,居民出行很不方便,改造后全部换上了声控灯。', '',
      ].join('\n'),
    );
    assert.equal(p.layout, 'paragraph');
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main, a.body.length]), [['news', '夏粮收购有序展开', 2], ['feature', '老社区焕发新活力', 3]]);
    assert.deepEqual(p.articles[1]?.body[1], { type: 'heading', text: '楼道亮了居民笑了' });
  });
  it('ends a report at the byline closing its text, so the headline after it opens the next report, whose words it shares (style B)', () => {
    const p = parse(
      [
        ...HEADER, '南湖公园菊花展开幕', '', '7月3日,南湖公园第十届菊花展开幕,展出菊花品种300余个。(记者 周平)', '', '', '',
        '游客在菊花展上拍照留念。 周平 摄', '', '市民热议垃圾分类新规', '',
        '“新规出台后,小区里的垃圾桶都换成了四色桶,分类更清楚了。”家住南湖区的王女士说。', '',
        '7月起,《南湖市生活垃圾分类管理条例》正式施行。记者走访发现,多数市民对新规表示支持。', '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main ?? null, a.byline.reporters, a.body.length]), [
      ['news', '南湖公园菊花展开幕', ['周平'], 1],
      ['photo', null, [], 1],
      ['news', '市民热议垃圾分类新规', [], 2],
    ]);
    assert.equal(p.articles[0]?.doubts, undefined);
  });
  it('reads a short export of short paragraphs, each ending a sentence, as a paragraph a line, a picture\'s title over its caption and a banner as no headline (style B)', () => {
    const p = parse(
      [
        '江城日报', '2031年7月4日 星期五', '第3版 综合', '', '图片新闻', '', '金秋稻香', '', '7月3日,江城区农民在田间收割水稻。 记者 周平 摄', '',
        '市图书馆举办读书分享会', '', '本报讯(记者 周平)7月3日,市图书馆举办读书分享会,200余名读者参加。', '', '分享会上,读者们交流读书心得。', '',
        '一周要闻', '', '■7月1日,江城区召开安全生产工作会议。', '', '■7月2日,江城区开展消防演练。', '',
      ].join('\n'),
    );
    assert.equal(p.layout, 'paragraph');
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main ?? a.groupTitle ?? null, a.body.length]), [
      ['photo', '金秋稻香', 1],
      ['news', '市图书馆举办读书分享会', 2],
      ['news', null, 1],
      ['news', null, 1],
    ]);
  });
  it('keeps a commentary\'s text with its byline when a lead cut on the row of headlines beside it is completed from the column before it (pdftotext -layout)', () => {
    const p = parse([
      '东岳时报                      2002年3月16日 星期六           第10版（要闻）             编辑：何婷 美编：谢文',
      '',
      '老屋的枣树                 全省职业技能大 让实干成为最鲜明的底色',
      '                  新春走基层',
      '□ 苏航          守护万家灯火的 赛落幕',
      '   老屋门前有一棵枣树， 人        本报讯（记者 卢婷）3 本报评论员',
      '是祖父年轻时栽下的。每到    本报记者 韦华         月15日至17日，全省职业技 事业成于实干，发展贵   实干，就要敢于直面问   实干，还要善于创新方',
      '秋天，满树的红枣压弯了枝       编者按：春节期间，许   能大赛在省城举行，来自各 在落实。面对新形势新任 题。对群众反映强烈的难点 法。要多到基层一线调查研',
      '头。              多人坚守在工作岗位上，用    地的六百余名选手参加了数 务，唯有真抓实干、埋头苦 堵点，要拿出硬招实招，一 究，从群众中汲取智慧，把',
      '   如今祖父已经不在了，   辛勤付出守护着万家团圆。    控加工、电工、焊工等二十 干，才能把蓝图变为现实。 项一项抓落实，一件一件见 工作做到群众心坎上。',
      '枣树却依然年年结果。每次                    个项目的比赛。                   成效。',
      '回家，我都要在树下站一会    即日起，本报推出“新春走       本届大赛共决出一等奖',
      '儿。              基层”专栏，讲述他们的故    二十名，获奖选手将按规定',
      '                事。              晋升相应职业技能等级。',
    ].join('\n'));
    const commentary = p.articles.find((a) => a.headline?.main === '让实干成为最鲜明的底色');
    assert.match(body(commentary), /^事业成于实干，发展贵在落实。.*把工作做到群众心坎上。$/);
    assert.match(body(find(p.articles, '本报讯')), /^本报讯（记者卢婷）3月15日至17日.*晋升相应职业技能等级。$/);
  });
  it('reads one short sentence under the blank lines a picture leaves inside a feature as a caption without credit (style B)', () => {
    const p = parse(
      [
        '编辑:马骏', '', '让实干成为最鲜明的底色', '', '本报评论员', '',
        '事业成于实干,发展贵在落实。面对新形势新任务,唯有真抓实干、埋头苦干,才能把蓝图变为现实。', '', '', '',
        '东江区湿地公园里,成群的白鹭在水面上觅食嬉戏。', '',
        '实干,就要敢于直面问题。对群众反映强烈的难点堵点,要拿出硬招实招,一项一项抓落实,一件一件见成效。', '',
        '全省职业技能大赛落幕', '', '本报讯(记者 邵宁)8月16日至18日,全省职业技能大赛在省城举行,来自各地的六百余名选手参加了比赛。', '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => [a.kind, a.body.length]), [['feature', 2], ['photo', 1], ['news', 1]]);
    assert.equal(body(p.articles[1]), '东江区湿地公园里，成群的白鹭在水面上觅食嬉戏。');
    assert.ok(p.articles[1]?.doubts?.includes('caption without credit'));
  });
  it('keeps a lead\'s bare byline wrapped in a narrow column (`本报讯 记者江枫` / `通讯员方晓 报道`) with its lead (style A)', () => {
    const p = parse(
      ['本报讯 记者江枫', '通讯员方晓 报道', '4月12日，记者从', '白鹭镇统计局获悉，', '一季度全县规模以上', '工业总产值同比增长', '12.3%。', '', '白鹭镇一季度经济运行', ''].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    assert.deepEqual([p.articles[0]?.byline.reporters, p.articles[0]?.byline.correspondents], [['江枫'], ['方晓']]);
    assert.equal(p.articles[0]?.headline?.main, '白鹭镇一季度经济运行');
  });
  it('reads a caption\'s credit in parentheses however a narrow column wraps it (`（记` / `者 白露 摄）`, `（记者 潘` / `峰 摄）`, `（记者 秦朗` / `摄）`, `（记` / `者 夏阳 摄` / `）`) as its credit (style A)', () => {
    const page = (caption: string[]) =>
      parse(
        ['本报讯（记者 程远）3月15日，', '临溪镇召开防汛工作会议，', '部署今年防汛工作。', '', '临溪镇部署防汛工作', '', ...caption, '', '本报讯（记者 方晓）3月15日，', '各地抢抓农时，开展夏收夏', '种工作。', '', '各地抢抓农时', ''].join('\n'),
      );
    for (const [caption, name] of [
      [['3月15日，青川县的果农', '在果园里修剪果树。（记', '者 白露 摄）'], '白露'],
      [['3月15日，青川县的果农', '在果园里修剪果树。 （记者 潘', '峰 摄）'], '潘峰'],
      [['3月15日，青川县的果农', '在果园里修剪果树。', ' （记者 秦朗', ' 摄）'], '秦朗'],
      [['3月15日，青川县的果农', '在果园里修剪果树。 （记', '者 夏阳 摄', '）'], '夏阳'],
    ] as const) {
      const p = page([...caption]);
      assert.deepEqual(
        p.articles.map((a) => [a.kind, body(a), a.byline.photographers]),
        [
          ['news', '本报讯（记者程远）3月15日，临溪镇召开防汛工作会议，部署今年防汛工作。', []],
          ['photo', '3月15日，青川县的果农在果园里修剪果树。', [name]],
          ['news', '本报讯（记者方晓）3月15日，各地抢抓农时，开展夏收夏种工作。', []],
        ],
        caption.join(' / '),
      );
    }
  });
  it('reads a wire lead\'s two reporters as two where a column break falls between their names (`（记者 程远` / ` 邵宁）…`, style A)', () => {
    const p = parse(['百年古桥完成保护性修缮 新华社北京9月17日电（记者 程远', '', ' 邵宁）记者从住房和城乡建设部获悉', '，今年以来各地加快推进城镇老旧小区', '改造。', '', '多地加快推进老旧小区改造', ''].join('\n'));
    assert.deepEqual(find(p.articles, '新华社北京9月17日电')?.byline.reporters, ['程远', '邵宁']);
    // (Two names of five characters in all: only the space the line opens on tells them apart.)
    const three = parse(['新华社北京9月17日电（记者 程远', '', ' 欧阳明）记者从住房和城乡建设部获', '悉，各地加快推进城镇老旧小区改造。', '', '多地加快推进老旧小区改造', ''].join('\n'));
    assert.deepEqual(find(three.articles, '新华社北京9月17日电')?.byline.reporters, ['程远', '欧阳明']);
  });
  it('reads a source\'s credit a narrow column wrapped (`（资料图` / `片）`, `（` / `资料图片）`, `新华` / `社发`) as the caption\'s credit, not a headline\'s line (style A)', () => {
    for (const caption of [['东江区新建的文化广', '场夜景。 （资料图', '片）'], ['东江区新建', '的文化广场', '夜景。 （', '资料图片）'], ['▲3月15日', '，临溪镇的村', '民在田间抢收', '小麦。 新华', '社发']]) {
      const p = parse(['本报讯（记者 程远）3月15日，', '临溪镇召开防汛工作会议。', '', '临溪镇部署防汛工作', '', ...caption, '', '', '本报讯（记者 方晓）3月15日，', '各地抢抓农时。', '', '各地抢抓农时', ''].join('\n'));
      assert.deepEqual(
        p.articles.map((a) => [a.kind, a.headline?.main ?? null]),
        [['news', '临溪镇部署防汛工作'], ['photo', null], ['news', '各地抢抓农时']],
        caption.join(' / '),
      );
      assert.ok(body(p.articles[1]).endsWith('。'), body(p.articles[1]));
    }
  });
  it('keeps a byline\'s last words wrapped to a line of their own (`本报记者 苏航` / `文/图`) in the byline (style A)', () => {
    const p = parse(['本报记者 苏航', '文/图', '', '清晨七点，老城区', '的巷子里已经热闹', '起来。', '', '老街巷里的新生活', ''].join('\n'));
    assert.deepEqual([p.articles[0]?.byline.reporters, p.articles[0]?.byline.photographers, body(p.articles[0])], [['苏航'], ['苏航'], '清晨七点，老城区的巷子里已经热闹起来。']);
  });
  it('goes on in a bracket a column break left open (`…资源。（记者 苏` / blank / `航）`): the byline closing the text, not a headline\'s (style A)', () => {
    const p = parse(['日前，南湖区新建的三所乡村学校', '正式投入使用，共享优质课程资源。（记者 苏', '', '航）', '', '南湖区新建三所乡村学校投入使用', ''].join('\n'));
    assert.equal(p.articles.length, 1);
    assert.deepEqual([p.articles[0]?.headline?.main, p.articles[0]?.byline.reporters], ['南湖区新建三所乡村学校投入使用', ['苏航']]);
    assert.ok(body(p.articles[0]).endsWith('资源。（记者苏航）'));
  });
  it('starts a caption opening on its day (`5月9日，…。` / `(记者 白露 摄)`) where it opens, not in the paragraph above that the picture cut mid-sentence (tesseract, style A)', () => {
    // As on a page made by `npm run real-pages -- --seed 34` (page 4): the caption had taken the paragraph above it.
    const p = parse(['王家鹏一行首先到文苑街道看望计生', '贫困户。他详细询问了她的家庭、收入', '状况，要求街道和村要多关心、多照顾，', '随时随地解决计生贫困户的困', '', '5月9日，南湖区的果农在果园里修剪果树。', '(记者 白露 摄)', '', '难和问题。他把慰问金送到她手中，并', '叮嘱她保重身体。', '', '示范区领导走访慰问困难群众', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => a.kind), ['news', 'photo']);
    assert.equal(body(p.articles[1]), '5月9日，南湖区的果农在果园里修剪果树。');
    assert.equal(p.articles[1]?.doubts, undefined);
    assert.ok(body(p.articles[0]).includes('贫困户的困难和问题。'));
  });
  it('reads a paragraph whose wraps an export set as spaces, two where a space stood (`（记者  常乐）`), as one paragraph, not two columns (style C)', () => {
    const p = parse(
      [
        '2012.3.11 星期日',
        '',
        '# 东江区新建三所乡村学校投入使用',
        '',
        '日前，东江区新建的三所乡村学校正式投入使用 ，可新增学位一千八百个，附近村庄的孩子不用 再到十几公里外的镇上上学。',
        '',
        '新学校配备了标准化的教室、实验室和 运动场，并通过远程教学系统与城区学 校结对，共享优质课程资源。（记者  常乐）',
        '',
        '# 全国春季农业生产暨春耕备耕现场会召开',
        '',
        '本报北京3月10日讯（记者 程远）全国春季农业生产暨春耕备耕现场会今天召开。',
        '',
      ].join('\n'),
    );
    const school = find(p.articles, '日前，东江区新建');
    assert.ok(body(school).endsWith('共享优质课程资源。（记者常乐）'), body(school));
    assert.deepEqual([school?.byline.reporters, school?.doubts], [['常乐'], undefined]);
  });
  it('keeps a deck under its headline though the lead says none of its words (style B)', () => {
    const p = parse(
      [
        '松林县一季度经济运行 工业产值同比增长一成以上', '', '——重点项目建设提速 企业用工需求旺盛', '',
        '本报讯 记者任杰 通讯员彭悦 报道 4月2日,记者从松林县统计局获悉,一季度全县规模以上工业总产值同比增长12.3%。', '',
        '据介绍,该县坚持把项目建设作为稳增长的关键抓手,先后开工建设重点项目46个。企业用工需求旺盛。', '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    assert.equal(p.articles[0]?.headline?.sub, '——重点项目建设提速 企业用工需求旺盛');
  });
  it('cuts a headline from a lead run into its line, whatever the lead\'s form (style A)', () => {
    // Narrow OCR columns, headlines after their body: the headline's last line runs into the next lead.
    const p = parse(
      [
        '本报讯（记者 秦朗）', '7月3日，全省职业', '技能大赛在松林县', '落幕。', '',
        '全省职业技能大赛落幕 本报讯 7月4日起，', '城区新开通两条公', '交线路。', '',
        '新开两条公交线路 本报讯 记者任杰 通讯员', '彭悦 报道 7月3日，', '记者从统计局获悉，', '工业产值同比增长。', '',
        '工业产值同比增长 长江日报讯（记者 苏航）', '7月3日，临溪镇召开', '防汛工作会议。', '',
        '临溪镇部署防汛工作', '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => a.headline?.main), ['全省职业技能大赛落幕', '新开两条公交线路', '工业产值同比增长', '临溪镇部署防汛工作']);
    assert.deepEqual(p.articles.map((a) => body(a).slice(0, 3)), ['本报讯', '本报讯', '本报讯', '长江日']);
  });
  it('reads a byline after the body whose names OCR spaced out, （记者 陆 青 通讯员 邓 辉）, and the headline under it (style A)', () => {
    const p = parse([...HEADER, ' 本报讯 7 月 3 日，县妇联', '在县文化广场举办主题活动，全', '县妇女代表五百余人参加。', '（记者 陆 青 通讯员 邓 辉）', '县妇联举办主题活动', ' 本报讯（记者 陆 青）7月2', '日，县人社局举办春季招聘会。', '春季招聘会举行', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.headline?.main, a.byline.reporters, a.byline.correspondents, body(a).slice(-6)]), [
      ['县妇联举办主题活动', ['陆青'], ['邓辉'], '五百余人参加。'.slice(-6)],
      ['春季招聘会举行', ['陆青'], [], '春季招聘会。'],
    ]);
  });
  it('reads a name alone in parentheses closing a report whose lead names no one as its byline (`…86处。（陈晨）`), and the headline under it (style A, B)', () => {
    const a = parse([...HEADER, ' 本报讯 7月3日，临溪镇组织开展', '消防安全大检查，整改隐患86处。（陈', '晨）', '临溪镇开展消防安全检查', ' 本报讯（记者 程远）7月3日，', '临溪镇召开防汛工作会议。', '临溪镇部署防汛工作', ''].join('\n'));
    assert.deepEqual(a.articles.map((x) => [x.headline?.main, x.byline.reporters]), [['临溪镇开展消防安全检查', ['陈晨']], ['临溪镇部署防汛工作', ['程远']]]);
    const b = parse([...HEADER, '临溪镇开展消防安全检查', '', '本报讯 7月3日至5日,临溪镇组织开展消防安全大检查,整改隐患86处。(陈晨、许文)', ''].join('\n'));
    assert.deepEqual(b.articles[0]?.byline.reporters, ['陈晨', '许文']);
    assert.ok(body(b.articles[0]).endsWith('（陈晨、许文）'), 'it stays in the text as printed');
    // What else closes a piece in parentheses names no one.
    for (const end of ['（完）', '（待续）', '（有删节）', '（综合）']) {
      const c = parse([...HEADER, '临溪镇开展消防安全检查', '', `本报讯 7月3日,临溪镇组织开展消防安全大检查。${end}`, ''].join('\n'));
      assert.deepEqual(c.articles[0]?.byline.reporters, [], end);
    }
  });
  it('reads a byline after the body, （记者 孙八）, and keeps it out of the body', () => {
    const p = parse([...HEADER, '新建三所乡村学校投入使用', '', '日前，新建的三所乡村学校正式投入使', '用，可新增学位一千八百个。', '（记者 邵宁）', ''].join('\n'));
    const a = find(p.articles, '日前');
    assert.deepEqual(a?.byline.reporters, ['邵宁']);
    assert.equal(body(a), '日前，新建的三所乡村学校正式投入使用，可新增学位一千八百个。');
    assert.equal(a?.date, null, '日前 gives no date');
  });
  it('reads a dateline OCR set a space inside (`本报北 京8月16日讯`, `新华社北 京6月14日电`) as a lead, and a signed piece\'s byline of two roles run together (`本报记者苏航通讯员方晓`) as no dateline', () => {
    for (const lead of ['本报北 京8月16日讯（记者 华安）', '新华社北 京8月16日电（记者 华安）']) {
      const p = parse([...HEADER, '全国春季农业生产现场会召开', '', `${lead}全国春季农业生产现场会今天召开。`, ''].join('\n'));
      assert.deepEqual(p.articles.map((a) => [a.kind, a.byline.reporters, a.date]), [['news', ['华安'], '2031-08-16']], lead);
    }
    for (const byline of ['本报记者苏航通讯员方晓', '本报记者 苏航 通讯员 方晓', '本报通讯员 方晓 记者 苏航']) {
      const p = parse([...HEADER, '老街巷里的新生活', '', byline, '', '清晨七点，老城区的巷子里已经热闹起来。', ''].join('\n'));
      assert.deepEqual(p.articles.map((a) => [a.kind, a.byline.reporters, a.byline.correspondents]), [['feature', ['苏航'], ['方晓']]], byline);
    }
  });
  it('reads 本报记者 钱七 文/图 as the writer who took the pictures', () => {
    const p = parse([...HEADER, '老街巷里的新生活', '本报记者 苏航 文/图', '清晨七点，老城区的巷子里已经热闹起来。', ''].join('\n'));
    const a = find(p.articles, '清晨');
    assert.equal(a?.kind, 'feature');
    assert.deepEqual([a?.byline.reporters, a?.byline.photographers], [['苏航'], ['苏航']]);
    assert.equal(a?.headline?.main, '老街巷里的新生活');
  });
  it('reads 文/图 as OCR gives it, its 图 or its slash lost: 本报记者 苏航 文/, 本报记者范文文图', () => {
    for (const [line, name] of [['本报记者 苏航 文/', '苏航'], ['本报记者范文文图', '范文']] as const) {
      const p = parse([...HEADER, '老街巷里的新生活', '', line, '', '清晨七点，老城区的巷子里已经热闹起来。', ''].join('\n'));
      const a = find(p.articles, '清晨');
      assert.deepEqual([a?.byline.reporters, a?.byline.photographers], [[name], [name]], line);
      assert.equal(a?.headline?.main, '老街巷里的新生活', line);
    }
  });
  it('keeps both bylines of a piece signed at its head and at its end', () => {
    const p = parse([...HEADER, '守护万家灯火的人', '', '本报记者 杜鹃', '除夕夜十一点，供电所的值班室里依然灯火通明。', '（记者 任杰）', ''].join('\n'));
    const a = find(p.articles, '除夕夜');
    assert.deepEqual(a?.byline.reporters, ['杜鹃', '任杰']);
    assert.equal(a?.byline.text, '本报记者 杜鹃 （记者 任杰）');
  });
  it('reads 本报评论员 as a commentary\'s byline, with no person named', () => {
    const p = parse([...HEADER, '让实干成为最鲜明的底色', '', '本报评论员', '事业成于实干，发展贵在落实。', ''].join('\n'));
    const a = find(p.articles, '事业');
    assert.equal(a?.kind, 'feature');
    assert.equal(a?.byline.text, '本报评论员');
    assert.equal(a?.headline?.main, '让实干成为最鲜明的底色');
  });
  it('keeps 编者按 as the opening of the piece it introduces', () => {
    const p = parse([...HEADER, '守护万家灯火的人', '', '本报记者 卢婷', '编者按：春节期间，许多人坚守在工作岗', '位上。', '除夕夜十一点，值班室里依然灯火通明。', ''].join('\n'));
    const a = find(p.articles, '编者按');
    assert.equal(a?.kind, 'feature');
    assert.match(body(a), /^编者按：春节期间.*灯火通明。$/);
  });
  it('keeps 编者按 set over the headline, after a report, as the opening of the piece under that headline (style B)', () => {
    const p = parse(
      [
        ...HEADER, '夏粮收购有序展开', '', '本报讯(记者 陈晨)7月3日,全市夏粮收购工作有序展开,已收购小麦12万吨。', '',
        '编者按:城市更新,既要“面子”更要“里子”。即日起,本报推出“走进老社区”系列报道。', '',
        '老社区焕发新活力', '', '本报记者 刘洋', '', '清晨,走进东湖街道的老旧小区,新铺的沥青路面平整干净。', '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main, body(a).slice(0, 3)]), [['news', '夏粮收购有序展开', '本报讯'], ['feature', '老社区焕发新活力', '编者按']]);
  });
  it('keeps 编者按 set between the headline and the byline as the opening of the signed piece', () => {
    const p = parse([...HEADER, '守护万家灯火的人', '', '编者按：春节期间，许多人坚守在工作岗位上。', '', '本报记者 卢婷', '', '除夕夜十一点，值班室里依然灯火通明。', ''].join('\n'));
    assert.equal(p.articles.length, 1);
    const a = p.articles[0];
    assert.deepEqual([a?.kind, a?.headline?.main, a?.byline.reporters], ['feature', '守护万家灯火的人', ['卢婷']]);
    assert.match(body(a), /^编者按：春节期间.*灯火通明。$/);
  });
  it('keeps 编者按 over the byline as the opening of the signed piece on a page of headlines after their body (style A)', () => {
    const report = ['本报讯（记者 程远）7月3日，临溪镇召', '开会议，部署防汛工作。会议要求，各部', '门要压实责任，确保安全度汛。', '', '临溪镇部署防汛工作', ''];
    const piece = ['编者按：春节期间，许多人坚守在工作岗', '位上。', '', '本报记者 卢婷', '', '除夕夜十一点，值班室里依然灯火通明。', '抢修班班长老周刚刚处理完一起故障。', '', '守护万家灯火的人', ''];
    const p = parse([...report, ...piece, ...report.map((l) => l.replace('程远', '方晓'))].join('\n'));
    const a = find(p.articles, '编者按');
    assert.deepEqual([a?.kind, a?.headline?.main, a?.byline.reporters], ['feature', '守护万家灯火的人', ['卢婷']]);
    assert.equal(p.articles.length, 3);
  });
  it('reads a byline that says what its person did before the name: `文 | 张三`, `作者：张三`', () => {
    for (const line of ['文 | 卢婷', '作者：卢婷']) {
      const p = parse([...HEADER, '守护万家灯火的人', '', line, '', '除夕夜十一点，值班室里依然灯火通明。', ''].join('\n'));
      assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main, a.byline.reporters, body(a)]), [['feature', '守护万家灯火的人', ['卢婷'], '除夕夜十一点，值班室里依然灯火通明。']], line);
    }
    // The pictures' people after the text's, an ornament before: `文/卢婷 图/程远`, `□文/本报记者 卢婷 摄影/程远`.
    for (const line of ['文/卢婷 图/程远', '□文/本报记者 卢婷 摄影/程远']) {
      const p = parse([...HEADER, '守护万家灯火的人', '', line, '', '除夕夜十一点，值班室里依然灯火通明。', ''].join('\n'));
      assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main, a.byline.reporters, a.byline.photographers]), [['feature', '守护万家灯火的人', ['卢婷'], ['程远']]], line);
    }
  });
  it('reads a lead whose parenthesis OCR misread: 本报讯〈记者 张明)', () => {
    const p = parse([...HEADER, '社区开展义诊活动', '', '本报讯〈记者 钟鸣) 7月3日，卫生院医护人员走进社区开展', '义诊。', ''].join('\n'));
    assert.deepEqual(find(p.articles, '本报讯')?.byline.reporters, ['钟鸣']);
  });
  it('reads a lead whose opening parenthesis OCR read as two marks: 本报讯〈《记者张明)', () => {
    const p = parse([...HEADER, '社区开展义诊活动', '', '本报讯〈《记者钟鸣) 7月3日，卫生院医护人员走进社区开展', '义诊。', ''].join('\n'));
    const a = find(p.articles, '本报讯');
    assert.deepEqual([a?.byline.reporters, a?.date], [['钟鸣'], '2031-07-03']);
  });
});

describe('captions', () => {
  it('gives the last of a 图片新闻 column\'s pictures its title too, at the page\'s foot, and the first under the banner (style B)', () => {
    const p = parse([...HEADER, '全市召开优化营商环境大会', '', '本报讯（记者 王刚）7月3日，全市优化营商环境大会召开，总结去年工作，部署今年任务。', '',
      '会议要求，各部门要主动对接企业需求，解决用地、融资等难题。', '', '图片新闻', '', '春到田间农事忙', '', '7月3日，农民在白鹭镇的田间管理小麦。 本报记者 王刚 摄', '', '樱花盛开引客来', '',
      '连日来，市植物园的樱花竞相开放，吸引众多市民前来观赏。', '通讯员 孙可 摄', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.groupTitle, a.byline.photographers]), [['news', undefined, []], ['photo', '春到田间农事忙', ['王刚']], ['photo', '樱花盛开引客来', ['孙可']]]);
    assert.equal(p.dropped.length, 0);
    // A page of pictures alone under the banner, read as narrow columns: the first title too.
    const alone = parse(['图片新闻', '', '春到田间农事忙', '', '7月3日，农民在白鹭镇的田间管理小麦。当前，全市200万亩小麦进入返青期。 本报记者 王刚 摄', '', '樱花盛开引客来', '',
      '连日来，市植物园的樱花竞相开放，吸引众多市民前来观赏。', '通讯员 孙可 摄', ''].join('\n'));
    assert.deepEqual(alone.articles.map((a) => [a.kind, a.groupTitle]), [['photo', '春到田间农事忙'], ['photo', '樱花盛开引客来']]);
  });
  it('reads a paragraph saying what a picture shows (`图为…。`) inside a piece, with no credit, as a caption (style B)', () => {
    const p = parse(['临海日报', '', '2031年7月4日 星期五', '', '第2版·要闻', '', '春耕时节农事忙', '', '本报记者 黄 河 文/图', '', '连日来,各地农民抢抓农时,田间地头一派繁忙景象。', '', '在石桥镇,大型播种机来回穿梭。', '', '图为石桥镇农民在田间插秧。', '', '临溪镇召开安全生产会议', '', '本报讯(记者 黄河)7月3日,临溪镇召开安全生产工作会议。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.body.length]), [['feature', 2], ['photo', 1], ['news', 1]]);
    assert.equal(body(p.articles[1]), '图为石桥镇农民在田间插秧。');
    assert.deepEqual(p.printed, { paper: '临海日报', pageNumber: 2, pageName: '要闻' });
  });
  it('reads a paragraph pointing at its picture (`⬅昨日，…。`) as a caption, though a lead follows it (style B)', () => {
    const p = parse([...HEADER, '临溪镇部署防汛工作', '', '本报讯（记者 江枫）7月3日，临溪镇召开防汛工作部署会。', '', '会议要求各村落实巡查责任。', '', '', '',
      '⬅昨日，临溪镇机关干部在河堤上巡查。该镇今年共组织巡查队伍十二支，覆盖全部河段。', '', '本报讯（记者 方晓）7月3日，市图书馆延长夏季开放时间。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, body(a).slice(0, 4)]), [['news', '本报讯（'], ['photo', '⬅昨日，'], ['news', '本报讯（']]);
  });
  it('reads a caption of finished sentences longer than any headline, under a picture\'s blank lines, as a caption though a lead follows it (style B)', () => {
    const p = parse([...HEADER, '临溪镇部署防汛工作', '', '本报讯（记者 江枫）7月3日，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作，全镇各村负责人参加会议。', '',
      '会议要求，各村要落实巡查责任，备足抢险物资，严格执行值班值守制度，确保安全度汛，', '', '', '',
      '7月2日，临溪镇机关干部在河堤上巡查。该镇今年共组织巡查队伍十二支，覆盖全部河段。', '', '本报讯（记者 方晓）7月3日，市图书馆延长夏季开放时间，每天开放至晚上九点，方便读者下班后借阅图书。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, body(a).slice(0, 5)]), [['news', '本报讯（记'], ['photo', '7月2日，'], ['news', '本报讯（记']]);
  });
  it('reads captions numbered by their pictures (`图①：…`, `图2：…`) as captions, and a headline over them as the text\'s above (style A)', () => {
    const p = parse([...HEADER, ' 本报讯（记者 程远）7月3', '日，临溪镇召开防汛工作会', '议，部署今年防汛工作。', '临溪镇部署防汛工作', '', ' 图①：7月3日，临溪镇的', '村民在加固河堤。', ' 图2：抢险队员在演练。', ' 本报记者 程远 摄', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main ?? null, body(a)]), [
      ['news', '临溪镇部署防汛工作', '本报讯（记者程远）7月3日，临溪镇召开防汛工作会议，部署今年防汛工作。'],
      ['photo', null, '图①：7月3日，临溪镇的村民在加固河堤。图2：抢险队员在演练。'],
    ]);
  });
  it('splits the taker\'s name from a picture\'s title of a few words (`东风小区新装的电梯 孟 涛 摄`, style C), not a credit\'s role from its name', () => {
    const p = parse(['2031-07-04 周五 第05版 民生 责编:韩 冰', '', '## 临溪镇召开防汛工作会议', '', '本报讯(记者 孟 涛)7月3日,临溪镇召开防汛工作会议。', '', '![](images/p5-1.jpg)', '', '临溪镇新建的防汛仓库 孟 涛 摄', ''].join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.deepEqual([body(photo), photo?.byline.photographers], ['临溪镇新建的防汛仓库', ['孟涛']]);
    assert.deepEqual(p.printed, { pageNumber: 5, pageName: '民生' });
    const q = parse([...HEADER, '春耕备耕正当时', '', '本报讯（记者 秦朗）7月3日，各地抢抓农时。', '', '图为社员将草莓装箱。', '', '本报记者 林木 摄', ''].join('\n'));
    assert.deepEqual(q.articles.find((a) => a.kind === 'photo')?.byline.photographers, ['林木']);
  });
  it('takes a whole caption set across the columns for the caption of a credit OCR set after the column text beside it, not that text (OCR)', () => {
    const p = parse(
      [...HEADER, '守护万家灯火的人', '', '本报记者 程远', '', '除夕夜十一点，供电所的值', '班室里依然灯火通明。抢修班班', '', '▲7月3日，临溪镇的村民在田间抢收小麦。', '', '长老周刚刚处理完一起线路故', '障，顾不上吃口热饭，又开始检', '查第二天的巡线计划。', '', '“过年用电负荷大，我们多', '守一会儿，大家就能安安心心', '过个好年。”老周说。', '', '新华社发', ''].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => [a.kind, body(a).slice(0, 8)]), [['feature', '除夕夜十一点，供'], ['photo', '▲7月3日，临溪']]);
    assert.ok(body(p.articles[0]).endsWith('老周说。'));
  });
  it('splits a credit that says its role from a caption of a few words with no mark to end them (`滨江新区夜景 本报记者 许 文 摄`, style C)', () => {
    const p = parse(['2031.7.4 星期五 ■责任编辑:周 敏', '', '# 临溪镇召开防汛工作会议', '', '本报讯(记者 许 文)7月3日,临溪镇召开防汛工作会议。', '', '', '', '临溪镇新貌 本报记者 许 文 摄', ''].join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '临溪镇新貌');
    assert.deepEqual(photo?.byline.photographers, ['许文']);
  });
  it('splits a credit whose name OCR spaced out from the end of its caption\'s line (`柿。 本报记者 白 雪 摄`)', () => {
    const p = parse([...HEADER, ' 本报讯（记者 秦朗）7月3日，各地抢', '抓农时，开展夏收夏种工作。', '春耕备耕正当时', '', ' 图为菜农在大棚里采摘西红', '柿。 本报记者 白 雪 摄', ''].join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '图为菜农在大棚里采摘西红柿。');
    assert.deepEqual(photo?.byline.photographers, ['白雪']);
  });
  it('begins a credited caption under the blank lines its picture leaves, not in the text above them', () => {
    const p = parse(
      [...HEADER, '春耕备耕正当时', '', '本报讯（记者 秦朗）7月3日，各地抢', '抓农时，开展夏收夏种工作，田间', '地头一派繁忙景象，机声隆隆，人', '来车往。', '', '  据介绍，今年全县夏收面积达四', '十万亩，预计七月中旬全面完成，', '农机手们早出晚归，抢收抢种。', '', '', '', '7月3日，临溪镇的果农在果园里修剪果树。（记者 唐宁 摄）', ''].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => [a.kind, body(a)]), [
      ['news', '本报讯（记者秦朗）7月3日，各地抢抓农时，开展夏收夏种工作，田间地头一派繁忙景象，机声隆隆，人来车往。据介绍，今年全县夏收面积达四十万亩，预计七月中旬全面完成，农机手们早出晚归，抢收抢种。'],
      ['photo', '7月3日，临溪镇的果农在果园里修剪果树。'],
    ]);
  });
  // Other papers' credits: in parentheses, `X/摄`, `图/X`, `摄影报道`, on the caption's line or under it.
  const CREDITS = ['（记者 林木 摄）', '林木/摄', '图/林木', '图/本报记者 林木', '本报记者 林木 摄影报道', '新华社发（林木 摄）', '新华社发 林木 摄', '（摄影/林木）', '（摄影：林木）', '（图/林木）'];
  it('reads the photo credits other papers print, under the caption or at the end of its line', () => {
    const report = ['临溪镇部署防汛工作', '', '本报讯（记者 程远）7月3日，临溪镇召开会议，部署防汛工作。', ''];
    const caption = '7月3日，临溪镇一家农业合作社的社员在大棚里采摘草莓。';
    for (const credit of CREDITS) {
      for (const lines of [[caption, credit], [`${caption} ${credit}`]]) {
        const p = parse([...HEADER, ...report, ...lines, ''].join('\n'));
        const photo = p.articles.find((a) => a.kind === 'photo');
        assert.deepEqual([body(photo), photo?.byline.photographers], [caption, ['林木']], lines.join(' / '));
      }
    }
  });
  it('reads a credit that names where the picture came from, not who took it: `新华社发`, `（资料图片）`, `受访者供图`', () => {
    const report = ['临溪镇部署防汛工作', '', '本报讯（记者 程远）7月3日，临溪镇召开会议，部署防汛工作。', ''];
    for (const caption of ['7月3日，临溪镇一家农业合作社的社员在大棚里采摘草莓。', '▲7月3日，社员在大棚里采摘草莓。']) {
      for (const credit of ['新华社发', '（新华社发）', '（资料图片）', '本报资料图片', '受访者供图', '视觉中国供图', '（图片由临溪镇提供）']) {
        for (const lines of [[caption, credit], [`${caption} ${credit}`]]) {
          const p = parse([...HEADER, ...report, ...lines, ''].join('\n'));
          assert.deepEqual(p.articles.map((a) => [a.kind, body(a), a.byline.reporters, a.byline.photographers]), [['news', '本报讯（记者程远）7月3日，临溪镇召开会议，部署防汛工作。', ['程远'], []], ['photo', caption, [], []]], lines.join(' / '));
        }
      }
    }
  });
  it('reads ▲ as OCR gives it before a caption\'s date (`全7月3日，`), and stops a caption\'s walk up at text signed at its end (OCR)', () => {
    const p = parse(
      [...HEADER, '冬季供暖设施检修完成', '', '日前，临溪镇完成冬季供暖设施检修，共更换老旧管道', '三千余米。', '', '检修期间，工作人员逐户排查隐患，确保居民按时用', '暖。(记者 任杰)', '', '全7月3日，临溪镇的村民在田间抢收小麦。', '新华社发', ''].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => [a.kind, a.byline.reporters, body(a).slice(0, 8)]), [['news', ['任杰'], '日前，临溪镇完成'], ['photo', [], '全7月3日，临溪']]);
  });
  /** The page header, then a feature's headline and byline, as OCR gives them. */
  const SCHOOL_FEATURE = [...HEADER, '山村小学的新操场', '', '本报记者 林木 文/图', ''];
  it('splits a credit on the caption\'s line: 图为……。 记者 X 摄', () => {
    const p = parse([...HEADER, '7月3日，合作社的社员在大棚里采摘草莓。图为社员将草莓装箱。 记者 金涛 摄', ''].join('\n'));
    const a = p.articles.find((x) => x.kind === 'photo');
    assert.deepEqual(a?.byline.photographers, ['金涛']);
    assert.equal(body(a), '7月3日，合作社的社员在大棚里采摘草莓。图为社员将草莓装箱。');
  });
  it('gives a credit OCR set after a feature\'s text to the whole caption above it, not to the text (OCR)', () => {
    const p = parse(
      [
        ...SCHOOL_FEATURE,
        '清晨七点，山村小学的操场上已经热闹起来，孩子们在新铺的跑道上奔跑。',
        '',
        '7月25日，山村小学的孩子们在新操场上做操。图为孩子们在跑道上赛跑。',
        '',
        '新图书室',
        '',
        '校长介绍，今年还将新建一座图书室，让孩子们有更多的书可读。',
        '',
        '记者 方晓 摄',
        '',
      ].join('\n'),
    );
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '7月25日，山村小学的孩子们在新操场上做操。图为孩子们在跑道上赛跑。');
    assert.deepEqual(photo?.byline.photographers, ['方晓']);
    assert.match(body(find(p.articles, '清晨七点')), /书可读。$/);
  });
  it('takes a caption that says when, then what the picture shows, for the whole caption: the text above it stays in its article (OCR)', () => {
    const p = parse(
      [
        ...SCHOOL_FEATURE,
        '清晨七点，山村小学的操场上已经热',
        '闹起来，孩子们在新铺的跑道上奔跑。',
        '',
        '校长介绍，今年还将新建一座图书室，',
        '让孩子们有更多的书可读。',
        '',
        '7月25日，山村小学的孩子们在新操场上',
        '做操。图为孩子们在跑道上赛跑。 记者',
        '',
        '林木摄',
        '',
      ].join('\n'),
    );
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '7月25日，山村小学的孩子们在新操场上做操。图为孩子们在跑道上赛跑。');
    assert.deepEqual(photo?.byline.photographers, ['林木'], 'the role word OCR left at the caption\'s end goes with the name');
    assert.match(body(find(p.articles, '清晨七点')), /让孩子们有更多的书可读。$/);
  });
  it('reads a credit set left of its caption, on the line under it, after the caption (pdftotext -layout)', () => {
    const lines = [
      ...HEADER,
      '简讯',
      '社区开展义诊活动',
      '  本报讯（记者程远）7月3日，临溪镇卫生院医护人',
      '员走进社区开展义诊，为居民免费测量血压、血糖，发放',
      '健康手册三百余份。',
      '图书馆延长开放时间',
      '  本报讯（通讯员 方晓）即日起，市图书馆每天开放时',
      '间延长至晚上九点，方便读者下班后借阅图书。            7月3日，临溪镇一家农业合作社的社员在大棚里采摘草莓。图为社员将采摘的草莓装箱。',
      '新开两条公交线路                         记者 林木 摄',
      '  本报讯 7月3日起，城区新开通两条公交线路，连接',
      '高铁站和几个大型居民区，市民出行更加便捷。',
      '',
      '让实干成为最鲜明的底色                      示范区召开5G应用场景建设项目观摩 新春走基层',
      '本报评论员                            活动暨5G工作推进会        守护万家灯火的人',
      '   事业成于实干，发展贵在落实。面对新形势新任务，          本报讯（记者任杰）为贯彻落实全省5G应用场景建设        本报记者 于洋',
      '唯有真抓实干、埋头苦干，才能把蓝图变为现实。           观摩活动暨全省5G工作推进会以及东江市2030年产信对接         编者按：春节期间，许多人坚守在工作岗位上，用辛',
    ];
    const p = parse(lines.join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '7月3日，临溪镇一家农业合作社的社员在大棚里采摘草莓。图为社员将采摘的草莓装箱。');
    assert.deepEqual(photo?.byline.photographers, ['林木']);
  });
  it('takes one sentence set wider than the columns for a caption without credit', () => {
    const column = ['近日，位于临溪镇的一座百年石拱古', '桥完成保护性修缮，重新向游人开', '放。修缮工程历时半年，施工人员', '按照原则对桥面进行了加固和修复', '。'];
    const p = parse([...HEADER, '百年古桥完成保护性修缮', '', ...column, '', '湿地公园里，成群的白鹭在水面上觅食嬉戏，游人驻足观赏拍照。', ''].join('\n'));
    const photo = p.articles.find((x) => x.kind === 'photo');
    assert.equal(body(photo), '湿地公园里，成群的白鹭在水面上觅食嬉戏，游人驻足观赏拍照。');
    assert.ok(photo?.doubts?.includes('caption without credit'));
  });
  it('takes a sentence set in smaller type than its column, wrapped over two lines, for a caption without credit (OCR)', () => {
    // Fourteen characters a line in the column; the caption under its picture holds sixteen.
    const column = ['近日，位于临溪镇的一座百', '年石拱古桥完成保护性修缮，重', '新向游人开放。', '', '修缮工程历时半年，施工人', '员按照“修旧如旧”的原则，对', '桥面、栏板和桥墩进行了加固和', '修复，最大限度保留了古桥的历', '史风貌。'];
    const p = parse([...HEADER, '百年古桥完成保护性', '修缮', '', ...column, '', '临溪镇湿地公园里，成群的白鹭在水', '面上觅食嬉戏。', ''].join('\n'));
    const photo = p.articles.find((x) => x.kind === 'photo');
    assert.equal(body(photo), '临溪镇湿地公园里，成群的白鹭在水面上觅食嬉戏。');
    assert.ok(body(p.articles.find((x) => x.kind !== 'photo')).endsWith('最大限度保留了古桥的历史风貌。'));
  });
  it('reads two wide lines after a column cut mid-sentence as the sentence going on, not as a caption', () => {
    const column = ['近日，位于临溪镇的一座百', '年石拱古桥完成保护性修缮，重', '新向游人开放。施工人员将继续', '发扬工匠精神，为游客群众当好'];
    const p = parse([...HEADER, '百年古桥完成保护性', '修缮', '', ...column, '', '“守桥人”“讲解员”，扎根一线做好服', '务工作。', ''].join('\n'));
    assert.equal(p.articles.filter((x) => x.kind === 'photo').length, 0);
    assert.ok(body(p.articles[0]).endsWith('为游客群众当好“守桥人”“讲解员”，扎根一线做好服务工作。'));
  });
  it('says a credited caption may begin inside a paragraph when the text before it stops mid-sentence (OCR)', () => {
    // OCR read the paragraph's last line under the picture with the caption; which lines are whose, the text cannot tell.
    const column = ['本报讯（记者 林木）7月3日，临', '溪镇一家电子元件企业的生产线', '正满负荷运转，企业负责人介绍，', '今年订单量同比增长三成，为全'];
    const caption = ['镇经济发展作出了积极贡献。', '', '图为工人在生产线上作业。', '本报记者 林木 摄'];
    const p = parse([...HEADER, '临溪镇电子企业订单增长', '', ...column, '', ...caption, ''].join('\n'));
    const photo = p.articles.find((x) => x.kind === 'photo');
    assert.ok(photo, 'a photo');
    assert.ok(photo.doubts?.includes('caption may begin inside a paragraph'), JSON.stringify(photo));
  });
  it('measures a line by how wide it prints: quotes and Latin letters are half a character, so such a paragraph is no caption', () => {
    // Sixteen characters a line; the line with quotes and Latin counts eighteen but prints fourteen and a half.
    const column = ['现场观摩结束后，示范区推进会在市移', '动公司会议室召开。会议邀请市内专', '家，宣讲了多个经典案例，并就下一', '步工作作出了具体安排和部署要求。'];
    const wide = ['“5G+工业互联网”项目和“5G绿色', '矿山”项目。'];
    const p = parse([...HEADER, '示范区召开5G工作推进会', '', ...column, '', ...wide, ''].join('\n'));
    assert.equal(p.articles.filter((x) => x.kind === 'photo').length, 0);
  });
  it('takes a sentence after the blank lines a picture leaves for a caption without credit, however narrow (pdftotext -layout)', () => {
    const column = ['  近日，位于临溪镇的一座百年石拱古', '桥完成保护性修缮，重新向游人开放。', '  修缮工程历时半年，施工人员按照', '原则对桥面进行了加固和修复。'];
    const caption = '            湿地公园里，成群的白鹭在水面上觅食。';
    const p = parse([...HEADER, '百年古桥完成保护性修缮', '', ...column, '', '', '', '', caption, '', '', ''].join('\n'));
    const photo = p.articles.find((x) => x.kind === 'photo');
    assert.equal(body(photo), '湿地公园里，成群的白鹭在水面上觅食。');
    assert.equal(body(p.articles.find((x) => x.kind !== 'photo')), '近日，位于临溪镇的一座百年石拱古桥完成保护性修缮，重新向游人开放。修缮工程历时半年，施工人员按照原则对桥面进行了加固和修复。');
  });
});

describe('article boundaries from layout', () => {
  it('reads a subhead set with no blank line around it, between a finished sentence and an indented paragraph, as a subhead (style A)', () => {
    const p = parse(
      [...HEADER, ' 本报记者 白 雪', ' 走进城关镇东风村，一排排', '新建的温室大棚整齐排列。', ' “一个大棚一年能收入三万多', '元。”菜农老李高兴地说。', ' 小小大棚', ' 鼓起农民钱袋子', ' 近年来，东风村大力发展设施', '农业，全村大棚已发展到三百多', '座。', '大棚种出好“钱”景', ''].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main, a.body.map((x) => [x.type, x.text.replace(/\s/g, '')])]), [
      ['feature', '大棚种出好“钱”景', [
        ['paragraph', '走进城关镇东风村，一排排新建的温室大棚整齐排列。'],
        ['paragraph', '“一个大棚一年能收入三万多元。”菜农老李高兴地说。'],
        ['heading', '小小大棚鼓起农民钱袋子'],
        ['paragraph', '近年来，东风村大力发展设施农业，全村大棚已发展到三百多座。'],
      ]],
    ]);
  });
  it('keeps a report whole when OCR set its headline between its paragraphs, after the one that says its words (OCR)', () => {
    const p = parse(
      [
        ...HEADER,
        '全省职业技能大赛落幕', '',
        '本报讯（记者 秦朗）7月3日，全省职业技能大赛在省城落', '幕，来自各地的六百余名选手参加了数控加工、电工、焊工', '等二十个项目的比赛。', '',
        '日前，临溪镇新建的三所乡村学校正式投入使用，可', '新增学位一千八百个，附近村庄的孩子不用再到十几公里', '外的镇上上学。', '',
        '临溪镇新建三所乡村学校投入使用', '',
        '新学校配备了标准化的教室、实验室和运动场，并通', '过远程教学系统与城区学校结对，共享优质课程资源。', '（记者 常乐）', '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 2);
    const school = find(p.articles, '日前');
    assert.equal(school?.headline?.main, '临溪镇新建三所乡村学校投入使用');
    assert.equal(body(school), '日前，临溪镇新建的三所乡村学校正式投入使用，可新增学位一千八百个，附近村庄的孩子不用再到十几公里外的镇上上学。新学校配备了标准化的教室、实验室和运动场，并通过远程教学系统与城区学校结对，共享优质课程资源。');
    assert.deepEqual(school?.byline.reporters, ['常乐']);
  });
  it('reads a paragraph\'s first line that OCR set apart and that opens on where or when (`推进会上，`) as text, not as a headline', () => {
    const lines = [
      ...HEADER,
      '沿江新区召开数字经济推进会',
      '',
      '本报讯（记者 程远）7月3日，沿江新区召开数字经济推',
      '进会，区内二十余家企业负责人参加了此次活动，观摩了',
      '企业的生产车间和展示中心，听取了有关情况介绍。',
      '',
      '推进会上，大家观摩了三家企业的智能工厂',
      '',
      '“工业互联网”项目和园区的“智慧物流”项目，认真',
      '听取了企业负责人的现场讲解。',
      '',
    ];
    const p = parse(lines.join('\n'));
    assert.equal(p.articles.length, 1, p.articles.map((a) => a.headline?.main ?? body(a).slice(0, 12)).join(' | '));
    assert.match(body(p.articles[0]), /推进会上，大家观摩了三家企业的智能工厂/);
  });
  it('starts an article at a headline with no lead after it, on a page that prints headlines first', () => {
    const p = parse(
      [
        ...HEADER,
        '全省职业技能大赛落幕',
        '本报讯（记者 梁辰）7月1日至3日，全省职业技能大赛在',
        '省城举行，六百余名选手参加比赛。',
        '',
        // OCR sets a blank line under a headline; pdftotext runs a headline into the body, which is told apart only before a lead.
        '百年古桥完成保护性修缮',
        '',
        '近日，位于临溪镇的一座百年石拱古桥',
        '完成保护性修缮，重新向游人开放。',
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 2);
    const race = find(p.articles, '本报讯');
    assert.deepEqual([race?.date, race?.dateEnd], ['2031-07-01', '2031-07-03']);
    const bridge = find(p.articles, '近日');
    assert.equal(bridge?.headline?.main, '百年古桥完成保护性修缮');
    assert.ok(bridge?.doubts?.includes('no lead or byline'));
    assert.ok(bridge?.why?.some((w) => /no lead: a new article/.test(w)));
  });
  it('says a headline OCR garbled is doubtful: a character or two, a stray letter against the words, a caption\'s day; not an abbreviation', () => {
    const doubts = (headline: string) => parse([headline, '', '本报讯（记者 梁辰）7月1日，全省职业技能大赛在省城举行，六百余名选手参加比赛。', ''].join('\n')).articles[0]?.doubts ?? [];
    for (const h of ['愉', 'i溪镇部署防汛工作', '吵7月24日，河南一家企业扩产']) assert.ok(doubts(h).includes('headline garbled'), h);
    for (const h of ['5G应用场景建设推进会召开', '全省职业技能大赛落幕', 'iPhone新品发布']) assert.ok(!doubts(h).includes('headline garbled'), h);
  });
  it('takes a paragraph OCR set apart, its first line indented and no mark in it, for text, not a headline', () => {
    const p = parse(
      [
        ...HEADER,
        '示范区举行表彰会',
        '',
        '本报讯（记者黄敏）12月31日上午，',
        '示范区召开家庭家风家教助力基层',
        '社会治理表彰大会。区领导出席会',
        '议。各乡镇分管领导参加会议。',
        '',
        '会议宣读了示范区《关于命名',
        '示范区家风家教示范基地的通知》',
        '',
        '《关于表彰示范区最美家庭的通报',
        '》。会上，代表作了典型发言。',
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    assert.match(body(p.articles[0]), /会议宣读了示范区《关于命名示范区家风家教示范基地的通知》/);
  });
  it('gives a byline after the text to the article whose text it follows, when a headline set apart starts that article (OCR)', () => {
    // OCR set both headlines over the first report; the second's text runs on after it, signed at its end.
    const p = parse(
      [
        ...HEADER,
        '全市春耕备耕现场会召开',
        '',
        '山村小学新操场投入使用',
        '',
        '本报讯（记者林木）3月2日，全市春耕',
        '备耕现场会在东江区召开，会议部署了',
        '今年的春耕生产工作。',
        '',
        '会议指出，要抓好春季田间管理，稳定',
        '粮食播种面积，确保农资供应充足、价',
        '格稳定，做好农业防灾减灾工作。',
        '',
        '会议要求，各地要加强农技服务，组织',
        '农技人员深入田间地头，指导农民科学',
        '施肥、合理用药，推广节水灌溉技术。',
        '',
        '会议强调，春耕生产时间紧、任务重，',
        '各级各部门要压实责任，细化措施，确',
        '保春耕生产有序推进，为全年粮食丰收',
        '打下坚实基础。',
        '',
        '与会人员观摩了高标准农田建设现场和',
        '智能育秧工厂。',
        '',
        '山村小学的新操场日前投入使用，孩子',
        '们在新铺的跑道上奔跑。',
        '',
        '（记者 方晓）',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      ['本报讯（记者林木）', '山村小学的新操场'].map((start) => find(p.articles, start)).map((a) => [a?.headline?.main, a?.byline.reporters]),
      [
        ['全市春耕备耕现场会召开', ['林木']],
        ['山村小学新操场投入使用', ['方晓']],
      ],
    );
  });
  it('starts an article at a headline as long as a column line when a paragraph opens after it, with or without a blank line between', () => {
    // Column lines of 13 characters; a paragraph's first line is two short. The second piece has no lead.
    const first = ['全区开展春季植树活动', '本报讯（记者苏航）3月', '1日，全区开展春季植树活动', '，机关干部和志愿者一千余人', '参加，共栽下树苗两万余株。', '', ''];
    const second = ['日前，东江区新建的三所', '乡村学校正式投入使用，可新', '增学位一千八百个，附近村庄', '的孩子不用再到十几公里外的', '镇上上学。', '（记者 常乐）', ''];
    for (const gap of [[], ['']]) {
      const p = parse([...HEADER, ...first, '东江区新建三所乡村学校投入', ...gap, ...second].join('\n'));
      const school = find(p.articles, '日前');
      assert.equal(school?.headline?.main, '东江区新建三所乡村学校投入', `blank lines between headline and text: ${gap.length}`);
      assert.deepEqual(school?.byline.reporters, ['常乐']);
      assert.match(body(find(p.articles, '本报讯（记者苏航）')), /两万余株。$/);
    }
  });
  it('keeps a report\'s numbered sections (`一、深化“放管服”改革`) in the report as its subheads, a paragraph a line and in narrow columns', () => {
    const lines = parse(['全市召开优化营商环境大会', '', '本报讯（记者 王刚）4月8日，全市优化营商环境大会召开。', '', '一、深化“放管服”改革', '', '今年，全市将进一步精简审批事项。', '',
      '（二）强化要素保障', '', '各部门要主动对接企业需求。', '', '老年大学春季班开课', '', '本报讯（记者 赵丽）4月8日，市老年大学春季班开课。', ''].join('\n'));
    const wrapped = parse([' 本报讯（记者 王刚）4', '月8日，全市优化营商环境', '大会召开，部署今年任务。', '一、深化“放管服”改革', ' 今年，全市将进一步精', '简审批事项，推行“一网通',
      '办”。', '二、强化要素保障', ' 各部门要主动对接企业', '需求，解决用地等难题。', '全市召开优化营商环境大会', ' 本报讯（记者 赵丽）4', '月8日，市老年大学春季班', '开课。', '老年大学春季班开课', ''].join('\n'));
    const shape = (p: ReturnType<typeof parse>) => p.articles.map((a) => [a.headline?.main, a.body.filter((b) => b.type === 'heading').map((b) => b.text)]);
    assert.deepEqual(shape(lines), [['全市召开优化营商环境大会', ['一、深化“放管服”改革', '（二）强化要素保障']], ['老年大学春季班开课', []]]);
    assert.deepEqual(shape(wrapped), [['全市召开优化营商环境大会', ['一、深化“放管服”改革', '二、强化要素保障']], ['老年大学春季班开课', []]]);
    // Sections a bullet opens (`■ 深化改革 激发活力`); a bulleted line over a lead is a 简讯 item's headline.
    const bullets = parse(['全市召开优化营商环境大会', '', '本报讯（记者 王刚）4月8日，全市优化营商环境大会召开。', '', '■ 深化改革 激发活力', '', '今年，全市将进一步精简审批事项。', '',
      '◆ 优化法治环境', '', '全市将严格规范公正文明执法。', '', '■ 图书馆延长开放时间', '', '本报讯（通讯员 龚琳）即日起，市图书馆每天开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(shape(bullets), [['全市召开优化营商环境大会', ['■深化改革激发活力', '◆优化法治环境']], ['■ 图书馆延长开放时间', []]]);
    const bulletsWrapped = parse([' 本报讯（记者 王刚）4', '月8日，全市优化营商环境', '大会召开，部署今年任务。', '■ 深化改革 激发活力', ' 今年，全市将进一步精', '简审批事项。', '全市召开优化营商环境大会',
      ' 本报讯（通讯员 龚琳）', '即日起，市图书馆每天开', '放时间延长至晚上九点。', '■ 图书馆延长开放时间', ''].join('\n'));
    assert.deepEqual(shape(bulletsWrapped), [['全市召开优化营商环境大会', ['■深化改革激发活力']], ['■ 图书馆延长开放时间', []]]);
  });
  it('keeps a box\'s label (`相关链接`, `记者手记`) and its text, and a source line (`（来源：人民日报）`), in the piece above, a paragraph a line and in narrow columns', () => {
    const lines = parse(['全国铁路客运量创新高', '', '据新华社北京4月8日电（记者 马丽）一季度全国铁路发送旅客十亿人次。', '', '国铁集团表示，将继续优化列车运行图。', '',
      '（来源：人民日报）', '', '相关链接', '', '今年以来，各地铁路部门推出多项便民措施。', '',
      '果园里的新生活', '', '本报记者 古丽', '', '清晨，老周早早来到自家的果园。', '', '记者手记', '', '采访中，记者深切感受到乡亲们对美好生活的向往。', ''].join('\n'));
    const wrapped = parse([' 新华社北京4月8日电', '（记者 马丽）一季度全', '国铁路发送旅客十亿人', '次，同比增长两成。', '（来源：人民日报）', '相关链接', ' 今年以来，各地铁路',
      '部门推出多项便民措施，', '包括电子客票等。', '全国铁路客运量创新高', ' 本报讯（记者 王刚）', '4月8日，全市春季义务', '植树活动启动。', '全市春季植树活动启动', ''].join('\n'));
    const shape = (p: ReturnType<typeof parse>) => p.articles.map((a) => [a.headline?.main, a.byline.reporters, a.body.filter((b) => b.type === 'heading').map((b) => b.text), a.body.some((b) => b.text.includes('来源'))]);
    assert.deepEqual(shape(lines), [['全国铁路客运量创新高', ['马丽'], ['相关链接'], true], ['果园里的新生活', ['古丽'], ['记者手记'], false]]);
    assert.deepEqual(shape(wrapped), [['全国铁路客运量创新高', ['马丽'], ['相关链接'], true], ['全市春季植树活动启动', ['王刚'], [], false]]);
  });
  it('cuts reports with no lead, each signed or sourced at its end, at the headline under each, no blank line between (style A)', () => {
    const p = parse([' 日前，全市春季义务植', '树活动在西山林场启动，千', '余名干部群众参加。（本报', '记者 王刚）', '全市春季植树活动启动',
      ' 近日，市老年大学春季', '班开课，两千余名学员报名', '参加。（通讯员 孙可 实习', '生 李丽）', '老年大学春季班开课',
      ' 日前，中国气象局发布预', '报，今年春季全国大部地区', '气温偏高。（据新华社）', '气象局发布春季预报',
      ' 日前，沿海高速新增两处', '服务区正式投入运营。（新', '华社记者 马丽 报道）', '高速公路新增服务区', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.headline?.main, [...a.byline.reporters, ...a.byline.correspondents]]), [
      ['全市春季植树活动启动', ['王刚']],
      ['老年大学春季班开课', ['孙可', '李丽']],
      ['气象局发布春季预报', []],
      ['高速公路新增服务区', ['马丽']],
    ]);
  });
  it('starts a report whose lead was lost where its text says its headline\'s words, after a report with no headline of its own (style A)', () => {
    const column = (text: string) => wrapAt(text, 13);
    const p = parse([
      ...column('本报讯（记者 江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作。会议要求，各村落实巡查责任，备足抢险物资。'), '',
      ...column('会上，镇水利站负责人通报了辖区河道和水库的安全检查情况，并对值班值守提出具体要求。'), '',
      ...column('7月2日晚，南湖社区在党群服务中心举办夏季读书分享会，三十余名居民参加。'), '',
      ...column('活动中，居民们轮流分享了近期阅读的好书和心得体会，社区还向参加活动的孩子赠送了图书。'), '',
      '南湖社区举办', '夏季读书分享会', '',
      ...column('本报讯（记者 方晓）7月3日，市图书馆延长夏季开放时间，每天开放至晚上九点，方便读者借阅。'), '',
      '图书馆延长开放时间', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [headlineText(a) || null, body(a).slice(0, 9)]), [
      [null, '本报讯（记者江枫）'],
      ['南湖社区举办夏季读书分享会', '7月2日晚，南湖社'],
      ['图书馆延长开放时间', '本报讯（记者方晓）'],
    ]);
    assert.deepEqual(p.articles[0]?.doubts, ['no headline']);
    // Its text right under the report's last line, no blank line between (the line before it short of the column).
    const r = parse([
      ...column('本报讯（记者 江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作。会议要求，各村落实巡查责任。'),
      ...column('7月2日晚，南湖社区在党群服务中心举办夏季读书分享会，三十余名居民参加。'), '',
      '南湖社区举办', '夏季读书分享会', '',
    ].join('\n'));
    assert.deepEqual(r.articles.map((a) => [headlineText(a) || null, body(a).slice(0, 9)]), [
      [null, '本报讯（记者江枫）'],
      ['南湖社区举办夏季读书分享会', '7月2日晚，南湖社'],
    ]);
    // Its words said by the deck alone, under a main line in figures of speech.
    const q = parse([
      ...column('本报讯（记者 江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作。'), '',
      ...column('7月2日晚，南湖社区在党群服务中心举办夏季读书分享会，三十余名居民参加。'), '',
      '书香浸润心灵 阅读点亮生活', '南湖社区举办夏季读书分享会', '',
    ].join('\n'));
    assert.deepEqual(q.articles.map((a) => [headlineText(a) || null, body(a).slice(0, 9)]), [
      [null, '本报讯（记者江枫）'],
      ['书香浸润心灵 阅读点亮生活南湖社区举办夏季读书分享会', '7月2日晚，南湖社'],
    ]);
  });
  it('keeps a kicker that says its lead\'s words and the main line its lead says after a column break\'s blank line with that report, not a later paragraph saying the same (style A)', () => {
    const p = parse([
      ' 本报讯（记者 江枫）7月3日，全市防汛工作会议召开，', '会议总结了去年防汛工作，部署今年汛期任务，', '',
      '要求各地压紧压实责任，确保安全度汛。各县区和市直', '有关部门负责人参加会议。', '',
      ' 会议指出，今年汛期气候形势复杂，各地要做好应对', '准备。', '',
      ' 会议强调，要压紧压实责任，确保安全度汛，严格落', '实值班值守制度。', '',
      '全市防汛工作会议要求', '', '压紧压实责任 确保安全度汛', '',
      ' 本报讯（记者 方晓）7月3日，市图书馆延长夏季开放', '时间，每天开放至晚上九点。', '',
      '图书馆延长开放时间', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [headlineText(a).replace(/\s/g, ''), a.body.length]), [
      ['全市防汛工作会议要求压紧压实责任确保安全度汛', 3],
      ['图书馆延长开放时间', 1],
    ]);
  });
  it('ends a signed piece at its headline when a report whose lead was lost opens under it on its day alone (`13日晚，`), on `即日起` or on `记者从…获悉` (style A)', () => {
    for (const opening of ['13日晚，南湖区乡村夜市正式开市，', '即日起，南湖区乡村夜市正式开市，', '记者从南湖区商务局获悉，乡村夜市正式开市，']) {
      const p = parse([
        '本报评论员', '', '事业成于实干，发展贵在', '落实。唯有真抓实干，才', '能把蓝图变为现实。', '',
        '实干，就要敢于直面问题', '，一件一件见成效。', '', '让实干成为最鲜明的底色', '',
        ...wrapAt(`${opening}特色小吃和文创摊位吸引了众多市民。`, 11), '',
        '乡村夜市点亮消费新场景', '',
      ].join('\n'));
      assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main, a.body.length]), [
        ['feature', '让实干成为最鲜明的底色', 2],
        ['news', '乡村夜市点亮消费新场景', 1],
      ], opening);
    }
  });
  it('reads a page of wide columns whose lines OCR set with stray spaces (`7 月3 日`, `（ 记者`) as text, not as one-line captions wider than the columns (style A)', () => {
    const column = (text: string) => wrapAt(text, 30);
    const spaced = (text: string) => column(text).map((l) => l.replace(/(\d)(?=[^\d\s])/g, '$1 ').replace(/[（，]/, (m) => `${m} `));
    const p = parse([
      ...spaced('本报讯（记者 江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作，全镇十二个村的负责人参加会议。'), '',
      ...spaced('会议要求，各村要落实巡查责任，备足抢险物资，严格执行值班值守制度，确保安全度汛。'), '',
      ...spaced('会议强调要坚持人民至上生命至上把确保人民群众生命财产安全放在第一位，切实做好各项准备工作。'), '',
      '各村负责人表示，将把会议精神传达到每一位村民。', '',
      '临溪镇部署防汛工作', '',
      '▲7月2日，干部在', '河堤上巡查，排查险', '情隐患的现场情况。', '（记者 江枫 摄）', '',
      ...spaced('本报讯（记者 方晓）7月3日，市图书馆延长夏季开放时间，每天开放至晚上九点，方便读者下班后借阅图书。'), '',
      ...spaced('据了解，延长开放时间将持续至8月底，其间还将举办二十余场读书分享活动，欢迎市民参加。'), '',
      '图书馆延长夏季开放时间', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main, a.body.length]), [
      ['news', '临溪镇部署防汛工作', 4],
      ['photo', undefined, 1],
      ['news', '图书馆延长夏季开放时间', 2],
    ]);
  });
  it('reads a dateline whose figures OCR set apart (`新华社北京6 月14 日电`, `本报北京9 月17 日讯`) as a lead, and a name it cut at its end (`记者宋雨 晴`, `本报记者 诸葛亮 明`) as one name', () => {
    const p = parse([...HEADER, '多地加快推进老旧小区改造', '', '新华社北京6 月14 日电（记者 夏阳 江枫 ）记者从住房和城乡建设部获悉，今年以来各地加快推进城镇老旧小区改造。', '',
      '全国春耕备耕现场会召开', '', '本报北京9 月17 日讯（记者 宋雨 晴）全国春季农业生产暨春耕备耕现场会今天召开。', '',
      '老街巷里的新生活', '', '本报记者 诸葛亮 明', '', '清晨七点，老城区的巷子里已经热闹起来。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.byline.reporters]), [['news', ['夏阳', '江枫']], ['news', ['宋雨晴']], ['feature', ['诸葛亮明']]]);
    // (A lone 文 at the end says what the writer did, its `/图` wrapped: `本报记者 程远 文` / `/图`.)
    const q = parse(['老街巷里的新生活', '', '本报记者 程远 文', '/图', '', '清晨七点，老城区的巷子里已经热', '闹起来，卖早点的摊位前排起了长', '队。', ''].join('\n'));
    assert.deepEqual([q.articles[0]?.byline.reporters, q.articles[0]?.byline.photographers], [['程远'], ['程远']]);
  });
  it('reads what OCR set with stray spaces in narrow columns: a byline closing the text (`用暖。 （ 记者 钟鸣 ）`), credits (`（ 记者 范` / `文 摄 ）`, `（资 料图片）`), a dateline wrapped (`本报 北京2 月10 日` / `讯（记者 潘峰）`) (style A)', () => {
    const p = parse([
      '日前，临溪镇完成冬季供暖设施检', '修，共更换老旧管道三千余米。', '', '检修期间，工作人员逐户 排查隐', '患，确保居民按时用暖。 （ 记者 钟鸣 ）', '', '冬季供暖设施检修 完成', '',
      '近日，位于临溪镇的一座百年石拱', '古桥完成保护性修缮，重新开放。', '', '百年古桥完成保护性修缮', '',
      '3月11日，临溪镇', '的果农在果园里修剪', '果树。 （ 记者 范', '文 摄 ）', '',
      '临溪镇新建的文', '化广场夜景。', '（资 料图片）', '', '',
      '本报 北京2 月10 日', '讯（记者潘峰） 全国春季农业生产', '暨春耕备耕现场会今天召开。', '', '全国春耕备耕现场会召开', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main.replace(/\s/g, '') ?? null, [...a.byline.reporters, ...a.byline.photographers]]), [
      ['news', '冬季供暖设施检修完成', ['钟鸣']],
      ['news', '百年古桥完成保护性修缮', []],
      ['photo', null, ['范文']],
      ['photo', null, []],
      ['news', '全国春耕备耕现场会召开', ['潘峰']],
    ]);
  });
  it('joins a paragraph a column break cut short after a comma to its rest, not reading its start as a headline, in a report and under a signed piece\'s subhead (style B)', () => {
    const p = parse([...HEADER, '临溪镇部署防汛工作', '', '本报讯(记者 江枫)7月3日,临溪镇召开防汛工作部署会,安排部署今年汛期各项工作,全镇各村负责人参加会议。', '',
      '据了解,为做好今年汛期各项工作,该镇已组织巡查队伍十二支,备足各类抢险物资,覆盖全部河段。', '',
      '7月2日,该镇机关干部', '', '分赴各村检查河堤和水库,排查险情隐患二十余处,当场整改十余处。', '',
      '下一步,该镇将严格落实防汛责任,积极与', '', '气象部门加强对接,及时发布预警信息,确保安全度汛。', '',
      '镇党委书记、镇长带队', '', '深入各村检查防汛准备工作,要求做到守土有责。', '',
      '二、落实巡查责任', '', '各村要安排专人值守,发现险情及时上报。', '',
      '稳增长,促发展', '', '近日,市统计局发布上半年经济运行情况,全市地区生产总值同比增长百分之六。', '',
      '老街巷里的新生活', '', '本报记者 方晓', '', '清晨七点,老城区的巷子里已经热闹起来,卖早点的摊位前排起了长队。', '',
      '小巷换新颜', '', '去年以来,老城区启动了背街小巷改造工程,铺设', '', '了新的路面,更换了老旧管网,还增设了休闲座椅和绿化带。', '',
      '老店迎来新客', '', '改造不仅改善了居住环境,也带来了新的商机,几家老字号重新开张。', '',
      '街巷治理见实效', '', '巩固背街小巷改造成果、建立长效管护机制', '', '是下一步工作的重点,街道将组织志愿者定期巡查。', '',
      '市长率队赴沿海城市开展专题招商', '', '就智能制造、跨境电商等项目对接洽谈', '', '7月1日至3日,市长率队赴沿海城市开展专题招商活动,与二十余家企业负责人座谈。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, headlineText(a), a.body.map((b) => b.type[0]).join('')]), [
      ['news', '临溪镇部署防汛工作', 'ppppphp'],
      ['news', '稳增长，促发展', 'p'],
      ['feature', '老街巷里的新生活', 'phphphp'],
      ['news', '市长率队赴沿海城市开展专题招商就智能制造、跨境电商等项目对接洽谈', 'p'],
    ]);
    assert.match(body(p.articles[0]), /7月2日，该镇机关干部分赴各村/);
  });
  it('joins a paragraph a column break cut short after a comma right under a lead\'s paragraph to its rest, not reading it as a new article\'s headline (style B)', () => {
    const p = parse([...HEADER, '临溪镇举行迎新年长跑活动', '', '本报讯(记者 江枫)为丰富干部群众文化生活,临溪镇迎新年长跑活动在河畔举行。', '',
      '随着一声发令枪响,该镇部分领导班子成员', '', '与现场干部群众七百余人一同起跑,迎接新年的到来。', '',
      '图书馆延长开放时间', '', '本报讯(通讯员 常乐)即日起,市图书馆每天开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => headlineText(a)), ['临溪镇举行迎新年长跑活动', '图书馆延长开放时间']);
    assert.match(body(p.articles[0]), /该镇部分领导班子成员与现场干部群众七百余人/);
    // (Page furniture set between them, as an export may: `责任编辑：…`.)
    const q = parse([...HEADER, '临溪镇举行迎新年长跑活动', '', '本报讯(记者 江枫)为丰富干部群众文化生活,临溪镇迎新年长跑活动在河畔举行。', '', '责任编辑：林木', '',
      '随着一声发令枪响,该镇部分领导班子成员', '', '与现场干部群众七百余人一同起跑,迎接新年的到来。', '',
      '图书馆延长开放时间', '', '本报讯(通讯员 常乐)即日起,市图书馆每天开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(q.articles.map((a) => headlineText(a)), ['临溪镇举行迎新年长跑活动', '图书馆延长开放时间']);
    assert.match(body(q.articles[0]), /该镇部分领导班子成员与现场干部群众七百余人/);
    // (Or under a report whose lead was lost, opening on when it happened.)
    const r = parse([...HEADER, '百年古桥完成保护性修缮', '', '近日,位于临溪镇的一座百年石拱古桥完成保护性修缮,重新向游人开放。', '',
      '修缮工程历时半年,施工人员按照"修旧如旧"的原', '', '则,对桥面、栏板和桥墩进行了加固和修复,最大限度保留了古桥的历史风貌。', '',
      '图书馆延长开放时间', '', '本报讯(通讯员 常乐)即日起,市图书馆每天开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(r.articles.map((a) => headlineText(a)), ['百年古桥完成保护性修缮', '图书馆延长开放时间']);
    assert.match(body(r.articles[0]), /修旧如旧”的原则，对桥面/);
  });
  it('keeps a signed piece whole when a column break cuts the first paragraph under a subhead that page furniture stands over (style B)', () => {
    const p = parse([...HEADER, '临溪镇：书写高质量发展新答卷', '', '本报记者 江枫', '', '迈入新时代，开启新征程，临溪镇将全面贯彻新发展理念。', '',
      '聚焦实体经济推动制造业高质量发展', '', '坚持扩增量、优存量并举，加快推进传统产业升级改造。', '', '责任编辑：林木', '',
      '聚焦创新驱动激活发展第一动力', '', '准确把握科技园区创新驱动发展示范区、高质量发展', '', '先行区的新定位，对标找差、争先进位，加快建设区域创新增长极。', '',
      '聚焦品质提升推进城市发展高质量', '', '完善城市功能，提升城市品质，打造宜居宜业新区。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, headlineText(a)]), [['feature', '临溪镇：书写高质量发展新答卷']]);
    assert.match(body(p.articles[0]), /高质量发展先行区的新定位/);
  });
  it('reads a paragraph\'s start a column break cut after who said it (`有关负责人介绍，改造内容包括加装` / `电梯、更新管网…`) as text, not a headline with a comma (style C)', () => {
    const p = parse(['# 多地加快推进老旧小区改造', '', '新华社北京7月15日电（记者 金涛）记者从住房和城乡建设部获悉，今年以来各地加快推进城镇老旧小区改造。', '',
      '有关负责人介绍，改造内容包括加装 ', '', '电梯、更新管网、完善无障碍设施 等，重点解决群众反映强烈的急难愁 盼问题。', '',
      '# 图书馆延长开放时间', '', '本报讯（通讯员 常乐）即日起，市图书馆每天开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => headlineText(a)), ['多地加快推进老旧小区改造', '图书馆延长开放时间']);
    assert.ok(body(p.articles[0]).endsWith('有关负责人介绍，改造内容包括加装电梯、更新管网、完善无障碍设施等，重点解决群众反映强烈的急难愁盼问题。'), body(p.articles[0]));
  });
  it('reads a paragraph\'s start a column break cut after where it happened (`座谈中，王家鹏介绍了示范区经济` / `社会发展状况…`) as text, in a report whose lead has no marker (style C)', () => {
    const p = parse(['# 临溪镇党政代表团赴沿海开展专题招商', '', '1月11日至13日，临溪镇党政代表团赴沿海三市开展专题招商。', '',
      '座谈中，代表团介绍了临溪镇经济', '', '社会发展状况，并对今年重点项目建设情况作了说明。', '',
      '# 图书馆延长开放时间', '', '本报讯（通讯员 常乐）即日起，市图书馆每天开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => headlineText(a)), ['临溪镇党政代表团赴沿海开展专题招商', '图书馆延长开放时间']);
    assert.match(body(p.articles[0]), /座谈中，代表团介绍了临溪镇经济社会发展状况/);
    // (Nor since when: `今年年初以来，临溪镇城管局以` / `创建数字化城市管理为契机…`.)
    const q = parse(['# 向科技要效率 向数字要管理', '', '临溪镇城管局智慧执法助力“四城联创”', '', '今年年初以来，临溪镇城管局以', '', '创建数字化城市管理为契机，精心打造智慧城管执法平台。', '',
      '# 图书馆延长开放时间', '', '本报讯（通讯员 常乐）即日起，市图书馆每天开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(q.articles.map((a) => headlineText(a)), ['向科技要效率 向数字要管理临溪镇城管局智慧执法助力“四城联创”', '图书馆延长开放时间']);
    assert.match(body(q.articles[0]), /^今年年初以来，临溪镇城管局以创建数字化城市管理为契机/);
  });
  it('reads a report\'s opening a column break cut short right under its headline (`日前,临溪镇新建` / `的三所乡村学校…`) as its text, not the headline\'s second line (style B)', () => {
    const p = parse([...HEADER, '临溪镇新建三所乡村学校投入使用', '', '日前,临溪镇新建', '', '的三所乡村学校正式投入使用,可新增学位一千八百个。', '',
      '新学校配备了标准化的教室、实验室和运动场。(记者 方晓)', '', '图书馆延长开放时间', '', '本报讯(通讯员 常乐)即日起,市图书馆每天开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => headlineText(a)), ['临溪镇新建三所乡村学校投入使用', '图书馆延长开放时间']);
    assert.ok(body(p.articles[0]).startsWith('日前，临溪镇新建的三所乡村学校正式投入使用'), body(p.articles[0]));
  });
  it('reads a line opening on a role word under a line stopping on a comma (`马骏）日前，` / `记者从省科技`) as the sentence going on, not a byline, in six-character columns (style A)', () => {
    const p = parse(['本报讯（记者', '马骏）日前，', '记者从省科技', '厅获悉，今年', '有七十个项目', '成功入库。', '', '临溪镇科技项', '目申报工作捷', '报频传', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, headlineText(a), a.byline.reporters]), [['news', '临溪镇科技项目申报工作捷报频传', ['马骏']]]);
    assert.equal(body(p.articles[0]), '本报讯（记者马骏）日前，记者从省科技厅获悉，今年有七十个项目成功入库。');
  });
  it('reads lines filling the column, one a character short where the next opens on that character and its mark (`创新驱动发展示范` / `区、高质量发展先行`), as text a column break cut, not a headline (style A)', () => {
    const p = parse(['本报讯（记者江枫）', '7月3日，临溪镇召开', '干部大会，部署全年', '工作。', '',
      '准确把握国家高新区', '创新驱动发展示范', '区、高质量发展先行', '', '区的新定位，对标找', '差、争先进位，加快', '建设区域创新增长', '极。', '', '临溪镇召开干部大会', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => headlineText(a)), ['临溪镇召开干部大会']);
    assert.ok(body(p.articles[0]).endsWith('准确把握国家高新区创新驱动发展示范区、高质量发展先行区的新定位，对标找差、争先进位，加快建设区域创新增长极。'), body(p.articles[0]));
  });
  it('reads a credit spaced out over three lines under its caption (`本 报 记` / `者 李 娜` / `摄`) as the caption\'s, a group\'s title after it (style A)', () => {
    const p = parse(['➡7月24日，河', '南一家膜材料企', '业的员工在查看', '转印膜密度。', '本 报 记', '者 李 娜', '摄', '', '开足马力生产 助力稳增长', '',
      '⬅昨日，一家乳', '业公司员工正在', '生产线上作业。', '本 报 记', '者 王 芳', '摄', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.byline.photographers]), [['photo', ['李娜']], ['photo', ['王芳']]]);
    assert.equal(body(p.articles[0]), '➡7月24日，河南一家膜材料企业的员工在查看转印膜密度。');
  });
  it('reads an interview\'s turns set as lines of their own, wider than captions in a page of pictures, as its text, never as captions (style A)', () => {
    const p = parse(['', '本报记者 江枫', '', '记者：今年政务服务有哪些新变化？', '', '负责人：我们推行“一窗受理、集成服', '务”，群众办事平均用时缩短了一半。', '',
      '记者：下一步还有什么打算？', '', '负责人：我们将把更多事项搬到网上，让数', '据多跑路、群众少跑腿。', '', '让群众办事更方便', '——访临溪镇政务服务中心负责人', '',
      '7月15日，临溪', '镇的果农在果园里', '修剪果树。 （记', '者 杜鹃 摄）', '', '▲7月15日，临', '溪镇的村民在田间', '抢收小麦。 新华', '社发', '',
      '临溪镇新建的文', '化广场夜景。', '（资料图片）', ''].join('\n'));
    const interview = find(p.articles, '记者：今年');
    assert.equal(interview?.kind, 'feature');
    assert.equal(interview?.headline?.main, '让群众办事更方便');
    assert.match(body(interview), /^记者：今年政务服务有哪些新变化？负责人：.*群众少跑腿。$/);
    assert.equal(p.articles.filter((a) => a.kind === 'photo').length, 3);
  });
  it('reads a caption\'s credit OCR wrapped over three lines in a narrow column (`…果树。 （记` / `者 任杰` / `摄）`) as its credit (style A)', () => {
    const p = parse(['7月15日，', '临溪镇的果农', '在果园里修剪', '果树。 （记', '者 任杰', '摄）', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, body(a), a.byline.photographers]), [['photo', '7月15日，临溪镇的果农在果园里修剪果树。', ['任杰']]]);
  });
  it('starts a report whose lead was lost at its paragraph opening on its day that says the headline under it, after a report that has none, though that lead says some of its words (style A)', () => {
    const p = parse(['本报讯（记者 江枫）雨雪挡不住匆匆', '脚步。3月9日，临溪镇对困难党员、', '退役军人等进行走访慰问。镇领导一', '同慰问。', '',
      '3月9日，临溪镇班子成员到驻地部', '队、武警中队进行走访慰问，为驻地', '部队和武警官兵送去新春祝福。', '',
      '军民鱼水情深 共建美好家园', '临溪镇领导走访慰问驻地部队和武警官兵', '',
      '本报讯（记者 方晓）3月9日，临溪', '镇召开防汛工作会议，部署今年防汛', '工作。', '', '临溪镇部署防汛工作', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [headlineText(a), a.byline.reporters, body(a).slice(0, 8)]), [
      ['', ['江枫'], '本报讯（记者江枫）'.slice(0, 8)],
      ['军民鱼水情深 共建美好家园临溪镇领导走访慰问驻地部队和武警官兵', [], '3月9日，临溪镇'],
      ['临溪镇部署防汛工作', ['方晓'], '本报讯（记者方晓）'.slice(0, 8)],
    ]);
  });
  it('reads a closing byline of two roles a column break cut inside its bracket (`…进度。 （记者 金 涛 通讯员` / blank / `许诺）`) as one byline, not the headline\'s first words (style A)', () => {
    const p = parse(['3月11日，临溪镇召开秋冬季造林绿化工作会', '议，安排部署下一阶段重点任务。', '', '会议要求，一是抓好苗木调运，确保按时栽植；',
      '二是落实管护责任，提高成活率；三是加强督导', '检查，每月通报进度。 （记者 金 涛 通讯员 ', '', '许诺）', '', '临溪镇部署秋冬季造林绿化工作', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [headlineText(a), a.byline.reporters, a.byline.correspondents]), [['临溪镇部署秋冬季造林绿化工作', ['金涛'], ['许诺']]]);
  });
  it('reads columns of over forty characters whose paragraphs are a line or two as columns, headlines after their text, by the lines that stop mid-sentence at one length (style A)', () => {
    // A page laid out by the property tests' generator at 43 characters a line: most lines end a sentence, as an export's do.
    const p = parse(readFileSync(new URL('pages/wide-columns-short-paragraphs.txt', import.meta.url), 'utf8'));
    assert.equal(p.layout, 'wrapped');
    assert.deepEqual(p.articles.map((a) => [headlineText(a), body(a).slice(0, 6)]), [
      ['全国春季农业生产暨春耕备耕现场会召开', '本报北京1月'],
      ['全省职业技能大赛落幕', '本报讯（记者'],
      ['多地加快推进老旧小区改造', '新华社北京1'],
      ['百年古桥完成保护性修缮', '近日，位于松'],
      ['市民运动会篮球决赛落幕', '本报讯（记者'],
    ]);
  });
  it('measures wide columns of short paragraphs by their lines, OCR\'s stray spaces in them, not by the narrow captions\' lines, and reads no paragraph as a caption (style A)', () => {
    // A page laid out by the property tests' generator: columns of about fifty characters, captions of seven.
    const p = parse(readFileSync(new URL('pages/ocr-wide-columns-stray-spaces.txt', import.meta.url), 'utf8'));
    assert.deepEqual(p.articles.filter((a) => a.kind === 'photo').map((a) => body(a).slice(0, 6)), ['▲7月15日', '7月15日，']);
    assert.deepEqual(p.articles.filter((a) => a.kind !== 'photo').map((a) => headlineText(a)), ['乡村夜市点亮消费新场景', '让群众办事更方便——访南湖区政务服务中心负责人', '社区开展义诊活动', '冬季供暖设施检修完成']);
  });
  it('cuts a headline\'s last line run into a dateline whose byline the column set on the next line (`便 新华社北京6月14日电` / `（记者 尹航 江枫）…`) (style A)', () => {
    // (And into a lead whose bracket a column break cut: `…修缮 本报讯【记者 苏` / blank / `航】5月13日，…`.)
    const q = parse(['近日，临溪镇的一座百年', '石拱古桥完成修缮。', '', '百年古桥完成保护性修缮 本报讯【记者 苏', '', '航】5月13日，临溪镇召', '开防汛工作会议。', '', '临溪镇部署防汛工作', ''].join('\n'));
    assert.deepEqual(q.articles.map((a) => [headlineText(a), a.byline.reporters]), [['百年古桥完成保护性修缮', []], ['临溪镇部署防汛工作', ['苏航']]]);
    // (And a byline said in words that a column break cut: `…场景 本报讯 记者温岚` / blank / `通讯员龚琳 报道`.)
    const r = parse(['近日，临溪镇的一座百年', '石拱古桥完成修缮。', '', '百年古桥完成保护性修缮 本报讯 记者温岚 ', '', '通讯员龚琳 报道 ', '2月10日，记者从临溪', '镇统计局获悉，一季度', '工业产值增长一成。', '', '临溪镇工业产值增长一成', ''].join('\n'));
    assert.deepEqual(r.articles.map((a) => [headlineText(a), a.byline.reporters, a.byline.correspondents]), [['百年古桥完成保护性修缮', [], []], ['临溪镇工业产值增长一成', ['温岚'], ['龚琳']]]);
    for (const marker of ['新华社北京6月14日电', '本报北京6月14日讯']) {
      const p = parse(['本报讯（记者 方晓）6月14日，临溪', '镇召开防汛工作会议。', '', '临溪镇部署防汛', '工作 ' + marker, '（记者 尹航 江枫）记者从', '住房和城乡建设部获悉，', '今年以来各地加快推进城', '镇老旧小区改造。', '', '多地加快推进老旧小区改', '造', ''].join('\n'));
      assert.deepEqual(p.articles.map((a) => [headlineText(a), a.byline.reporters]), [['临溪镇部署防汛工作', ['方晓']], ['多地加快推进老旧小区改造', ['尹航', '江枫']]], marker);
    }
  });
  it('ends a signed piece at its last subhead, its headline, when the text under that says the headline after it: a report whose lead was lost (style A)', () => {
    const p = parse([
      '□ 钟鸣', '', '老屋门前有一棵枣树，是祖父', '年轻时栽下的。每到秋天，满', '树的红枣压弯了枝头。', '',
      '如今祖父已经不在了，枣树却', '依然年年结果。', '', '老屋的枣树', '',
      '全省春季植树活动今天在西山', '林场启动，千余名干部群众参', '加。', '', '活动要求，各地要落实管护责', '任，确保种一棵活一棵。', '',
      '全省春季植树活动启动', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main, a.byline.reporters, a.body.length]), [
      ['feature', '老屋的枣树', ['钟鸣'], 2],
      ['news', '全省春季植树活动启动', [], 2],
    ]);
  });
  it('keeps a headline under its text though a page footer stands between them, when a picture\'s caption follows, as that text\'s, not the picture\'s title (style A)', () => {
    const p = parse([
      ...wrapAt('本报讯（记者 江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作。', 14), '',
      '获取更多精彩资讯，请扫码关注', '', '临溪镇部署防汛工作', '',
      ...wrapAt('7月2日，临溪镇机关干部在河堤上巡查。', 8), '', '本 报 记', '者 方 晓', '摄', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main ?? null, a.groupTitle ?? null]), [
      ['news', '临溪镇部署防汛工作', null],
      ['photo', null, null],
    ]);
  });
  it('gives a headline\'s middle line, OCR set rows below inside its report\'s text, back to that headline, the text going on past it (tesseract)', () => {
    const p = parse([
      ...HEADER, '临溪镇召开防汛工作会议暨安全生产', '凝心聚力 压实责任 确保安全度汛', '',
      '本报讯（记者 江枫）7月3日上午，临', '溪镇召开防汛工作会议暨安全生产委员', '会第三次会议，部署今年汛期各项工作。', '',
      '会议指出，今年汛期气候形势复杂，各', '村要提高认识，为全镇安全度汛打下', '',
      '委员会第三次会议强调 凝', '',
      '坚实基础。会议要求，各村落实巡查责', '任，备足抢险物资，严格值班值守。', '',
      '图书馆延长开放时间', '', '本报讯（通讯员 夏阳）即日起，市图书', '馆每天开放时间延长至晚上九点。', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [headlineText(a).replace(/\s/g, ''), a.byline.reporters, a.byline.correspondents]), [
      ['临溪镇召开防汛工作会议暨安全生产委员会第三次会议强调凝凝心聚力压实责任确保安全度汛', ['江枫'], []],
      ['图书馆延长开放时间', [], ['夏阳']],
    ]);
    assert.match(body(p.articles[0]), /打下坚实基础。/);
  });
  it('reads a headline whose parenthesis OCR closed in the other width (`党工委（扩大)会议`) as a headline, under its text (style A)', () => {
    const p = parse([
      ...wrapAt('本报讯(记者 江枫）7月3日上午，临溪镇党委召开扩大会议，安排部署今年汛期各项工作，全镇各村负责人参加会议。', 14), '',
      '临溪镇党委（扩大)会议', '部署防汛工作', '',
      ...wrapAt('本报讯（记者 方晓）7月3日，市图书馆延长夏季开放时间，每天开放至晚上九点，方便读者借阅。', 14), '',
      '图书馆延长夏季开放时间', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => headlineText(a).replace(/\s/g, '')), ['临溪镇党委（扩大）会议部署防汛工作', '图书馆延长夏季开放时间']);
  });
  it('reads a report\'s first line that OCR set in the first cell of its row (`日前，松林县新建的三所乡`) under the headline whose words it says, not under the first column\'s (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 12` (page 10): OCR opens every line on its text, so the line
    // stood under `新开两条公交线路` and became its headline's second line.
    const p = parse(readFileSync(new URL('pages/ocr-lead-line-in-first-cell.txt', import.meta.url), 'utf8'));
    assert.equal(headlineText(find(p.articles, '本报讯7月25日起')).replace(/\s/g, ''), '新开两条公交线路');
  });
  it('reads a headline\'s first line OCR set on the row of the text above it, after its last sentence (`…参加会议。 临溪镇部署` / `防汛工作`), as the headline\'s (style A)', () => {
    const p = parse([
      ...wrapAt('本报讯（记者 江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作，全镇各村负责人参加会议。', 12).slice(0, -1), '责人参加会议。 临溪镇部署', '防汛工作', '',
      ...wrapAt('本报讯（记者 方晓）7月3日，市图书馆延长夏季开放时间，每天开放至晚上九点。', 12).slice(0, -1), '开放至晚上九点。 会议要求', '各村落实巡查责任，备足物', '',
      '资。', '', '图书馆延长开放时间', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => headlineText(a).replace(/\s/g, '')), ['临溪镇部署防汛工作', '图书馆延长开放时间']);
    assert.ok(body(p.articles[0]).endsWith('全镇各村负责人参加会议。'), body(p.articles[0]));
    // (Text going on after a sentence's end, a mark in the lines under it, is text.)
    assert.ok(body(p.articles[1]).endsWith('会议要求各村落实巡查责任，备足物资。'), body(p.articles[1]));
    // (OCR's stray space before the sentence's mark: `…参加会议 。 临溪镇部署`.)
    const q = parse([
      ...wrapAt('本报讯（记者 江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作，全镇各村负责人参加会议。', 12).slice(0, -1), '责人参加会议 。 临溪镇部署', '防汛工作', '',
    ].join('\n'));
    assert.deepEqual(q.articles.map((a) => headlineText(a).replace(/\s/g, '')), ['临溪镇部署防汛工作']);
  });
  it('cuts a headline\'s last line OCR ran into the byline of the signed piece under it (`防汛工作 本报记者 方晓`), as it cuts one run into a lead (style A)', () => {
    for (const byline of ['本报记者 方晓', '本报记者 方晓 文/图']) {
      const p = parse([
        ...wrapAt('本报讯（记者 江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作，全镇各村负责人参加会议。', 12), '',
        '临溪镇部署', `防汛工作 ${byline}`, '',
        ...wrapAt('清晨七点，老城区的巷子里已经热闹起来。卖早点的摊位前排起了长队，豆浆油条的香气飘满了街道。', 12), '',
        '老街巷里的新生活', '',
      ].join('\n'));
      assert.deepEqual(p.articles.map((a) => [a.kind, headlineText(a).replace(/\s/g, ''), a.byline.reporters]), [
        ['news', '临溪镇部署防汛工作', ['江枫']],
        ['feature', '老街巷里的新生活', ['方晓']],
      ], byline);
    }
  });
  it('reads a kicker whose parenthesis OCR opened as a title\'s mark (`东江区工信局 《金融局)`) as the headline\'s, over its headline (tesseract)', () => {
    const p = parse([
      '临溪镇部署防汛工作', ...wrapAt('本报讯【记者 梁辰】12月31日，临溪镇召开防汛工作会议，部署今年防汛工作。', 14), '',
      '东江区工信局 《金融局)', '', '立足发展高质量工业强区亮点多', '',
      ...wrapAt('本报讯〈记者马骏) 去年以来，东江区工信局〈金融局) 以建设“三区一极”为重点，全力服务全区经济社会发展。', 14), '',
    ].join('\n'));
    const head = headlineText(find(p.articles, '本报讯〈记者马骏')).replace(/\s/g, '');
    assert.ok(head.startsWith('东江区工信局') && head.endsWith('立足发展高质量工业强区亮点多'), head);
    // (Its space before the bracket parts no phrases: the kicker, not a main headline of two.)
    assert.equal(find(p.articles, '本报讯〈记者马骏')?.headline?.main, '立足发展高质量工业强区亮点多');
    assert.ok(body(find(p.articles, '本报讯【记者')).endsWith('部署今年防汛工作。'));
  });
  it('measures wide columns of short paragraphs by their longest lines (seen twice), or by the widest when most lines are far wider than a caption\'s, so a one-line paragraph is no caption set wider than the columns (style A)', () => {
    const caption = ['▲7月2日，', '干部在河堤上', '巡查险情隐患', '的现场情况。', '（记者 江枫 摄）', ''];
    const pages = [
      [
        ...wrapAt('本报讯（记者江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作，全镇各村负责人参加会议。', 36), '',
        '会议要求，各村落实巡查责任，备足抢险物资。', '', '临溪镇部署防汛工作', '', ...caption,
        ...wrapAt('本报讯（记者方晓）7月3日，市图书馆延长夏季开放时间，每天开放至晚上九点，方便读者下班后借阅图书。', 36), '',
        '据了解，延长开放时间将持续至8月底。', '', '图书馆延长夏季开放时间', '',
      ],
      [
        '本报讯（记者江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期', '各项工作，全镇各村负责人参加了会议。', '',
        '会议要求，各村落实巡查责任，备足抢险物资，严格值班值守。', '', '临溪镇部署防汛工作', '', ...caption,
        '本报讯（记者方晓）7月3日，市图书馆延长夏季开放时间，每天开放至', '晚上九点，方便读者借阅。', '',
        '据了解，延长开放时间将持续至8月底，欢迎市民前来。', '', '图书馆延长夏季开放时间', '',
      ],
    ];
    for (const lines of pages)
      assert.deepEqual(parse(lines.join('\n')).articles.map((a) => [a.kind, a.headline?.main ?? null, a.body.length]), [
        ['news', '临溪镇部署防汛工作', 2],
        ['photo', null, 1],
        ['news', '图书馆延长夏季开放时间', 2],
      ]);
  });
  it('reads several 简讯 to a column, each with its headline', () => {
    const p = parse(
      [...HEADER, '简讯', '', '图书馆延长开放时间', '', '本报讯（通讯员 夏阳）即日起，市图书馆每天开放', '时间延长至晚上九点。', '', '新开两条公交线路', '', '本报讯 7月3日起，城区新开通两条公交线路。', ''].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => a.headline?.main), ['图书馆延长开放时间', '新开两条公交线路']);
    assert.deepEqual(find(p.articles, '本报讯（通讯员')?.byline.correspondents, ['夏阳']);
    assert.ok(p.furniture.some((f) => f.text === '简讯'));
  });
  it('reads 简讯 run together with no blank line (pdftotext -layout): a headline line between a sentence end and a lead', () => {
    const p = parse(
      [...HEADER, '简讯', '社区开展义诊活动', '  本报讯（记者 秦朗）7月3日，卫生院医护人员走进', '社区开展义诊，发放健康手册三百余份。', '图书馆延长开放时间', '  本报讯（通讯员 夏阳）即日起，市图书馆每天开放', '时间延长至晚上九点。', ''].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => a.headline?.main), ['社区开展义诊活动', '图书馆延长开放时间']);
    assert.equal(body(p.articles[0]), '本报讯（记者秦朗）7月3日，卫生院医护人员走进社区开展义诊，发放健康手册三百余份。');
  });
  it('keeps a headline line too long for a kicker with the headline under it when the lead says its words', () => {
    const p = parse(
      [...HEADER, '东江区党工委（扩大）会议暨城乡环境整治指挥部', '', '第三次会议强调 加压奋进 狠抓落实', '本报讯（记者程远）7月3日下午，东江区党工委（扩大）会议暨城乡环境整治指挥部第三次会议召开。', ''].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    const h = p.articles[0]?.headline;
    assert.equal([h?.kicker, h?.main, h?.sub].filter(Boolean).join('').replace(/\s/g, ''), '东江区党工委（扩大）会议暨城乡环境整治指挥部第三次会议强调加压奋进狠抓落实');
  });
  it('starts a report whose lead was lost where its text runs on after another\'s lead, by the words of its headline in a row of headlines (OCR)', () => {
    const p = parse(
      [...HEADER, '图书馆延长开放时间          百年古桥完成保护性修缮', '', '本报讯（通讯员 夏阳）即日起，市图书馆每天开放时间延长至晚上九点。', '', '近日，位于东江区的一座百年石拱古桥完成保护性修缮，重新向游人开放。', '', '修缮工程历时半年，最大限度保留了古桥的历史风貌。', ''].join('\n'),
    );
    assert.deepEqual(
      p.articles.map((a) => [a.headline?.main, body(a).slice(0, 6)]),
      [
        ['图书馆延长开放时间', '本报讯（通讯'],
        ['百年古桥完成保护性修缮', '近日，位于东'],
      ],
    );
  });
  it('gives a headline line of a row to the report whose lead says its words, not to the headline before it (OCR)', () => {
    // 报告会东江区专场举行 stands under 社区开展义诊活动, but it is the second line of 全市先进事迹宣讲.
    const p = parse(
      [...HEADER, '社区开展义诊活动          全市先进事迹宣讲', '', '报告会东江区专场举行', '', '本报讯（记者程远）7月3日，卫生院医护人员走进社区开展义诊，发放健康手册三百余份。', '', '本报讯（记者方晓）7月2日上午，全市先进事迹宣讲报告会东江区专场在区会议中心举行。', '', '本次宣讲会由市委组织部牵头组织，五位先进代表作了报告。', ''].join('\n'),
    );
    assert.deepEqual(
      p.articles.map((a) => [[a.headline?.kicker, a.headline?.main].filter(Boolean).join(''), a.byline.reporters]),
      [
        ['社区开展义诊活动', ['程远']],
        ['全市先进事迹宣讲报告会东江区专场举行', ['方晓']],
      ],
    );
  });
  it('keeps text under a headline-like line that says little of it in the report its words go on with (OCR set a deck\'s line among the text)', () => {
    const p = parse(
      [...HEADER, '东江区招商服务中心', '', '招大引强成效显著', '', '本报讯（记者方晓）去年以来，东江区招商服务中心围绕招商引资工作，创新招商模式，拓展招商领域，招商引资成果丰硕。', '', '“筑巢引凤”有新招', '', '东江区招商服务中心不断创新招商模式，拓展招商领域，招商引资成果丰硕，全年签约项目二十个。', ''].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    assert.deepEqual(
      p.articles[0]?.body.map((b) => b.text),
      ['本报讯（记者方晓）去年以来，东江区招商服务中心围绕招商引资工作，创新招商模式，拓展招商领域，招商引资成果丰硕。', '“筑巢引凤”有新招', '东江区招商服务中心不断创新招商模式，拓展招商领域，招商引资成果丰硕，全年签约项目二十个。'],
    );
  });
  it('reads 简讯 as OCR gives them: a headline under the sentence before it, a blank line, then its lead', () => {
    const p = parse(
      [...HEADER, '简讯', '社区开展义诊活动', '', '本报讯（记者 秦朗）7月3日，卫生院医护人员走进社区开展', '义诊，发放健康手册三百余份。', '图书馆延长开放时间', '', '本报讯（通讯员 夏阳）即日起，市图书馆每天开放时间延', '长至晚上九点。', ''].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => a.headline?.main), ['社区开展义诊活动', '图书馆延长开放时间']);
    assert.equal(body(p.articles[0]), '本报讯（记者秦朗）7月3日，卫生院医护人员走进社区开展义诊，发放健康手册三百余份。');
  });
  it('takes a headline under its text for the headline where a byline a narrow column wrapped ends that text, and at the foot of the page (style A)', () => {
    const p = parse(
      [...HEADER, ' 本报讯 端午节期', '间，各景区迎来客流', '高峰，有关部门提前', '部署安全工作。（记者 陈', '静）', '端午假期景区平稳有序', '', ' 本报讯（记者 林晓）', '7月3日，临溪镇召开', '会议，部署防汛工作。', '临溪镇部署防汛工作', ''].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => a.headline?.main), ['端午假期景区平稳有序', '临溪镇部署防汛工作']);
    assert.deepEqual(p.articles[0]?.byline.reporters, ['陈静']);
    assert.equal(body(p.articles[1]), '本报讯（记者林晓）7月3日，临溪镇召开会议，部署防汛工作。');
    // A commentary signed `□ 本报评论员`, its headline under it, then wire copy whose marker the column wrapped before 电.
    const c = parse(
      [...HEADER, ' □ 本报评论员', '', ' 盛夏时节，万物竞', '长。做好下半年工', '作，关键在于抓落', '实。', '以实干迎接盛夏', '', ' 新华社北京7月3日', '电（记者 周涛）国', '家统计局3日发布数', '据。', '统计局发布数据', ''].join('\n'),
    );
    assert.deepEqual(c.articles.map((a) => [a.kind, a.headline?.main]), [['feature', '以实干迎接盛夏'], ['news', '统计局发布数据']]);
    assert.equal(body(c.articles[0]), '盛夏时节，万物竞长。做好下半年工作，关键在于抓落实。');
    // Essays signed with an ornament and a name (`□ 林 木`) or `文/X`, each headline under its text.
    const e = parse(
      [...HEADER, ' □ 林 木', '', ' 老屋门前有一棵', '枣树，是祖父年轻', '时栽下的。', '', ' 如今祖父已经不', '在了，枣树却依然', '年年结果。', '老屋的枣树', '', ' 文/方 晓', '', ' 夏夜的河边，蛙', '声一片。', '夏夜', ''].join('\n'),
    );
    assert.deepEqual(e.articles.map((a) => [a.kind, a.headline?.main, a.byline.reporters, body(a)]), [
      ['feature', '老屋的枣树', ['林木'], '老屋门前有一棵枣树，是祖父年轻时栽下的。如今祖父已经不在了，枣树却依然年年结果。'],
      ['feature', '夏夜', ['方晓'], '夏夜的河边，蛙声一片。'],
    ]);
    // A headline under its text with a colon or a 、 in it, or ending on ！, before the next lead and at the page's foot.
    for (const [first, second] of [['临溪镇：部署防汛工作', '夏收夏种正当时！'], ['召会议、抓防汛、保安全', '各地：抢抓农时']]) {
      const h = parse(
        [...HEADER, ' 本报讯（记者 程远）', '7月3日，临溪镇召开', '防汛工作会议，部署', '今年防汛工作，要求', '各部门压实责任。', first, '', ' 本报讯（记者 方晓）', '7月3日，各地抢抓农', '时，开展夏收夏种工', '作，确保颗粒归仓。', second, ''].join('\n'),
      );
      assert.deepEqual(h.articles.map((a) => a.headline?.main), [first, second]);
    }
    // A report that never had a lead (`近日，…`) after the headline under the report before it, that headline as wide as a column line.
    const n = parse(
      [...HEADER, ' 本报讯（记者 程远）', '7月3日，临溪镇召开', '防汛工作会议，部署', '今年防汛工作。', '临溪镇部署防汛工作', '', ' 近日，临溪镇新建的', '三所乡村学校正式投', '入使用，可新增学位', '一千八百个。', '临溪镇三所乡村学校', '投入使用', ''].join('\n'),
    );
    assert.deepEqual(n.articles.map((a) => [a.headline?.main.replace(/\n/g, ''), body(a).slice(0, 5)]), [['临溪镇部署防汛工作', '本报讯（记'], ['临溪镇三所乡村学校投入使用', '近日，临溪']]);
    // A headline under its text before a caption, a 简讯 banner or a 简讯 item: what follows opens a piece too.
    const f = parse(
      [...HEADER, ' 本报记者 蒙 丽', ' 清晨六点，龙江河畔的', '早市已是人声鼎沸。', '', ' 改造后的早市吸引了', '越来越多的市民。', '龙江河畔早市', '焕发新活力', '', '图为农户在早市上出售蔬菜。', ' 本报记者 蒙 丽 摄', '', ' 本报讯（记者 程远）', '7月3日，临溪镇召开', '会议，部署防汛工作。', '临溪镇部署防汛工作', '', ' 简 讯', ' ■7月2日，县图书馆举', '办少儿阅读分享会。', '', ' 本报讯（记者 方晓）', '7月3日，县医院开展', '义诊活动。', '县医院开展义诊', ' ■近日，县城新增公共', '站点十二个。', ''].join('\n'),
    );
    assert.deepEqual(f.articles.map((a) => [a.kind, a.headline?.main.replace(/\n/g, '') ?? null, body(a).slice(-6)]), [
      ['feature', '龙江河畔早市焕发新活力', '越多的市民。'],
      ['photo', null, '上出售蔬菜。'],
      ['news', '临溪镇部署防汛工作', '署防汛工作。'],
      ['news', null, '阅读分享会。'],
      ['news', '县医院开展义诊', '展义诊活动。'],
      ['news', null, '站点十二个。'],
    ]);
    // What closes a page and is no headline stays text.
    const q = parse([...HEADER, ' 本报讯（记者 林晓）', '7月3日，临溪镇召开', '会议，部署防汛工作。', '（下转第2版）', ''].join('\n'));
    assert.equal(q.articles[0]?.headline, null);
  });
});

describe('OCR noise', () => {
  it('keeps letters OCR read out of a picture out of the headline below it', () => {
    const p = parse([...HEADER, '听 HHo', '多地加快推进老旧小', '区改造', '', '新华社北京7月3日电（记者 程远）记者从住房和城乡建设部获悉。', ''].join('\n'));
    assert.equal(p.articles[0]?.headline?.main.replace(/\n/g, ''), '多地加快推进老旧小区改造');
    assert.ok(p.furniture.some((f) => f.text === '听 HHo'));
  });
  it('reads a headline\'s end that OCR set rows below, its opening quote lost, as that headline\'s, not a new article', () => {
    const p = parse(
      [
        ...HEADER,
        '东江区商务中心', '', '引资成效显著', '',
        '本报讯〈记者程远) 今年以来，东江区商务中心', '狠抓责任落实，招商引资成果丰硕。', '',
        '全区实际利用境外资金一亿美元，同比增长三成。', '',
        ' 筑巢引凤 ”模式新', '',
        '机制建设更健全，专业招商更突显。该区不断健全招商', '机制建设，完善政策体系建设。', '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    assert.match(body(p.articles[0]), /^本报讯.*政策体系建设。$/);
    const h = p.articles[0]?.headline;
    assert.equal([h?.kicker, h?.main, h?.sub].join('').replace(/\s/g, ''), '东江区商务中心引资成效显著筑巢引凤”模式新');
  });
  it('reads an essay\'s signature whose ornament OCR read as 口 (`口 林木` for `□ 林木`) as its byline, and 口 in text as text', () => {
    const p = parse([...HEADER, '老屋的枣树', '', '口 林木', '', '老屋门前有一棵枣树，是祖父', '年轻时栽下的。', '', '夏夜', '', '口方晓', '', '夏夜的河边，蛙声一片。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main, a.byline.reporters, body(a)]), [
      ['feature', '老屋的枣树', ['林木'], '老屋门前有一棵枣树，是祖父年轻时栽下的。'],
      ['feature', '夏夜', ['方晓'], '夏夜的河边，蛙声一片。'],
    ]);
    const t = parse([...HEADER, '路口改造', '', '本报讯（记者 程远）7月3日，临溪镇的路', '口改造完工。', '', '口岸经济', '', '本报讯（记者 方晓）7月3日，临溪镇口岸开放。', ''].join('\n'));
    assert.equal(body(t.articles[0]), '本报讯（记者程远）7月3日，临溪镇的路口改造完工。');
    assert.deepEqual(t.articles.map((a) => a.headline?.main), ['路口改造', '口岸经济']);
  });
  it('keeps a feature whole across a subhead OCR set beside a lone character read from a rule', () => {
    const p = parse(
      [
        ...HEADER,
        '东江新区：写好高质量发展的答卷', '', '本报记者 程远 本报通讯员 方晓', '',
        '迈入新时代，开启新征程。东江', '新区将全面贯彻新发展理念，坚定', '目标定位，奋力开创发展新局面。', '',
        '聚焦品质提升推进城市发展', '', '旦', 'JUEE 汉', '',
        '完善城市功能，提升城市品', '质，打造宜居宜业新区，让市民', '在城市生活得更舒心、更幸福。', '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    assert.match(body(p.articles[0]), /^迈入新时代.*更幸福。$/);
  });
  it('keeps a feature whole across a subhead OCR set over lines of a character or two read from a picture', () => {
    const p = parse(
      [
        ...HEADER,
        '东江新区：写好高质量发展的答卷', '', '本报记者 程远 本报通讯员 方晓', '',
        '迈入新时代，开启新征程。东江', '新区将全面贯彻新发展理念，坚定', '目标定位，奋力开创发展新局面。', '',
        '聚焦品质提升推进城市发展高', '', '旦.', '由里', '', '',
        '提高城市治理水平。坚持常', '态化城市创建，以绣花功夫推进', '城市治理精细化。', '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    assert.match(body(p.articles[0]), /^迈入新时代.*城市治理精细化。$/);
  });
});

describe('page headers and footers', () => {
  it('reads the masthead as the page\'s metadata, never as article text', () => {
    const p = parse([...HEADER, '春耕备耕正当时', '', '本报讯（记者 秦朗）7月3日，各地抢抓农时。', '', '美编：谢文　校对：许可', ''].join('\n'));
    assert.deepEqual(p.printed, { paper: '东岳时报', pageNumber: 3, pageName: '要闻' });
    assert.equal(p.issueDate, '2031-07-04');
    assert.equal(p.articles.length, 1);
    const text = JSON.stringify(p.articles);
    for (const f of ['东岳时报', '星期五', '第3版', '责任编辑', '美编']) assert.ok(!text.includes(f), `${f} is in no article`);
  });
  it('keeps where an article goes on or came from (`（下转第2版）`, `（上接第1版）`, `下转A2版`) out of every article, on a line of its own or run into the text', () => {
    const pages = [
      [...HEADER, '（上接第1版）会议要求，', '各部门要压实防汛', '责任。', '', ' 本报讯（记者 林晓）', '7月3日，临溪镇召开', '会议，部署防汛工作。（下转第2版）', '临溪镇部署防汛工作', ''],
      [...HEADER, '临溪镇部署防汛工作', '', '本报讯（记者 林晓）7月3日，临溪镇召开会议，部署防汛工作。', '', '下转A2版', '', '图书馆延长开放时间', '', '本报讯（通讯员 夏阳）即日起，市图书馆每天开放时间延长至晚上九点。', ''],
    ];
    for (const lines of pages) {
      const p = parse(lines.join('\n'));
      const text = JSON.stringify(p.articles);
      for (const jump of ['上接', '下转']) assert.ok(!text.includes(jump), `${jump} is in no article`);
      assert.ok(p.articles.some((a) => a.headline?.main === '临溪镇部署防汛工作' && body(a) === '本报讯（记者林晓）7月3日，临溪镇召开会议，部署防汛工作。'));
    }
  });
  it('reads the last headline under its text in narrow columns as a headline when the page\'s footer follows it', () => {
    // Style A (headlines after their text) with the masthead printed at the page's foot: the last report had
    // kept its headline as a line of its text.
    const p = parse(
      [
        ' 本报讯（记者 秦朗）7月3',
        '日，各地抢抓农时，春耕',
        '备耕有序推进。',
        '春耕备耕正当时',
        '',
        ' 本报讯（通讯员 夏阳）即',
        '日起，市图书馆每天开放',
        '时间延长至晚上九点。',
        '图书馆延长开放时间',
        '',
        '东岳时报 2031年7月4日 星期五 第3版 要闻 责任编辑：宋佳音',
        '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => [a.headline?.main, body(a)]), [
      ['春耕备耕正当时', '本报讯（记者秦朗）7月3日，各地抢抓农时，春耕备耕有序推进。'],
      ['图书馆延长开放时间', '本报讯（通讯员夏阳）即日起，市图书馆每天开放时间延长至晚上九点。'],
    ]);
    assert.equal(p.printed.pageNumber, 3);
  });
  it('reads the page\'s name OCR set apart from its 版次, beside the editor\'s credit, as the name and not as a headline', () => {
    const p = parse(['临海日报', '', '2031年7月4日 星期五', '', '第12版', '', '经济                    责任编辑: 宋佳音', '', '春耕备耕正当时', '', '本报讯（记者 秦朗）7月3日，各地抢抓农时。', ''].join('\n'));
    assert.deepEqual(p.printed, { paper: '临海日报', pageNumber: 12, pageName: '经济' });
    assert.deepEqual(p.articles.map((a) => [a.headline?.kicker, a.headline?.main]), [[undefined, '春耕备耕正当时']]);
  });
  it('reads a masthead row\'s date that -layout set among the columns\' first lines as the issue date, never as text', () => {
    const p = parse(
      [
        '临海日报 LINHAI NEWS                          2033.05.08             A2 文化                  本版编辑 钟灵',
        '五一走基层',
        '守护万家团圆的人',
        '本报记者 葛青',
        '  编者按：春节期间，许多人坚守在工作岗位上，用辛勤   除夕夜十一点，供电所的值班室里依然灯火通明。抢修   “过年用电负荷大，我们多守一会儿，大家就能安安心',
        '付出守护着万家团圆。即日起，本报推出“五一走基层”专 班班长老周刚刚处理完一起线路故障，顾不上吃口热饭，又 心过个好年。”老周说。这已经是他在岗位上度过的第十五',
        '栏，讲述他们的故事。                 开始检查第二天的巡线计划。              个除夕。',
        '',
        '',
        '',
        '',
        '5月7日，临溪镇的果农在果园里修剪果树。（记者 唐宁 摄）',
        '',
        ''
      ].join('\n'),
    );
    assert.equal(p.issueDate, '2033-05-08');
    assert.deepEqual(p.printed, { paper: '临海日报', pageNumber: 2, pageName: '文化' });
    assert.ok(p.articles.every((a) => !body(a).includes('2033')));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.date]), [['feature', '2033-05-08'], ['photo', '2033-05-07']]);
  });
  it('reads a masthead OCR set on one line with wide gaps', () => {
    const p = parse(['临海日报', '', '2031年7月4日 星期五          第12版”经济          责任编辑: 宋佳音', '', '春耕备耕正当时', '', '本报讯（记者 秦朗）7月3日，各地抢抓农时。', ''].join('\n'));
    assert.deepEqual(p.printed, { paper: '临海日报', pageNumber: 12, pageName: '经济' });
    assert.equal(p.issueDate, '2031-07-04');
  });
  // Other papers print their masthead otherwise: one line with single spaces, 版次 as `A05版`, `05版：要闻`
  // or `A5`, a lunar date, a date with no weekday, roles with no colon, the paper's English name.
  const MASTHEADS: Array<[string[], { issueDate: string | null; printed: Record<string, string | number> }]> = [
    [['楚天都市报 2033年5月8日 星期日 A05版 要闻 责任编辑 张三'], { issueDate: '2033-05-08', printed: { paper: '楚天都市报', pageNumber: 5, pageName: '要闻' } }],
    [['2033年5月8日 农历四月初十 星期日', '', '第A05版'], { issueDate: '2033-05-08', printed: { pageNumber: 5 } }],
    [['05版：要闻', '', '责编 张三 美编 李四'], { issueDate: null, printed: { pageNumber: 5, pageName: '要闻' } }],
    [['第5版（要闻）', '', '2033年5月8日 星期日'], { issueDate: '2033-05-08', printed: { pageNumber: 5, pageName: '要闻' } }],
    [['A5 要闻 2033年5月8日 星期日 编辑：张三'], { issueDate: '2033-05-08', printed: { pageNumber: 5, pageName: '要闻' } }],
    [['南湖周末', '', '2033.05.08', '', 'A05'], { issueDate: '2033-05-08', printed: { paper: '南湖周末', pageNumber: 5 } }],
    [['临海日报 LINHAI DAILY', '', '2033年5月8日 星期日'], { issueDate: '2033-05-08', printed: { paper: '临海日报' } }],
    [['本版编辑 张三 王五'], { issueDate: null, printed: {} }],
    // Other papers' roles: 值班编辑, 主编, 策划, 统筹, 审核, and a slash for the colon.
    [['值班编辑：张三', '本版主编：王五', '策划：李四 统筹：赵六', '审核：钱七', '编辑/孙八 校对/周九', '（责任编辑：吴十）'], { issueDate: null, printed: {} }],
    // As tesseract reads them: a 1 after the section's letter as `l` or `l1`, a name run into its role or its 版次.
    [['南湖报', '', '2033.05.08', '', 'Al16版 社会'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 16, pageName: '社会' } }],
    [['南湖报', '', '2033.05.08', '', 'Al 要闻'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 1, pageName: '要闻' } }],
    [['南湖报', '', '2033.05.08', '', 'Al1文化'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 11, pageName: '文化' } }],
    // Papers whose names end otherwise (`参考消息`, `21世纪经济报道`), an edition (`人民日报海外版`), the English name first.
    [['参考消息', '', '2033年5月8日 星期日', '', '第5版 要闻'], { issueDate: '2033-05-08', printed: { paper: '参考消息', pageNumber: 5, pageName: '要闻' } }],
    [['21世纪经济报道', '', '2033年5月8日 星期日', '', '第5版 要闻'], { issueDate: '2033-05-08', printed: { paper: '21世纪经济报道', pageNumber: 5, pageName: '要闻' } }],
    [['南湖日报海外版', '', '2033年5月8日 星期日', '', '第5版 要闻'], { issueDate: '2033-05-08', printed: { paper: '南湖日报海外版', pageNumber: 5, pageName: '要闻' } }],
    [['NANHU DAILY 南湖日报', '', '2033年5月8日 星期日', '', '第5版 要闻'], { issueDate: '2033-05-08', printed: { paper: '南湖日报', pageNumber: 5, pageName: '要闻' } }],
    // A page's name before its 版次 with a dot between (`要闻·A5`), a lunar date after the weekday, a date in English.
    [['南湖报', '', '2033年5月8日 星期日 农历癸丑年四月初九', '', '要闻·A5'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 5, pageName: '要闻' } }],
    [['南湖报', '', 'Sunday, May 8, 2033', '', 'A5'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 5 } }],
    // …or a stray letter read from the rule beside it (`A8` → `Ag8`).
    [['南湖报', '', '2033.05.08', '', 'Ag8 社会', '', '本版编辑 宋佳'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 8, pageName: '社会' } }],
    [['南湖报', '', '2033.05.08', '', 'Al13 县域              本版编辑高翔'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 13, pageName: '县域' } }],
    // The wide space after the 版次 read as a quote mark, a stroke beside its number (`第1]版`).
    [['南湖报', '', '2033年5月8日 星期日', '', '第1]版 ”综合', '', '责任编辑: 于洋'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 1, pageName: '综合' } }],
    [['南湖报 2033年5月8日 星期日 第10版“县域 责任编辑: 于洋'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 10, pageName: '县域' } }],
    [['东岳时报', '', '2033年5月8日 星期日', '', '第1]版 〈文化)'], { issueDate: '2033-05-08', printed: { paper: '东岳时报', pageNumber: 1, pageName: '文化' } }],
    // A character OCR read from a rule, on the line over the paper's name.
    [['在', '青州都市报', '', '2033年5月8日 星期日', '', '第3版 要闻'], { issueDate: '2033-05-08', printed: { paper: '青州都市报', pageNumber: 3, pageName: '要闻' } }],
    // The 版次 in figures alone before the page's name (`03 综合`): zero-padded on its own line, or beside the date.
    [['南湖报', '', '2033年5月8日 星期日', '', '03　综合', '', '责编：于洋'], { issueDate: '2033-05-08', printed: { paper: '南湖报', pageNumber: 3, pageName: '综合' } }],
    [['3 综合 2033年5月8日 星期日 编辑 张三 校对 李四'], { issueDate: '2033-05-08', printed: { pageNumber: 3, pageName: '综合' } }],
    [['东岳时报', '', '2033年5月8日 星期日', '', '15 要闻', '', '责编：何婷'], { issueDate: '2033-05-08', printed: { paper: '东岳时报', pageNumber: 15, pageName: '要闻' } }],
    // …and as OCR reads the wide space between them (`03 ”社会`).
    [['东岳时报', '', '2033年5月8日 星期日', '', '03 ”社会', '', '责编: 罗兰'], { issueDate: '2033-05-08', printed: { paper: '东岳时报', pageNumber: 3, pageName: '社会' } }],
    // A dotted date whose dots OCR lost (`2033.05.08` → `203305 08`).
    [['青州都市报 QINGZHOU METRO        203305 08        Al0 要闻        本版编辑 罗兰'], { issueDate: '2033-05-08', printed: { paper: '青州都市报', pageNumber: 10, pageName: '要闻' } }],
  ];
  it('reads mastheads as other papers print them, and none of their words as a headline or text', () => {
    const report = ['春耕备耕正当时', '', '本报讯（记者 秦朗）5月7日，各地抢抓农时，', '全力做好春季田间管理。', ''];
    for (const [head, want] of MASTHEADS) {
      const p = parse([...head, '', ...report].join('\n'));
      assert.deepEqual({ issueDate: p.issueDate, printed: p.printed }, want, head.join(' / '));
      assert.deepEqual(p.articles.map((a) => [a.headline?.kicker, a.headline?.main, a.headline?.sub]), [[undefined, '春耕备耕正当时', undefined]], head.join(' / '));
      // With no year printed anywhere, the lead's `5月7日` has none either.
      assert.equal(p.articles[0]?.date, want.issueDate ? '2033-05-07' : null, head.join(' / '));
    }
  });
  it('reads a 版次 in figures with its page\'s name (`15 要闻`) that pdftotext set among the columns as the masthead\'s', () => {
    const p = parse(['东岳时报', '简讯', '', '新开两条公交线路', '', '本报讯 5月7日起，城区新开通两条公交线路，连接高', '铁站和几个大型居民区。', '',
      '2033年5月8日 星期日', '', '春耕备耕正当时', '', '本报讯（记者 秦朗）5月7日，各地抢抓农时，', '全力做好春季田间管理。', '', '15 要闻', '', '责编：何婷', '',
      '冬季供暖设施检修完成', '', '日前，南湖区完成冬季供暖设施检修，共更换老旧管道', '三千余米。（记者 程远）', ''].join('\n'));
    assert.deepEqual({ issueDate: p.issueDate, printed: p.printed }, { issueDate: '2033-05-08', printed: { paper: '东岳时报', pageNumber: 15, pageName: '要闻' } });
    assert.deepEqual(p.articles.map((a) => a.headline?.main), ['新开两条公交线路', '春耕备耕正当时', '冬季供暖设施检修完成']);
    assert.ok(!JSON.stringify(p.articles).includes('要闻'));
  });
  it('reads dates and 版次 in Chinese numerals, as papers of earlier decades print them, in each style', () => {
    // Style B: a paragraph a line.
    const b = parse(['东海日报', '一九八五年三月十六日 星期六', '第二版 经济新闻', '责任编辑：马文', '', '春耕生产全面展开', '',
      '本报讯 记者 刘林 报道：三月十五日，全县各乡镇春耕生产全面展开，已翻耕土地三万余亩。', '',
      '新华社北京三月十四日电 全国春季农业生产会议今天在北京召开。', '', '本报讯 廿五日下午，市政府召开常务会议，研究部署秋冬季农业生产工作。（王小林）', ''].join('\n'));
    assert.equal(b.issueDate, '1985-03-16');
    assert.deepEqual(b.printed, { paper: '东海日报', pageNumber: 2, pageName: '经济新闻' });
    assert.deepEqual(b.articles.map((a) => [a.headline?.main ?? null, a.date]), [['春耕生产全面展开', '1985-03-15'], [null, '1985-03-14'], [null, '1985-02-25']]);
    assert.ok(!JSON.stringify(b.articles).includes('星期六'));
    // Style A: narrow columns, the headline under its text; the weekday cut from its date by the columns (no 版名).
    const a = parse(['西河日报', '一九九二年六月九日  星期二', '第三版', '', ' 本报讯 记者 周海', '报道：六月八日，全', '县夏收工作全面展开，', '已收割小麦五万亩。', '全县夏收全面展开', '',
      ' 新华社北京八日电', '国家气象局今天发布', '预报，北方大部地区', '未来三天以晴为主。', '北方未来三天多晴', ''].join('\n'));
    assert.equal(a.issueDate, '1992-06-09');
    assert.deepEqual(a.printed, { paper: '西河日报', pageNumber: 3 });
    assert.deepEqual(a.articles.map((x) => [x.headline?.main, x.date]), [['全县夏收全面展开', '1992-06-08'], ['北方未来三天多晴', '1992-06-08']]);
    // Style C: markdown, the paper's name its first heading; OCR's O for 〇.
    const c = parse(['# 南江日报', '', '二OO二年七月五日 星期五 第4版', '', '## 夏粮收购进展顺利', '', '本报讯（记者 陈平）七月四日，全县夏粮收购进度过半。', ''].join('\n'));
    assert.equal(c.issueDate, '2002-07-05');
    assert.deepEqual(c.printed, { paper: '南江日报', pageNumber: 4 });
    assert.deepEqual(c.articles.map((x) => [x.headline?.kicker, x.headline?.main, x.date]), [[undefined, '夏粮收购进展顺利', '2002-07-04']]);
    // The text keeps what was printed.
    assert.ok(body(b.articles[0]).includes('三月十五日'));
  });
  it('reads a masthead whose date the columns below cut from its weekday (-layout), and a paper\'s name OCR spaced out', () => {
    // The first lines of a page pdftotext -layout gave (real-pages set 9, page 8): the date's cell cut at its space.
    const layout = parse([
      '青州都市报                          2023年7月26日 星期三               第5版 综合                    责任编辑：高翔',
      '   本报讯（记者欧阳明）7月25 城联创”工作并召开座谈会时要          在随后召开的专题推进会上， 节，确保“日清日结、提前完工、 青川县一季度经济运行',
      '日上午，示范区在沁泉湖怀庆河水 求：“打造精品，突出亮点。沁泉湖 王家鹏听取了项目施工单位及区住 留有余地”；要加强施工各工段、甲 工业产值同比增长一',
      '系连通工程项目部会议室召开沁泉 项目建设要倒排工期，打破常规， 建、城改、城管、李万街道相关负 方乙方监理方、征迁与施工等细节',
      '湖公园项目专题推进会，贯彻落实 加快推进……”目前，该项目建设 责人所作的项目进展、计划、投资 的衔接工作，发扬吃苦耐劳、勇于 成以上',
      '市委书记王小平7月17日下午专程到 已经进入关键阶段和冲刺期，正在 和大北张村征迁、建筑垃圾清运等 拼搏精神，全力加快施工进度；全 ——重点项目建设提速 企业用',
      '示范区调研“四城联创”工作并召 加紧施工。                  工作情况汇报，并对出土、铺装、 区各部门要加强沟通联动，各司职 工需求旺盛',
      '开座谈会时对沁泉湖公园项目建设        王家鹏一行来到沁泉湖公园项 道路建设、桥梁施工、施工衔接、 责，加强督导，创优环境，全力以',
      '提出的具体要求。示范区（高新区） 目现场督导工程进展情况。工程现 水源注水等组织实施和施工工期进 赴推进项目建设，确保部分景点提                本报讯 记者金涛 通讯员秦朗',
      '党工委书记、管委会主任王家鹏主 场，庄周梦蝶广场、问道太极广 行细化量化，并将相关责任压实到 前开放，国庆节前如期开园，向市 报道 7月25日，记者从青川县统计',
      '持会议并讲话，区领导刘明胜、姜 场、瓷韵广场正在加紧铺装作业。 单位部门及相关负责人，确保项目 委、市政府和全市人民交上满意的 局获悉，一季度全县规模以上工业',
      '坤峰、侯建华、赵俊生参加会议。 王家鹏详细询问施工队伍组织协调 高质量推进。                    答卷。                总产值同比增长12.3%，增速较去',
      '   沁泉湖怀庆河水系连通工程是 及施工进展情况，并对土方开挖清          王家鹏强调，要加强施工组织                      年同期提高2.1个百分点。',
      '我市重大民生工程，是全市人民关 运、湖内注水排水等进行研究，拿 协调，细化施工方案，组织专业施                                 据介绍，今年以来，该县坚持',
      '注的生态公园和城市品质提升工 出解决方案，当场部署，当即实 工队伍建设高质量工程；要倒排施                                把项目建设作为稳增长的关键抓',
      '程。王小平专程到示范区调研“四 施。                     工工期，量化到每一天、每一个环                       手，先后开工建设重点项目46个，',
    ].join('\n'));
    const spaced = parse(['临海 日 报', '', '2033年7月26日 星期三', '', '第5版 综合', '', '春耕备耕正当时', '', '本报讯（记者 秦朗）7月25日，各地抢抓农时。', ''].join('\n'));
    assert.equal(layout.issueDate, '2023-07-26');
    assert.equal(spaced.issueDate, '2033-07-26');
    assert.equal(layout.issueDateSource, 'header');
    assert.deepEqual(spaced.printed, { paper: '临海日报', pageNumber: 5, pageName: '综合' });
    assert.ok(!JSON.stringify(layout.articles).includes('星期三'), 'the weekday is in no article');
  });
  it('reads a masthead as pdftotext and OCR give the other papers\' forms: the English name run into a headline, a date below a headline, a 版名 in OCR\'s brackets', () => {
    // pdftotext: the paper's line with no blank line after it, the 简讯 column's first headline before the date.
    const pdf = parse(['北川日报 BEICHUAN DAILY', '简讯', '', '图书馆延长开放时间', '', '2033.01.01', '', 'A7 综合', '', '本版编辑 高翔', '', '本报讯（通讯员 杜鹏）即日起，市图书馆每天', '开放时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual({ issueDate: pdf.issueDate, printed: pdf.printed }, { issueDate: '2033-01-01', printed: { paper: '北川日报', pageNumber: 7, pageName: '综合' } });
    assert.deepEqual(pdf.articles.map((a) => a.headline?.main), ['图书馆延长开放时间']);
    // OCR reads the name's 日 as 目 (`北川目报`): no paper is a 目报.
    const ocr = parse(['北川目报', '', '2033年3月16日 星期三', '', '第8版 〈社会)', '', '编辑: 宋佳音”美编: 冯雪', '', '春耕备耕正当时', '', '本报讯（记者 秦朗）3月15日，各地抢抓农时。', ''].join('\n'));
    assert.deepEqual(ocr.printed, { paper: '北川日报', pageNumber: 8, pageName: '社会' });
  });
  it('reads a front page\'s pointers to the pages inside (`今日导读` / `▶ 全市春季植树活动启动 第2版`) as furniture, never as a headline', () => {
    for (const box of [
      ['今日导读', '', '▶ 全市春季植树活动启动 第2版', '▶ 老年大学春季班开课 第3版', '▶ 城市更新要留住烟火气 第4版', ''],
      ['导读', '', '全市春季植树活动启动……A2版', '', '老年大学春季班开课 详见第3版', ''],
    ]) {
      const p = parse([...HEADER, ...box, '高速公路新增服务区', '', '本报讯（记者 王刚）7月3日起，沿海高速新增两处服务区正式投入运营。', ''].join('\n'));
      assert.deepEqual(p.articles.map((a) => [a.headline?.kicker, a.headline?.main, a.headline?.sub]), [[undefined, '高速公路新增服务区', undefined]], box.join(' / '));
      assert.ok(!JSON.stringify(p.articles).includes('导读'));
    }
  });
  it('reads the imprint and service lines of a page (热线, 出版物号, 邮发代号, 地址, 值班总编, 天气, 今日8版, a web address, a page number, an export\'s `第 3 页`) as furniture', () => {
    const report = ['临溪镇部署防汛工作', '', '本报讯（记者 程远）7月3日，临溪镇召开会议，部署防汛工作。', ''];
    const lines = ['新闻热线：0391-1234567', '国内统一连续出版物号 CN41-0012', '邮发代号：35-12', '本报地址：东岳市人民路1号 邮编：454000', '值班总编：张伟', '天气：晴 25℃～32℃', '今日8版', '东岳日报社出版', 'www.dyrb.com.cn', '- 3 -', '第 3 页', '第3页 共8页'];
    for (const line of lines) {
      const p = parse([...HEADER, ...report, line, ''].join('\n'));
      assert.ok(p.furniture.some((f) => f.text === line), line);
      assert.equal(p.dropped.length, 0, line);
      assert.deepEqual(p.articles.map((a) => body(a)), ['本报讯（记者程远）7月3日，临溪镇召开会议，部署防汛工作。'], line);
    }
  });
  it('reads page furniture OCR set a stray space inside (`新闻 热线：0391- 1234567`, `本版 编辑 于洋`) as furniture, not a headline (style A)', () => {
    for (const line of ['新闻 热线：0391- 1234567', '本版 编辑 于洋', '责任 编辑：于洋']) {
      const p = parse(['本报讯（记者 程远）7月3日，临溪', '镇召开会议，部署防汛工作。', '', line, '', '会议要求，各村落实巡查', '责任，备足物资。', '', '临溪镇部署防汛工作', ''].join('\n'));
      assert.ok(p.furniture.some((f) => f.text === line), line);
      assert.deepEqual(p.articles.map((a) => headlineText(a)), ['临溪镇部署防汛工作'], line);
    }
  });
  it('reads a masthead\'s date in figures and dots that pdftotext set among a column\'s lines (`2031.07.04` over `检修期间，…`) as the issue date, not text (pdftotext)', () => {
    const p = parse(['青州都市报 QINGZHOU METRO', '冬季供暖设施检修完成', '日前，临溪镇完成冬季供暖设施检修，共更换老旧管道', '三千余米。', '', '2031.07.04',
      '检修期间，工作人员逐户排查隐患，确保居民按时用', '暖。（记者 卢婷）', '', 'A9 社会', '', '本版编辑 罗兰', ''].join('\n'));
    assert.equal(p.issueDate, '2031-07-04');
    assert.equal(p.issueDateSource, 'header');
    assert.ok(!p.articles.some((a) => body(a).includes('2031')), p.articles.map(body).join(' | '));
  });
  it('reads a masthead line only when every word on it is a masthead\'s: a headline with a date or a role word stays a headline', () => {
    for (const headline of ['2033年全省职业技能大赛开幕', '编辑部开展读者开放日活动', '要闻 张三 当选劳动模范']) {
      const p = parse([...HEADER, headline, '', '本报讯（记者 秦朗）5月7日，各地抢抓农时。', ''].join('\n'));
      assert.equal(p.articles[0]?.headline?.main, headline);
    }
  });
});

describe('columns', () => {
  it('reads columns set side by side one after another (pdftotext -layout, OCR)', () => {
    const p = parse(
      [
        '春耕备耕正当时                          老街巷里的新生活',
        '本报讯（记者 秦朗）7月3日，各地抢抓      本报讯（记者 苏航）清晨七点，老城',
        '农时，开展夏收夏种工作。                区的巷子里已经热闹起来。',
        '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.map(body), ['本报讯（记者秦朗）7月3日，各地抢抓农时，开展夏收夏种工作。', '本报讯（记者苏航）清晨七点，老城区的巷子里已经热闹起来。']);
    assert.deepEqual(p.articles.map((a) => a.headline?.main), ['春耕备耕正当时', '老街巷里的新生活']);
    assert.ok(p.articles.every((a) => a.doubts?.includes('columns read by position')));
  });
  it('counts a character as one cell where the tool does (pdftotext -layout), and cuts a headline row where a column starts once', () => {
    // pdftotext -layout pads to where a piece stands on the page, a character to a cell: the second
    // column starts at cell 17 in every line, the third at 30; the third module's headline, pushed
    // right by the second's, is run into it with one space (at cell 26).
    const p = parse(
      [
        '春耕备耕正当时          老街巷里的新生活 守护万家灯火的人',
        '本报讯（记者 秦朗）7月3日，  本报讯（记者苏航）    本报讯（记者 白露）除夕夜，',
        '各地抢抓农时，开展夏收夏种。   清晨七点，老城区的巷   供电所里依然灯火通明。',
        '                 子里已经热闹起来。',
        '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.map(body), ['本报讯（记者秦朗）7月3日，各地抢抓农时，开展夏收夏种。', '本报讯（记者苏航）清晨七点，老城区的巷子里已经热闹起来。', '本报讯（记者白露）除夕夜，供电所里依然灯火通明。']);
    assert.deepEqual(p.articles.map((a) => a.headline?.main), ['春耕备耕正当时', '老街巷里的新生活', '守护万家灯火的人']);
  });
  it('keeps a module set in wider columns than the rest of the page in its columns, and a lead\'s byline whole across its space (pdftotext -layout)', () => {
    // The top module's columns are twice the page's usual width: a line of one is no caption set across
    // columns. A space inside a lead's brackets (`（融媒体记者 唐宁）`) near where a column starts cuts nothing.
    const p = parse(
      [
        '简讯                            乡村集市点亮消费新场景                     河边的柳树',
        '图书馆延长开放时间                        本报讯（融媒体记者 唐宁）3日晚，临溪镇乡村集市     □ 钟 声',
        '  本报讯（通讯员 于丹）即日起，县图书馆每天开放时    正式开市，特色小吃、农副产品和文创摊位吸引了众多市          河边有一排柳树，是父亲年轻时栽下的。每到春',
        '间延长至晚上九点，方便读者下班后借阅图书。         民。                              天，满河的柳絮随风飘舞。',
        '                                 据了解，集市将持续至年底，每周五至周日开放，带动        如今父亲已经老了，柳树却依然年年发芽。每次回',
        '卫生院开展义诊活动                     周边农户增收。                         家，我都要在树下站一会儿。',
        '  本报讯（记者 葛青）7月3日，临溪镇卫生院医护人员',
        '走进社区开展义诊，为居民免费测量血压、血糖，发放健康',
        '手册三百余份。',
        '',
        '防汛工作会议召开       夏粮收购全面展开       新建学校投入使用       公交线路新开通',
        '本报讯（记者 程远）7月   本报讯（记者 方晓）7月   本报讯（记者 林晓）近日   本报讯（记者 秦朗）7月',
        '3日，临溪镇召开防汛工作   2日，全县各粮站陆续开秤   ，临溪镇新建的三所乡村学   1日起，县城新开通两条公',
        '会议，部署今年防汛工作，   收购夏粮，已收购小麦一万   校正式投入使用，可新增学   交线路，连接高铁站和几个',
        '要求各部门压实责任，确保   二千吨，农民售粮积极性很   位一千八百个，方便孩子就   大型居民区，市民出行更加',
        '安全度汛。          高。             近上学。           便捷。',
        ''
      ].join('\n'),
    );
    assert.deepEqual(p.articles.slice(0, 4).map((a) => [a.headline?.main, a.byline.reporters.concat(a.byline.correspondents), body(a).slice(-8)]), [
      ['乡村集市点亮消费新场景', ['唐宁'], '动周边农户增收。'],
      ['河边的柳树', ['钟声'], '在树下站一会儿。'],
      ['图书馆延长开放时间', ['于丹'], '下班后借阅图书。'],
      ['卫生院开展义诊活动', ['葛青'], '康手册三百余份。'],
    ]);
    assert.equal(p.articles.length, 8);
  });
  it('cuts a signature run into a lead\'s line where its column starts (`（记者 □ 钟声`), and gives a credit set under a caption across the columns that caption, not the column above it (pdftotext -layout)', () => {
    // Real-pages set 22, page 12, its names changed: the credit `新华社发` under the ▲ caption is read with
    // the third column, rows under the feature's first column.
    const p = parse(
      [
        '个百分点，万元GDP能耗降低3%      目6个，总投资21亿元，当年计划     蒙牛、明仁、装备制造、膜材料4      维等一揽子服务。           更有效、更暖心的人才引进政策，',
        '左右，进出口平稳增长，居民人均       完成投资9.2亿元，重点推进年产3    个优势产业集群转型升级、跨越提         提升企业服务质量。将企业家   打造良好的人才发展环境。开工建',
        '可支配收入增长8%左右，城镇新       亿瓶高端苏打水、运营结算中心等      升，实现集群收入230亿元。       培训纳入干部培训计划，推动各级    设人才公寓，从住房保障、创业就',
        '增就业4300人以上。           项目。推进国安电子一期工程等项        纵深推进“三大改造”。推动      扶持实体经济发展的政策落实落地    业、生活补贴等方面制定更大力度',
        '                      目竣工达产，推动中国“膜谷”建      企业普遍实施智能化、绿色化和技      落细。                的优惠政策，想方设法留住在焦大',
        '                      设实现突破。               术改造，实现规模以上工业企业技                         学生、各类技能型人才。',
        '',
        '全国春季农业生产暨 多地加快推进老旧小',
        '春耕备耕现场会召开 区改造                              老屋的枣树',
        '   本报北京7月3日讯（记者任       新华社北京7月3日电（记者 □ 钟声',
        '帆）全国春季农业生产暨春耕备耕       唐宁 葛青）记者从住房和城乡建设    老屋门前有一棵枣树，是祖父   如今祖父已经不在了，枣树却',
        '现场会今天召开。会议强调，要抓       部获悉，今年以来各地加快推进城  年轻时栽下的。每到秋天，满树的  依然年年结果。每次回家，我都要',
        '好春季田间管理，稳定粮食播种面       镇老旧小区改造，已开工改造小区 红枣压弯了枝头。          在树下站一会儿。',
        '积，确保农资供应充足、价格稳        一万余个，惠及居民两百余万户。',
        '定。                      有关负责人介绍，改造内容包',
        '   会议要求，各地要加强病虫害      括加装电梯、更新管网、完善无障',
        '监测预警，组织农技人员深入生产       碍设施等，重点解决群众反映强烈',
        '一线，帮助农民解决生产中遇到的       的急难愁盼问题。',
        '实际困难。                   下一步，各地将统筹推进小区',
        '                      改造与社区服务设施建设，提高改',
        '                      造质量和群众满意度。',
        '                                           ▲7月3日，临溪镇的村民在田间抢收小麦。',
        '                                           新华社发',
        '',
        '',
        '',
        '',
        '7月3日，临溪镇的果农在果园里修剪',
        '果树。',
        '（记者 于丹 摄）'
      ].join('\n'),
    );
    const feature = p.articles.find((a) => a.headline?.main === '老屋的枣树');
    assert.deepEqual([feature?.kind, feature?.byline.reporters, feature?.body.length], ['feature', ['钟声'], 2]);
    assert.deepEqual(p.articles.find((a) => a.headline?.main.startsWith('多地'))?.byline.reporters, ['唐宁', '葛青']);
    assert.deepEqual(p.articles.filter((a) => a.kind === 'photo').map(body), ['▲7月3日，临溪镇的村民在田间抢收小麦。', '7月3日，临溪镇的果农在果园里修剪果树。']);
  });
  it('cuts a full column line run into the next column with one space, wherever the next column\'s cells drifted to (pdftotext -layout)', () => {
    // Column two starts at cell 17. Latin letters and digits are set narrower than Chinese but take a cell
    // each: the third line, full, pushes column two to cell 24, one space after it.
    const p = parse(
      [
        '春耕备耕正当时          老街巷里的新生活',
        '  本报讯（记者秦朗）各地抢抓  本报讯（记者苏航）清晨七点，老',
        '农时，开展夏收夏种工作，田间地  城区的巷子里已经热闹起来。卖早',
        '全年GDP增长6.55%，CPI上涨2.15% 点的摊位前排起了长队，豆浆油条',
        '头一派繁忙景象，机声隆隆不息。  的香气飘满了街道。',
        '丰收在望。',
        '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.map(body), [
      '本报讯（记者秦朗）各地抢抓农时，开展夏收夏种工作，田间地全年GDP增长6.55%，CPI上涨2.15%头一派繁忙景象，机声隆隆不息。丰收在望。',
      '本报讯（记者苏航）清晨七点，老城区的巷子里已经热闹起来。卖早点的摊位前排起了长队，豆浆油条的香气飘满了街道。',
    ]);
  });
  it('reads a kicker of phrases set beside another column\'s headline as one line over its own headline, set across the columns (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 12` (page 2): `白鹭镇新建三所乡村学校   焦作城市的核心板块区 科创名城的
    // 创新引领区 …` over `投入使用   焦作高新区：“25311”，书写“又高又新”发展的生动` / `答卷`: the kicker's five phrases
    // had been read as five headlines, one a column, and the headline over three lines with a comma as text.
    const p = parse(readFileSync(new URL('pages/layout-kicker-beside-a-headline.txt', import.meta.url), 'utf8'));
    const school = find(p.articles, '日前，白鹭镇新建的三所乡村学校');
    assert.equal(school?.headline?.main.replace(/\n/g, ''), '白鹭镇新建三所乡村学校投入使用');
    assert.ok(!body(school).includes('核心板块区'), body(school));
    const feature = p.articles.find((a) => a.byline.reporters.includes('何婷'));
    const head = Object.values(feature?.headline ?? {}).join('').replace(/\s/g, '');
    assert.ok(head.startsWith('焦作城市的核心板块区科创名城的创新引领区产业名城的集聚发展区文旅名城的休闲康养区城乡融合的示范样板区'), head);
    assert.ok(head.endsWith('书写“又高又新”发展的生动答卷'), head);
  });
  it('sets a row of headlines over its columns one a column, in order, apart from the text under them (pdftotext -layout)', () => {
    // Set larger than the cells count, the headlines stand left of their columns, one space apart.
    const p = parse(
      [
        ...HEADER,
        '百年古桥完成保护性修缮 乡村学校投入使用',
        '  近日，位于东江区的一座百年石   日前，松林县新建的三所乡村学',
        '拱古桥完成保护性修缮，重新向   校正式投入使用，可新增学位一',
        '游人开放。            千八百个。',
        '本版图片来源：东江日报资料',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      p.articles.map((a) => [a.headline?.main, body(a)]),
      [
        ['百年古桥完成保护性修缮', '近日，位于东江区的一座百年石拱古桥完成保护性修缮，重新向游人开放。'],
        ['乡村学校投入使用', '日前，松林县新建的三所乡村学校正式投入使用，可新增学位一千八百个。'],
      ],
    );
    assert.ok(p.furniture.some((f) => f.text === '本版图片来源：东江日报资料'), 'a picture credit on its own line is furniture');
  });
  it('reads a row of phrases over a headline set across the columns as part of that headline, not as headlines side by side (pdftotext -layout)', () => {
    // As many phrases as columns, one space apart, like a row of headlines; but the headline under it runs on
    // under the first two: one module's kicker over its whole width.
    const p = parse(
      [
        ...HEADER,
        '科技创新的策源地 产业升级的主阵地 开放合作的新高地',
        '东江新区：“三区一城”，写好高质量发展的答卷',
        '本报记者 程远 本报通讯员 方晓',
        '   迈入新时代，开启新征程。东江   新区将全面贯彻新发展理念，   奋力开创发展新局面，书写',
        '新区坚定目标定位，奋力开创发   坚定“三区一城”的目标定位，   高质量发展新篇章。',
        '展新局面。               奋力开创发展新局面。',
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    const h = p.articles[0]?.headline;
    // Which of the two lines is the main headline the text does not say; both head the one article, in order.
    assert.equal([h?.kicker, h?.main].filter(Boolean).join('\n'), '科技创新的策源地 产业升级的主阵地 开放合作的新高地\n东江新区：“三区一城”，写好高质量发展的答卷');
    assert.deepEqual(p.articles[0]?.byline.reporters, ['程远']);
  });
  it('sets a headline that stands over the wrong column (set larger than the cells count) over the column whose lead says its words (pdftotext -layout)', () => {
    // Two headlines over three columns: the first module takes two. The second headline starts in the
    // cells of the second column, which runs the first report on; its lead is in the third.
    const p = parse(
      [
        ...HEADER,
        '示范区召开安全生产工作会议 东江区召开湿地公园建设推进会',
        '  本报讯（记者程远）7月3日，  领域要持续开展安全综合治理；  本报讯（记者方晓）7月2日，东',
        '全区安全生产工作会议召开，部  全面排查，确保全区烟花爆竹清  江区召开湿地公园建设推进会，',
        '署下一阶段安全生产工作。会议  零。建筑施工领域要做到安全管  部署湿地公园建设工作。会议要',
        '强调，消防安全领域要持续加大  控常态化，严防各类事故发生。  求，各部门要加强协作。',
        '执法检查力度，做好防火工作。',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      p.articles.map((a) => [a.headline?.main, body(a).slice(0, 12), body(a).slice(-8)]),
      [
        ['示范区召开安全生产工作会议', '本报讯（记者程远）7月3', '防各类事故发生。'],
        ['东江区召开湿地公园建设推进会', '本报讯（记者方晓）7月2', '部门要加强协作。'],
      ],
    );
  });
  it('reads headlines of two lines set side by side, and a byline beside a headline, each over its own column (pdftotext -layout)', () => {
    // One space apart, each module's lines start in the same cell: 绿化动员会召开 under 全省春季植树暨, the byline under 山村小学的新操场.
    const p = parse(
      [
        ...HEADER,
        '简讯             全省春季植树暨 山村小学的新操场',
        '图书馆延长开放时间      绿化动员会召开 本报记者 林木 文/图',
        '  本报讯（通讯员江枫      本报讯（记者卢婷）    清晨七点，山村小学',
        '）即日起，市图书馆每天    3月12日，全省春季植  的操场上已经热闹起来，',
        '开放时间延长至晚上九点    树暨绿化动员会召开，部  孩子们在新铺的跑道上奔',
        '半。             署今春植树工作。     跑。'
,
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      ['本报讯（通讯员江枫', '本报讯（记者卢婷）', '清晨七点'].map((start) => find(p.articles, start)).map((a) => [a?.headline?.main, a?.byline.reporters, body(a).slice(0, 9)]),
      [
        ['图书馆延长开放时间', [], '本报讯（通讯员江枫'],
        ['全省春季植树暨\n绿化动员会召开', ['卢婷'], '本报讯（记者卢婷）'],
        ['山村小学的新操场', ['林木'], '清晨七点，山村小学'],
      ],
    );
  });
  it('cuts a headline line one space from a kicker beside it where the line below starts that column (pdftotext -layout)', () => {
    // 迎春灯会 stands one space after 山区公路全线贯通; the line below starts 守夜人 in that very cell after a gap.
    const p = parse(
      [
        ...HEADER,
        '山区公路全线贯 迎春灯会',
        '通       守夜人',
        '',
        '  本报讯（记者范文）    本报记者 程远',
        '3月2日，山区公路全线  除夕夜里，灯会的守',
        '贯通，沿线村民出行更  夜人守在灯下，一夜',
        '方便了。        未眠，灯火通明。',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      ['本报讯（记者范文）', '除夕夜里'].map((start) => find(p.articles, start)).map((a) => [a?.headline?.kicker, a?.headline?.main].filter(Boolean).join('').replace(/\s/g, '')),
      ['山区公路全线贯通', '迎春灯会守夜人'],
    );
  });
  it('keeps a headline\'s second line under its first when the cells set it nearer another column (pdftotext -layout)', () => {
    // The third headline is set larger than the cells count: it starts at cell 55, left of its column (74),
    // and its second line runs after a full line of the second column with one space.
    const row = (...pieces: Array<[number, string]>) => pieces.reduce((line, [cell, text]) => line.padEnd(cell) + text, '');
    const p = parse(
      [
        ...HEADER,
        row([0, '山区公路全线贯通仪式举行'], [13, '乡村学校投入使用'], [55, '全市文明实践中心建设现场推进']),
        row([2, '本报讯（记者范文）3月2日，山区公路全线贯通，'], [30, '日前，松林县新建的三所乡村学校正式投入使用，'], [55, '会在东江区召开']),
        row([0, '沿线村民出行更方便了，村里的特产也能更快运出'], [28, '可新增学位一千八百个，附近村庄的孩子不用再到十'], [76, '本报讯（记者林木）3月2日，全市文明实践中心建设']),
        row([0, '大山，卖上好价钱，村民们的日子越过越红火了。'], [28, '几公里外的镇上上学。'], [74, '现场推进会议在城东举行，会议总结了去年的工作，']),
        row([28, '新学校配备了标准化的教室、实验室和运动场，'], [74, '部署了今年的任务，各区县负责人参加会议。']),
        row([28, '并与城区学校结对，共享优质课程资源。']),
        row([34, '（记者 方晓）']),
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      ['本报讯（记者范文）', '日前，松林县', '本报讯（记者林木）'].map((start) => find(p.articles, start)).map((a) => [a?.headline?.main.replace(/\s/g, ''), a?.byline.reporters, body(a).includes('会在东江区召开')]),
      [
        ['山区公路全线贯通仪式举行', ['范文'], false],
        ['乡村学校投入使用', ['方晓'], false],
        ['全市文明实践中心建设现场推进会在东江区召开', ['林木'], false],
      ],
    );
  });
  /** A feature in three columns; the second column's second line starts at `drift`, its subhead 夜市重开 at `subhead`. */
  const nightMarket = (drift: number, subhead: number) => {
    const row = (...pieces: Array<[number, string]>) => pieces.reduce((line, [cell, text]) => line.padEnd(cell) + text, '');
    const p = parse(
      [
        ...HEADER,
        row([0, '老街的烟火气']),
        row([0, '本报记者 程远']),
        '',
        row([2, '傍晚六点，老街的灯笼'], [22, '摊主们说，生意比往年'], [42, '夜市每晚开到十点，周末']),
        row([0, '一盏盏亮起，游人渐渐'], [drift, '好了不少。'], [42, '延长到十一点，附近的居']),
        row([0, '多了起来，街口的小吃'], [subhead, '夜市重开'], [42, '民也愿意出门走走，老街']),
        row([0, '摊前排起了长队，香气'], [22, '停了三年的夜市今年春'], [42, '又热闹起来了。']),
        row([0, '飘满了整条街。'], [22, '天重新开张，摊位增加']),
        row([22, '到一百二十个。']),
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    const text = body(p.articles[0]);
    const at = (s: string) => text.indexOf(s);
    assert.ok(at('好了不少。') < at('夜市重开') && at('夜市重开') < at('停了三年'), `the subhead between the lines around it: ${text}`);
    assert.ok(at('到一百二十个。') < at('夜市每晚'), 'the third column after the second');
  };
  it('keeps a subhead centred in its column in that column, where the rows put it (pdftotext -layout)', () => {
    // 夜市重开 starts seven cells into the second column: its start makes no column of text of its own.
    nightMarket(22, 29);
  });
  it('keeps a subhead in the column it is set within, though a line of that column drifted left and the next column starts nearer (pdftotext -layout)', () => {
    // 好了不少。 starts five cells left of its column (at 17, the column stands at 22): the column's first start;
    // 夜市重开, set within the column (30–34), stands nearer the next column's start (42) than that.
    nightMarket(17, 30);
  });
  it('reads the columns on across a blank row a taller headline beside them left (pdftotext -layout)', () => {
    // The wire lead's marker stands above the blank row, its parenthesis and text below it.
    const row = (...pieces: Array<[number, string]>) => pieces.reduce((line, [cell, text]) => line.padEnd(cell) + text, '');
    const p = parse(
      [
        ...HEADER,
        row([0, '东江区召开安全生产工作会'], [26, '多地加快推进老旧小区改造']),
        row([0, '议部署下一阶段工作'], [26, '新华社北京7月3日电'], [46, '改造小区一万余个，惠及']),
        '',
        row([2, '本报讯（记者方晓）7月3'], [26, '（记者 程远）记者从住房'], [46, '居民两百余万户。']),
        row([0, '日，东江区召开安全生产'], [26, '和城乡建设部获悉，今年'], [46, '有关负责人介绍，改造内']),
        row([0, '工作会议，部署下一阶段'], [26, '以来各地加快推进城镇老'], [46, '容包括加装电梯等。']),
        row([0, '工作。'], [26, '旧小区改造，已开工改造']),
        '',
      ].join('\n'),
    );
    const wire = find(p.articles, '新华社');
    assert.deepEqual(wire?.byline.reporters, ['程远']);
    assert.match(body(wire), /^新华社北京7月3日电（记者程远）记者从住房.*已开工改造改造小区一万余个，惠及居民两百余万户。.*加装电梯等。$/);
    assert.equal(body(find(p.articles, '本报讯（记者方晓）')), '本报讯（记者方晓）7月3日，东江区召开安全生产工作会议，部署下一阶段工作。');
  });
  it('takes a sentence under rows its column leaves empty while the others go on for a picture\'s caption (pdftotext -layout)', () => {
    const row = (...pieces: Array<[number, string]>) => pieces.reduce((line, [cell, text]) => line.padEnd(cell) + text, '');
    const left = ['开展春季植树活动，机关干部和志愿', '者一千余人参加，共栽下树苗两万余', '株，绿化荒山三百余亩，成活率达到', '九成以上。活动现场，志愿者们分工', '协作，挖坑、扶苗、填土、浇水，一', '派热火朝天的景象。今年以来，全区', '已累计植树十二万株，新增绿地面积', '八百余亩，城乡绿化水平不断提升。'];
    const p = parse(
      [
        ...HEADER,
        row([0, '全区开展春季植树活动'], [24, '百年古桥完成保护性修缮']),
        row([2, '本报讯（记者苏航）3月1日，全区'], [26, '近日，位于东江区的一座百年石拱']),
        row([0, left[0] as string], [24, '古桥完成保护性修缮，重新向游人开']),
        row([0, left[1] as string], [24, '放。']),
        ...left.slice(2).map((l) => row([0, l])),
        row([0, '绿化部门将做好后期管护工作。'], [24, '东江区湿地公园里，成群的白鹭在水']),
        row([24, '面上觅食嬉戏。']),
        '',
      ].join('\n'),
    );
    const caption = p.articles.find((a) => body(a).startsWith('东江区湿地公园里'));
    assert.equal(caption?.kind, 'photo');
    assert.equal(body(find(p.articles, '近日，位于东江区')), '近日，位于东江区的一座百年石拱古桥完成保护性修缮，重新向游人开放。');
  });
  it('takes no picture where a column\'s lines drifted a few cells and went on there (pdftotext -layout)', () => {
    const row = (...pieces: Array<[number, string]>) => pieces.reduce((line, [cell, text]) => line.padEnd(cell) + text, '');
    const left = ['开展春季植树活动，机关干部和志愿', '者一千余人参加，共栽下树苗两万余', '株，绿化荒山三百余亩，成活率达到', '九成以上。活动现场，志愿者们分工', '协作，挖坑、扶苗、填土、浇水，一', '派热火朝天的景象。今年以来，全区', '已累计植树十二万株，新增绿地面积'];
    const right = ['小巷换新颜', '去年以来，老城区启动了背街小巷', '改造工程，铺设了新的路面，更换', '了老旧管网，还增设了休闲座椅和', '绿化带，住着也更舒心了。'];
    const p = parse(
      [
        ...HEADER,
        row([0, '全区开展春季植树活动'], [24, '老街巷里的新生活']),
        row([2, '本报讯（记者苏航）3月1日，全区'], [24, '清晨七点，老城区的巷子里已经热']),
        row([0, left[0] as string], [24, '闹起来，豆浆油条的香气飘满了街']),
        row([0, left[1] as string], [24, '道。']),
        ...left.slice(2).map((l, k) => row([0, l], [31, right[k] ?? ''])),
        row([0, '八百余亩，城乡绿化水平不断提升。'], [24, '今年还将改造十二条背街小巷。']),
        '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.filter((a) => a.kind === 'photo').map(body), []);
  });
  it('cuts a full line before the byline run into it, not after the byline\'s first word (pdftotext -layout)', () => {
    // The page's column lines are 18 characters; this module's, 17: the line with the byline is full at 15 already.
    const p = parse(
      [
        ...HEADER,
        '全区开展春季植树活动',
        '  本报讯（记者苏航）3月1日，全区',
        '开展春季植树活动，机关干部和志愿者一',
        '千余人参加，共栽下树苗两万余株，绿化',
        '荒山三百余亩，成活率达到九成以上，效',
        '果良好，群众纷纷点赞。',
        '',
        '百年古桥完成保护性修缮        老街巷里的新生活',
        '  近日，位于东江区的一座百年石拱 本报记者 程远 文/图',
        '古桥完成保护性修缮，重新向游人开放  清晨七点，老城区的巷子里已',
        '。修缮工程历时半年，施工人员按照原  经热闹起来，卖早点的摊位前',
        '则对桥面进行了加固和修复。      排起了长队。',
        '',
      ].join('\n'),
    );
    const feature = find(p.articles, '清晨七点');
    assert.equal(feature?.headline?.main, '老街巷里的新生活');
    assert.deepEqual(feature?.byline.reporters, ['程远']);
    assert.equal(body(find(p.articles, '近日')), '近日，位于东江区的一座百年石拱古桥完成保护性修缮，重新向游人开放。修缮工程历时半年，施工人员按照原则对桥面进行了加固和修复。');
  });
  it('keeps a deck of two phrases over two columns whole (pdftotext -layout)', () => {
    const p = parse(
      [
        ...HEADER,
        '工业产值同比增长一成以上',
        '——重点项目建设提速 企业用工需求旺盛',
        '  本报讯（记者夏阳）12月31日，记              据介绍，今年以来，该县坚持把项',
        '者从统计局获悉，一季度工业总产值               目建设作为稳增长的关键抓手，先',
        '同比增长12.3%。                     后开工建设重点项目46个。',
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    assert.deepEqual(p.articles[0]?.headline, { main: '工业产值同比增长一成以上', sub: '——重点项目建设提速 企业用工需求旺盛' });
  });
  it('cuts a full line at its last space, and sets a caption across the columns after them (pdftotext -layout)', () => {
    // The wire lead's own spaces (`记者 程远 方`) come before its line is full; the caption under a picture spans both columns.
    const p = parse(
      [
        ...HEADER,
        '春耕备耕正当时            老街巷里的新生活',
        '  新华社北京3月15日电（记者 程远 方 本报讯（记者苏航）清晨七点，老城',
        '晓）连日来，各地抢抓农时，开展夏收  区的巷子里已经热闹起来，卖早点的',
        '夏种工作，田间地头一派繁忙景象，农  摊位前排起了长队，豆浆油条的香气',
        '机手们忙着抢收小麦，抢种玉米，保障  飘满了街道，居民们说巷子变干净了',
        '粮食丰收。              住着也更舒心了。',
        '          东江区湿地公园里，成群的白鹭在水面上觅食嬉戏。',
        '',
      ].join('\n'),
    );
    const wire = find(p.articles, '新华社');
    assert.deepEqual(wire?.byline.reporters, ['程远', '方晓']);
    assert.equal(body(wire), '新华社北京3月15日电（记者程远方晓）连日来，各地抢抓农时，开展夏收夏种工作，田间地头一派繁忙景象，农机手们忙着抢收小麦，抢种玉米，保障粮食丰收。');
    assert.equal(body(find(p.articles, '本报讯（记者苏航）')), '本报讯（记者苏航）清晨七点，老城区的巷子里已经热闹起来，卖早点的摊位前排起了长队，豆浆油条的香气飘满了街道，居民们说巷子变干净了住着也更舒心了。');
    assert.equal(find(p.articles, '东江区湿地')?.kind, 'photo');
  });
  it('closes a caption set across the columns with the credit under it, starting where it starts (pdftotext -layout)', () => {
    // The credit is no wider than a column: read by position it would open the column it stands in.
    const p = parse(
      [
        ...HEADER,
        '春耕备耕正当时            老街巷里的新生活',
        '  本报讯（记者程远）连日来，各地抢抓  本报讯（记者苏航）清晨七点，老城',
        '农时，开展夏收夏种工作，田间地头一  区的巷子里已经热闹起来，卖早点的',
        '派繁忙景象。             摊位前排起了长队。',
        '          东江区湿地公园里，成群的白鹭在水面上觅食嬉戏。',
        '          本报记者 常乐 摄',
        '  农机手们忙着抢收小麦，抢种玉米，  居民们说巷子变干净了，住着也更',
        '保障粮食丰收。            舒心了。',
        '',
      ].join('\n'),
    );
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '东江区湿地公园里，成群的白鹭在水面上觅食嬉戏。');
    assert.deepEqual(photo?.byline.photographers, ['常乐']);
    assert.equal(body(find(p.articles, '本报讯（记者苏航）')), '本报讯（记者苏航）清晨七点，老城区的巷子里已经热闹起来，卖早点的摊位前排起了长队。居民们说巷子变干净了，住着也更舒心了。');
  });
  it('cuts a headline one space from the next where that column\'s leftmost lines start, not only its usual start (pdftotext -layout)', () => {
    // The fourth column's lines start at cell 39 or, indented, 42; the headline over it, set larger than
    // the cells count, begins at 35, one space after the third column's. A byline right-set in the third
    // column has its own space: the cut is the space nearest where the fourth column usually starts.
    const p = parse(
      [
        '让实干成为最鲜明的底色               乡村学校投入使用 老旧小区改造提速',
        '本报评论员',
        '办好一件事情，先要听清群 少说空话，多办实事，一件 日前，松林县新建的三所乡    记者从有关部门获悉，今',
        '众的声音。        接着一件抓，群众自然看得 村学校正式投入使用，可新 年以来各地加快推进老旧小',
        '到基层去。        见、摸得着、信得过。   增学位一千八百个。    区改造，已开工一万余个。',
        '                               （记者 苏航） 下一步将提高改造质量和群',
        '                                       众满意度。',
        '',
      ].join('\n'),
    );
    assert.deepEqual(p.articles.map((a) => a.headline?.main), ['让实干成为最鲜明的底色', '乡村学校投入使用', '老旧小区改造提速']);
    assert.deepEqual(p.articles[1]?.byline.reporters, ['苏航']);
    assert.equal(body(p.articles[2]), '记者从有关部门获悉，今年以来各地加快推进老旧小区改造，已开工一万余个。下一步将提高改造质量和群众满意度。');
  });
  it('gives a full line\'s run-on text to the column right of where its cells put it, when two stand as near (pdftotext -layout)', () => {
    // One space stands for a wider gutter, so the cells of a run-on line fall short of where its column
    // starts: cell 28 is as near the byline set at 23 as the third column at 33, and the text is the third's.
    const p = parse(
      [
        '春耕备耕正当时         老街巷里的新生活         乡村学校投入使用',
        '本报讯（记者秦朗）昨天，    清晨七点，老城区的巷子里已    日前，松林县新建的三所乡村',
        '各地抢抓农时，开展夏收夏种 经热闹起来。卖早点的摊位前 学校正式投入使用，可新增学',
        '工作，田间地头一派繁忙。           （记者 苏航）   位一千八百个，附近村庄的孩',
        '   农技人员深入生产一线，  街道办事处负责人介绍，今年    子不用再到镇上上学。',
        '农民解决实际困难。       还将改造十二条小巷。',
        '',
      ].join('\n'),
    );
    assert.equal(body(find(p.articles, '日前')), '日前，松林县新建的三所乡村学校正式投入使用，可新增学位一千八百个，附近村庄的孩子不用再到镇上上学。');
    assert.equal(find(p.articles, '日前')?.headline?.main, '乡村学校投入使用');
  });
  it('cuts two headlines run together with one space where the text under the first says its words and not the second\'s (pdftotext -layout)', () => {
    // The second headline, set across three columns in large type, starts cells left of any column; the
    // first goes on on the line under it, where it starts.
    const p = parse(
      [
        '春耕现场会在东江 全区经济工作会议部署下半年重点任务',
        '召开',
        '   本报讯（记者秦朗）今   本报讯（记者苏航）昨天，全区  力稳住工业增长，抓好重点项目  全区上下要坚定信心，把各项工',
        '天，全省春耕现场会在东江    经济工作会议召开，总结上半年  建设，扩大有效投资，全年目标  作抓实抓细，确保完成全年目标',
        '召开。会议要求抓好田间管    工作，部署下半年重点任务。会  任务必须如期完成。       任务。',
        '理，稳定粮食播种面积。     议要求，各部门要聚焦主业，全',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      p.articles.map((a) => a.headline),
      [{ main: '春耕现场会在东江\n召开' }, { main: '全区经济工作会议部署下半年重点任务' }],
    );
  });
  it('gives a kicker centred over a report of two columns to that report, not to its second column (pdftotext -layout)', () => {
    // The kicker starts between the report's columns, nearer the second; the first holds its lead.
    // (A report above sets the page's column lines at 24 characters.)
    const p = parse(
      [
        '春耕备耕正当时',
        '  本报讯（记者苏航）昨天，各地抢抓农时，开展夏',
        '收夏种工作，田间地头一派繁忙景象，农机手们忙着抢',
        '收小麦，抢种玉米，保障粮食丰收。农技人员深入生产',
        '一线，帮助农民解决实际困难，确保颗粒归仓，全年粮',
        '食生产开局良好。',
        '',
        '百年古桥完成保护性修缮                             松林县一季度经济运行',
        '  近日，位于松林县的一座百年石拱古桥完成保护性修',
        '缮，重新向游人开放。',
        '                                        工业产值同比增长一成以上',
        '  修缮工程历时半年，施工人员按照“修旧如旧”的原 ——重点项目建设提速      企业用工需求旺盛',
        '                               本报讯 记者秦朗 通讯员彭悦 报道 12月31日，记者从松   在园区东部的一家电子元件企业，生产线正满负荷运',
        '则，对桥面、栏板和桥墩进行了加固和修复，最大限度保留 林县统计局获悉，一季度全县规模以上工业总产值同比增长        转。企业负责人介绍，今年一季度订单量同比增长三成，计',
        '了古桥的历史风貌。                  12.3%，增速较去年同期提高2.1个百分点。           划再招聘技术工人200名。',
        '                               据介绍，今年以来，该县坚持把项目建设作为稳增长的        该县相关负责人表示，下一步将继续优化营商环境，强',
        '                           关键抓手，先后开工建设重点项目46个，完成投资58.6亿 化要素保障，推动更多项目早投产、早见效。',
        '                           元。电子信息、装备制造、新材料三大产业合计贡献了全县',
        '                           工业增长的七成以上。',
        '',
      ].join('\n'),
    );
    const report = find(p.articles, '本报讯记者秦朗');
    assert.equal(p.articles.length, 3);
    assert.equal(report?.headline?.kicker, '松林县一季度经济运行');
    assert.ok(body(report).endsWith('推动更多项目早投产、早见效。'), body(report));
  });
  it('gives a large headline\'s last character run into a lead\'s line back to its headline (pdftotext -layout)', () => {
    // `守护万家灯火的` / `人`: the lead beside it reaches past where the headline's lines start, so
    // -layout sets the `人` one space after the lead's first line (`新华社北京1月17日电 人`).
    const p = parse(LARGE_HEADLINES);
    const wire = find(p.articles, '新华社');
    assert.deepEqual(wire?.byline?.reporters, ['龚琳', '梁辰']);
    assert.ok(!body(wire).includes('人（'), body(wire));
    assert.equal(headlineText(find(p.articles, '编者按')), '新春走基层守护万家灯火的人');
  });
  it('ends a headline set across the columns with the character after its last space, not a column of its own (pdftotext -layout)', () => {
    // The headline is longer than a column's line: -layout cut its last character off with one space.
    const p = parse(
      [
        ...HEADER,
        '示范区党工委（扩大）会议暨新冠肺炎疫情防控指挥部第九次会议强调 加',
        '压奋进 狠抓落实 向市委市政府交上满意答卷',
        '   本报讯（记者刘洋）3月20日下午，示范区（高新区）   提出了抓平台培育、楼宇经济、龙头带动、生态建设、体制        会议指出，王小平同志在疫情防控、统筹经济社会发展',
        '党工委、管委会主任、新冠肺炎疫情防控工作指挥部总指挥     改革、医养结合六个方面的要求。各级各部门要认真学习、      各方面工作十分繁忙的情况下，带领有关市领导和市直有关',
        '王家鹏主持召开示范区（高新区）党工委（扩大）会议暨新     深刻领会，将六项要求作为今后工作的行动指南，推动经济      部门负责人，利用一天时间在示范区就生态宜居城市建设和',
        '冠肺炎疫情防控工作指挥部第九次会议。会议集中学习3月     社会高质量发展。就进一步贯彻落实讲话精神，王家鹏强       高新技术产业发展、企业（项目）复工复产、基层社会治理',
        '18日中央政治局常委会会议精神，分析当前疫情形势，部署    调，一是深入学习，认真领会，加深理解。调研座谈中，王      等情况进行调研，走访了16个地点，并召开座谈会，听取示',
        '下一阶段重点工作；进一步传达学习3月17日市委书记、市    小平同志对示范区提出的四个问题当场回应、现场办公、予      范区工作汇报，肯定了示范区各方面取得的成绩，强调示范',
        '人大常委会主任王小平在示范区调研讲话精神，研究贯彻落     以解决，这既是一次调研座谈会，也是一次高效的现场办公      区要在高新技术产业领域先行先试当先锋，在生态宜居城市',
        '实意见，强化责任分解，确保讲话精神落地生根、开花结      会，还是一次高规格谋划示范区未来发展的会议，更是一次      建设等方面树立标杆作示范，为全市经济社会高质量发展探',
        '果。区领导刘明胜、刘春明、冯利民、许海玲、姜坤峰、申     树立新标杆、加压奋进的动员会。二是发扬成绩，鼓舞士       索经验、提供借鉴，为示范区下步发展指明了方向、提供了',
        '晓东、赵俊峰、苏晓悦、万英奎、高鸿、侯建华、赵俊生出     气，进一步坚定发展信心。王小平同志在调研讲话中充分肯      遵循。会议要求，认真学习，深刻领会。王小平同志在调研',
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1, p.articles.map((a) => a.headline?.main).join(' / '));
    assert.ok(p.articles[0]?.headline?.main.replace(/\s/g, '').endsWith('第九次会议强调加压奋进狠抓落实向市委市政府交上满意答卷'));
    assert.ok(body(p.articles[0]).startsWith('本报讯（记者刘洋）3月20日下午'));
  });
  it('reads a wire lead whose first line stands rows above the rest, a large headline\'s last character run into it (pdftotext -layout)', () => {
    // `新华社北京12月31日 用` (the 用 ends `乡村学校投入使` beside it), then seven rows the column leaves
    // empty while the others go on, then `电（记者 江枫 杜鹃）…`: one lead, not a picture's gap.
    const p = parse(
      [
        ...HEADER,
        '',
        '多地加快推进老 临溪镇新建三所',
        '旧小区改造         乡村学校投入使                  全国春季农业生产暨春耕备耕现场会召开',
        '  新华社北京12月31日 用                          本报北京12月31日讯',
        '                                       （记者常乐）全国春季农业',
        '                                                       季田间管理，稳定粮食播种',
        '                                                       面积，确保农资供应充足、',
        '                                                                           会议要求，各地要加强',
        '                                                                         病虫害监测预警，组织农技',
        '                                                                                         民解决生产中遇到的实际困',
        '                                                                                         难。',
        '电（记者 江枫 杜鹃）记者        日前，临溪镇新建的三        生产暨春耕备耕现场会今天    价格稳定。             人员深入生产一线，帮助农',
        '从住房和城乡建设部获悉，      所乡村学校正式投入使用，         召开。会议强调，要抓好春',
        '今年以来各地加快推进城镇      可新增学位一千八百个，附',
        '老旧小区改造，已开工改造      近村庄的孩子不用再到十几',
        '小区一万余个，惠及居民两      公里外的镇上上学。',
        '百余万户。                新学校配备了标准化的',
        '  有关负责人介绍，改造      教室、实验室和运动场，并',
        '内容包括加装电梯、更新管      通过远程教学系统与城区学',
        '网、完善无障碍设施等，重      校结对，共享优质课程资',
        '点解决群众反映强烈的急难      源。',
        '愁盼问题。                    （记者 任杰）',
        '  下一步，各地将统筹推',
        '进小区改造与社区服务设施',
        '建设，提高改造质量和群众',
        '满意度。',
        '',
        '美编：邓宁 校对：蒋南',
        '',
        '',
      ].join('\n'),
    );
    const wire = find(p.articles, '新华社');
    assert.deepEqual(wire?.byline?.reporters, ['江枫', '杜鹃']);
    assert.ok(body(wire).startsWith('新华社北京12月31日电（记者'), body(wire));
    assert.equal(find(p.articles, '日前')?.headline?.main.replace(/\n/g, ''), '临溪镇新建三所乡村学校投入使用');
  });
  it('keeps the words along a headline line under a headline set across the columns in that headline (pdftotext -layout)', () => {
    // `示范区党工委（扩大）会议暨新冠肺炎疫情` over `防控指挥部第九次会议强调 加压奋进 狠抓`: the words after the
    // spaces stand where columns start, but they go on with the headline above, not head columns of their own.
    const p = parse(
      [
        ...HEADER,
        '',
        '白鹭镇一季度经济运行',
        '工业产值同比增长一成以上                      示范区党工委（扩大）会议暨新冠肺炎疫情',
        '——重点项目建设提速 企业用工需求旺盛               防控指挥部第九次会议强调 加压奋进 狠抓',
        '  本报讯 记者范文 通讯员潘峰     在园区东部的一家电子元件企',
        '报道 3月21日，记者从白鹭镇统计 业，生产线正满负荷运转。企业负',
        '局获悉，一季度全县规模以上工业 责人介绍，今年一季度订单量同比',
        '                                  落实 向市委市政府交上满意答卷',
        '                                     本报讯（记者黄敏）3月20日 培育、楼宇经济、龙头带动、生态 作十分繁忙的情况下，带领有关市',
        '总产值同比增长12.3%，增速较去 增长三成，计划再招聘技术工人 下午，示范区（高新区）党工委、     建设、体制改革、医养结合六个方 领导和市直有关部门负责人，利用',
        '年同期提高2.1个百分点。     200名。',
        '  据介绍，今年以来，该县坚持      该县相关负责人表示，下一步 管委会主任、新冠肺炎疫情防控工   面的要求。各级各部门要认真学 一天时间在示范区就生态宜居城市',
        '把项目建设作为稳增长的关键抓 将继续优化营商环境，强化要素保 范区（高新区）党工委（扩大）会 习、深刻领会，将六项要求作为今',
        '                                   作指挥部总指挥王家鹏主持召开示                   建设和高新技术产业发展、企业',
        '手，先后开工建设重点项目46个， 障，推动更多项目早投产、早见 议暨新冠肺炎疫情防控工作指挥部 后工作的行动指南，推动经济社会',
        '                                                     高质量发展。就进一步贯彻落实讲',
        '                                                                     （项目）复工复产、基层社会治理',
        '                                                                     等情况进行调研，走访了16个地',
        '完成投资58.6亿元。电子信息、装 效。               第九次会议。会议集中学习3月18日 话精神，王家鹏强调，一是深入学 点，并召开座谈会，听取示范区工',
        '备制造、新材料三大产业合计贡献                    中央政治局常委会会议精神，分析 习，认真领会，加深理解。调研座 作汇报，肯定了示范区各方面取得',
        '了全县工业增长的七成以上。                      当前疫情形势，部署下一阶段重点 谈中，王小平同志对示范区提出的 的成绩，强调示范区要在高新技术',
        '                                   工作；进一步传达学习3月17日市委 四个问题当场回应、现场办公、予 产业领域先行先试当先锋，在生态',
        '                                   书记、市人大常委会主任王小平在 以解决，这既是一次调研座谈会， 宜居城市建设等方面树立标杆作示',
        '                                   示范区调研讲话精神，研究贯彻落 也是一次高效的现场办公会，还是 范，为全市经济社会高质量发展探',
        '                                   实意见，强化责任分解，确保讲话 一次高规格谋划示范区未来发展的 索经验、提供借鉴，为示范区下步',
        '                                   精神落地生根、开花结果。区领导 会议，更是一次树立新标杆、加压 发展指明了方向、提供了遵循。会',
        '                                   刘明胜、刘春明、冯利民、许海 奋进的动员会。二是发扬成绩，鼓 议要求，认真学习，深刻领会。王',
        '                                   玲、姜坤峰、申晓东、赵俊峰、苏 舞士气，进一步坚定发展信心。王 小平同志在调研讲话中围绕示范区',
        '                                   晓悦、万英奎、高鸿、侯建华、赵 小平同志在调研讲话中充分肯定了 如何当先锋、作示范，提出了六个',
        '                                   俊生出席会议。           示范区过去一年的各项工作，要进 方面的要求：抓平台培育，着力打',
        '',
      ].join('\n'),
    );
    assert.ok(!p.articles.some((a) => a.headline?.main === '加压奋进'), p.articles.map((a) => a.headline?.main).join(' / '));
    const report = find(p.articles, '本报讯（记者黄敏）');
    assert.ok(report?.headline?.main.includes('加压奋进 狠抓'), report?.headline?.main);
    assert.deepEqual(report?.byline?.reporters, ['黄敏']);
  });
  it('cuts two large headlines whose first lines ran together with one space where the second one\'s next line stands (pdftotext -layout)', () => {
    // `多地加快推进老 新春走基层` over `旧小区改造        守护万家灯火的`.
    const p = parse(LARGE_HEADLINES);
    assert.equal(headlineText(find(p.articles, '新华社')), '多地加快推进老旧小区改造');
    assert.equal(headlineText(find(p.articles, '编者按')), '新春走基层守护万家灯火的人');
  });
  it('goes on with a report whose lead stopped mid-sentence at a column\'s foot, past a headline\'s line set between (pdftotext -layout, OCR)', () => {
    const p = parse(
      [
        ...HEADER,
        '松林县召开经济工作会议',
        '  本报讯（记者苏航）3月16日上午，松林县召开经济',
        '工作会议，听取县直各部门今年1-2月份经济工作完成',
        '',
        '发展指挥部第二',
        '',
        '情况汇报，部署下一阶段工作。会议强调，要抓紧行动，',
        '把各项任务落到实处。',
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.filter((a) => a.kind !== 'photo').length, 1, p.articles.map((a) => a.headline?.main).join(' / '));
    assert.ok(body(find(p.articles, '本报讯')).includes('经济工作完成情况汇报，部署下一阶段工作。'), body(find(p.articles, '本报讯')));
  });
  it('completes leads whose first lines OCR read with a row of headlines with the text that completes their dates and bylines, in order (tesseract)', () => {
    const p = parse(
      [
        '东岳时报',
        '',
        '2031年7月26日 星期六                    第12版 要闻                    责任编辑: 于洋',
        '',
        '简讯                 全省职业技能大赛落幕              多地加快推进老旧小区改造',
        '社区开展义诊活动',
        '本报讯〈记者潘峰) 7           本报讯〈记者龚琳) 7          新华社北京7月25日电',
        '',
        '月25日，松林县卫生院医护',
        '人员走进社区开展义诊，为',
        '居民免费测量血压、血糖。',
        '',
        '月25日至27日，全省职业技',
        '能大赛在省城举行，来自各',
        '地的六百余名选手参加了比',
        '赛。',
        '',
        '〈记者 秦朗 常乐) 记者从',
        '住房和城乡建设部获悉，今',
        '年以来各地加快推进城镇老',
        '旧小区改造。',
        '',
      ].join('\n'),
    );
    const clinic = find(p.articles, '本报讯〈记者潘峰');
    assert.ok(body(clinic).startsWith('本报讯〈记者潘峰） 7月25日，松林县卫生院'), body(clinic));
    assert.equal(clinic?.headline?.main, '社区开展义诊活动');
    const contest = find(p.articles, '本报讯〈记者龚琳');
    assert.equal(contest?.date, '2031-07-25');
    assert.equal(contest?.headline?.main, '全省职业技能大赛落幕');
    const wire = find(p.articles, '新华社');
    assert.deepEqual(wire?.byline?.reporters, ['秦朗', '常乐']);
    assert.equal(wire?.headline?.main, '多地加快推进老旧小区改造');
  });
  it('keeps a signed piece whole under a row of phrases OCR wrapped and a headline with a comma (tesseract)', () => {
    const p = parse(
      [
        '东岳时报',
        '',
        '2031年3月16日 星期二',
        '',
        '第14版 社会',
        '',
        '责任编辑: 何婷',
        '',
        '松林县城市的核心板块区 科创名城的创新引领区 产业名城的集聚发展区 文旅名城的休闲康养区 城乡融合的示',
        '',
        '范样板区',
        '',
        '松林高新区: “25311”，书写“又高又新”发展的生动答卷',
        '',
        '本报记者 刘洋 本报通讯员 胡斌',
        '',
        '迈入新时代，开启新征程。松林高新区将全面贯彻新发',
        '展理念，坚定“25311”的目标定位，奋力开创“又高又新”',
        '发展新局面。',
        '',
        '这里是正在建设的松林县城市的核心板块区。基础设施日',
        '臻完善，城市面貌愈变愈美，公共服务不断提升，综合承',
        '载能力和要素吸引力持续增强，已成为市民休闲游玩的好',
        '去处，是产业名城的集聚发展区和城乡融合的示范样板区。',
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1, p.articles.map((a) => a.headline?.main).join(' / '));
    const piece = p.articles[0];
    assert.equal(piece?.kind, 'feature');
    assert.deepEqual(piece?.byline?.reporters, ['刘洋']);
    assert.ok(headlineText(piece).includes('城乡融合的示范样板区松林高新区'), headlineText(piece));
  });
  it('reads OCR\'s 一一 as a deck\'s dash, the deck running to the end of its block, and takes the line over a deck for its main headline (tesseract)', () => {
    const p = parse(
      [
        ...HEADER,
        '万方“云 会更无前',
        '',
        '一一松林县特色园区招商引资项目签约仪',
        '',
        '式侧记',
        '本报记者 张伟',
        '',
        '“云”上“云”下大咖云集，“线”上“线”下高朋满',
        '座。32个项目当场签约，260.56亿元投资当即敲定。',
        '',
        '松林县一季度经济运行',
        '工业产值同比增长',
        '一一重点项目建设提速',
        '企业用工需求旺盛',
        '',
        '本报讯（记者潘峰）3月21日，记者从松林县统计局获',
        '悉，一季度全县规模以上工业总产值同比增长12.3%。',
        '',
      ].join('\n'),
    );
    const signing = find(p.articles, '“云”上');
    assert.equal(signing?.headline?.main, '万方“云 会更无前');
    assert.equal(signing?.headline?.sub?.replace(/\n/g, ''), '一一松林县特色园区招商引资项目签约仪式侧记');
    const report = find(p.articles, '本报讯');
    assert.equal(report?.headline?.main.replace(/\n/g, ''), '松林县一季度经济运行工业产值同比增长');
    assert.equal(report?.headline?.sub?.replace(/\n/g, ''), '一一重点项目建设提速企业用工需求旺盛');
  });
  it('keeps a kicker set apart by a blank line over its signed piece\'s headline, whose text says its words, and does not start an article where the text says them (pdftotext)', () => {
    const p = parse(
      [
        ...HEADER,
        '松林城市的核心板块区 科创名城的创新引领区 产业名城的集聚发展区 文旅名城的休闲康养区',
        '',
        '松林高新区：书写又高又新发展的生动答卷',
        '本报记者 陈静 本报通讯员 张伟',
        '迈入新时代，开启新征程。松林高新区将全',
        '面贯彻新发展理念，奋力开创发展新局面。',
        '“两个坚持、五个定位、三级目标”是松林高',
        '新区今后一个时期的奋斗方向。',
        '五个定位，即到2031年，基本建成松林城市',
        '的核心板块区、科创名城的创新引领区、产业',
        '名城的集聚发展区、文旅名城的休闲康养区。',
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1, p.articles.map((a) => a.headline?.main).join(' / '));
    assert.equal(p.articles[0]?.kind, 'feature');
    assert.ok(headlineText(p.articles[0]).startsWith('松林城市的核心板块区'), headlineText(p.articles[0]));
  });
  it('takes a headline line whose quotation OCR left open, between a headline line and a lead, for the headline\'s (tesseract)', () => {
    const p = parse(
      [
        ...HEADER,
        '松林县开放招商和投资服务中心',
        '',
        '招大引强质量高“筑巢引凤模式新',
        '',
        '本报讯（记者胡斌）去年以来，松林县开放招商和投资服务中',
        '心紧紧围绕建设总目标和全县各项工作部署，狠抓责任落实，',
        '不断创新招商模式，招商引资成果丰硕。',
        '',
      ].join('\n'),
    );
    assert.equal(p.articles.length, 1, p.articles.map((a) => a.headline?.main).join(' / '));
    assert.equal(headlineText(p.articles[0]), '松林县开放招商和投资服务中心招大引强质量高“筑巢引凤模式新');
  });
  it('takes a caption\'s first line, opening on a date and running on, with the caption\'s last line its credit closes (tesseract)', () => {
    const p = parse(
      [
        ...HEADER,
        '松林县召开森林防火工作会议',
        '',
        '本报讯（记者苏航）1月15日，松林县召开森林',
        '防火工作会议，部署今冬明春森林防火工作。',
        '',
        '会议要求，各乡镇要落实责任，加强巡查，严',
        '防死守，对进山人员逐一登记，对野外用火',
        '行为依法查处，确保不发生重大森林火灾。',
        '',
        '1月15日，松林县卫生院邀请示范区及周边县区15名书法家协会会员为该院服务区域群众义务书写',
        '',
        '春联，喜迎新春佳节。图为书法家协会会员张敬德在写春联。',
        '本报记者 孙强 摄',
        '',
      ].join('\n'),
    );
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.ok(body(photo).startsWith('1月15日，松林县卫生院'), body(photo));
    assert.ok(body(find(p.articles, '本报讯')).endsWith('确保不发生重大森林火灾。'), body(find(p.articles, '本报讯')));
  });
  it('gives a credit OCR set after the column beside its picture the caption opening on 图为 higher up, not the column\'s last line (tesseract)', () => {
    const p = parse(
      [
        ...HEADER,
        '松林县召开安全生产工作会议',
        '',
        '本报讯（记者苏航）3月19日，',
        '松林县召开安全生产工作会议，部',
        '署下一阶段安全生产工作。',
        '',
        '图为松林县特色园区招商引资项',
        '',
        '目签约仪式现场。',
        '',
        '会议要求，各行业领域要持续开展',
        '安全综合治理，全面排查，确保全',
        '县烟花爆竹清零。建筑施工领域要',
        '做到安全管控常态化。',
        '',
        '要加强队伍建设，提升执法能力和',
        '',
        '监管水平。',
        '',
        '本报记者 高翔 摄',
        '',
      ].join('\n'),
    );
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.ok(body(photo).startsWith('图为松林县特色园区'), body(photo));
    assert.deepEqual(photo?.byline?.photographers, ['高翔']);
    assert.ok(body(find(p.articles, '本报讯')).endsWith('监管水平。'), body(find(p.articles, '本报讯')));
  });
  // A credit wrapped over two lines (-layout keeps a caption set wide under its picture on lines of its own).
  const WRAPPED_CREDITS: Array<[string, string[]]> = [
    [
      'before its 摄',
      ['                 7月3日，松林县一家农业合作社的社员在大棚里采摘草莓。图为社员将采摘的草莓装箱。 记者 杜鹃', '                 摄'],
    ],
    [
      'after its first character',
      ['                 去年以来，松林县一家机械公司努力克服困难，', '                 业绩逆势上扬。图为近日，该公司开足马力在生产。 本', '                 报记者 杜鹃 摄'],
    ],
  ];
  for (const [where, caption] of WRAPPED_CREDITS)
    it(`takes a caption whose credit wrapped ${where} for a photo, not for the report above it (pdftotext -layout)`, () => {
      const p = parse(
        [
          ...HEADER,
          '春耕备耕正当时',
          '  本报讯（记者苏航）昨天，各地抢抓农时，开展夏',
          '收夏种工作，田间地头一派繁忙景象，农机手们忙着抢',
          '收小麦，抢种玉米，保障粮食丰收。',
          '',
          '',
          '',
          '',
          ...caption,
          '',
        ].join('\n'),
      );
      const photo = p.articles.find((a) => a.kind === 'photo');
      assert.ok(photo, p.articles.map((a) => a.kind).join(' '));
      assert.deepEqual(photo?.byline?.photographers, ['杜鹃']);
      assert.ok(body(find(p.articles, '本报讯')).endsWith('保障粮食丰收。'));
    });
  it('measures the column on lines of one column, not on columns -layout ran together, and so finds a headline over a paragraph\'s first line (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 3` (page 9): its long report's lines hold three columns
    // one space apart (`…沁泉湖公 是既定目标…`), which made the column three times as wide as it is, so
    // `青川县新建三所乡村学校投入使用` over `  日前，青川县新建的…` went into that report as its text.
    const p = parse(readFileSync(new URL('pages/layout-columns-run-together.txt', import.meta.url), 'utf8'));
    const school = find(p.articles, '日前');
    assert.equal(school?.headline?.main, '青川县新建三所乡村学校投入使用');
    assert.deepEqual(school?.byline?.reporters, ['杜鹃']);
  });
  it('gives a credit read with a column, rows under its text, the caption set across the columns on the line above it (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 22` (page 12): `新华社发` under `▲1月17日，…。` (set across
    // the columns) is read with the third column, under the first column of the essay `老屋的枣树`, which
    // the walk up from the credit took for the caption.
    const p = parse(readFileSync(new URL('pages/layout-credit-under-caption-across.txt', import.meta.url), 'utf8'));
    const essay = p.articles.find((a) => a.headline?.main === '老屋的枣树');
    assert.deepEqual([essay?.kind, essay?.body.length], ['feature', 2]);
    assert.ok(body(essay).startsWith('老屋门前有一棵枣树'));
    assert.ok(p.articles.some((a) => a.kind === 'photo' && body(a) === '▲1月17日，白鹭镇的村民在田间抢收小麦。'));
  });
  it('cuts two headlines run together with one space where the second has one line and its byline stands under it rows below (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 22` (page 3): `百年古桥完成保 老屋的枣树` over `护性修缮`, the
    // essay's `□ 龚琳` five rows down in the cell where `老屋的枣树` starts, nearer the report's column by width.
    const p = parse(readFileSync(new URL('pages/layout-twin-headlines-one-line.txt', import.meta.url), 'utf8'));
    const essay = p.articles.find((a) => a.headline?.main === '老屋的枣树');
    assert.deepEqual([essay?.kind, essay?.byline.reporters], ['feature', ['龚琳']]);
    assert.ok(body(essay).startsWith('老屋门前有一棵枣树'));
    const bridge = find(p.articles, '近日，位于白鹭镇');
    assert.equal(bridge?.headline?.main.replace(/\n/g, ''), '百年古桥完成保护性修缮');
    assert.ok(!body(bridge).includes('枣树'));
  });
  it('gives a signature set apart from its text, beside a report opening on when it happened, to the essay and not to the report (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 26` (page 9): `□ 邵宁` set among a large headline's cells, as near
    // the report `近日，位于南湖区…` as the essay `老屋门前有一棵枣树…`.
    const p = parse(readFileSync(new URL('pages/layout-signature-beside-a-report.txt', import.meta.url), 'utf8'));
    const essay = find(p.articles, '老屋门前');
    assert.deepEqual([essay?.kind, essay?.byline.reporters], ['feature', ['邵宁']]);
    assert.deepEqual(find(p.articles, '近日，位于南湖区')?.byline.reporters, []);
  });
  it('cuts a full line where it fills its column, not after the next column\'s name drifted into it (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 27` (page 6): `时间延长至晚上九点，方便 常乐 报道 7月25日，…` in
    // columns of twelve, `常乐` the correspondent of the byline said in words on the line above (`…记者龚琳 通讯员`).
    const p = parse(readFileSync(new URL('pages/layout-name-drifted-into-a-full-line.txt', import.meta.url), 'utf8'));
    const report = find(p.articles, '本报讯记者龚琳');
    assert.deepEqual([report?.byline.reporters, report?.byline.correspondents], [['龚琳'], ['常乐']]);
    assert.ok(!body(find(p.articles, '本报讯（通讯员韦华）')).includes('常乐'));
  });
  it('gives a name drifted left of its column start to that column, not to the full line beside it (`…几个大型居民 潘峰 报道 3月21日`, pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 13` (page 9): the correspondent had gone to the 简讯 beside.
    const p = parse(readFileSync(new URL('pages/layout-name-at-column-start.txt', import.meta.url), 'utf8'));
    const report = find(p.articles, '本报讯记者钟鸣');
    assert.deepEqual([report?.byline.reporters, report?.byline.correspondents], [['钟鸣'], ['潘峰']]);
    assert.equal(body(find(p.articles, '本报讯3月21日起')), '本报讯3月21日起，城区新开通两条公交线路，连接高铁站和几个大型居民区，市民出行更加便捷。');
  });
  it('reads a lead\'s first line that -layout printed a row under its second (`起，市图书馆…` / `  本报讯（通讯员 常乐）即日`) first (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 29` (page 3): a taller headline's line beside them moved the rows.
    const p = parse(readFileSync(new URL('pages/layout-lead-row-under-its-second.txt', import.meta.url), 'utf8'));
    const a = p.articles.find((x) => x.headline?.main === '图书馆延长开放时间');
    assert.equal(body(a), '本报讯（通讯员常乐）即日起，市图书馆每天开放时间延长至晚上九点，方便读者下班后借阅图书。');
    assert.deepEqual(a?.byline.correspondents, ['常乐']);
  });
  it('reads a 简讯 item\'s headline under the item above, its lead rows below past a gap the column beside leaves, as that lead\'s headline (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 13` (page 7): two items had lost their headlines into the text above.
    const p = parse(readFileSync(new URL('pages/layout-brief-headline-over-a-gap.txt', import.meta.url), 'utf8'));
    assert.equal(body(find(p.articles, '本报讯（通讯员苏航）')), '本报讯（通讯员苏航）即日起，市图书馆每天开放时间延长至晚上九点，方便读者下班后借阅图书。');
    assert.equal(find(p.articles, '本报讯3月21日起')?.headline?.main, '新开两条公交线路');
    assert.equal(find(p.articles, '本报讯（记者常乐）')?.headline?.main, '社区开展义诊活动');
  });
  it('reads a caption set across the page from its left edge, right under a report in the page\'s right column with no blank line between, as a caption of its own (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 32` (page 7): the caption had become the report's last paragraph.
    const p = parse(readFileSync(new URL('pages/layout-caption-across-under-a-report.txt', import.meta.url), 'utf8'));
    const report = find(p.articles, '本报北京12月31日讯');
    assert.ok(body(report).endsWith('帮助农民解决生产中遇到的实际困难。'), body(report));
    const photo = find(p.articles, '去年以来，厦工机械');
    assert.deepEqual([photo?.kind, photo?.byline.photographers], ['photo', ['林峰']]);
  });
  it('gives a headline\'s last words run into a 简讯 headline\'s line (`简讯 乡村夜市点亮消费` over `图书馆延长开放时间 新场景`) to the headline above them (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 31` (page 5): both headlines had been wrong.
    const p = parse(readFileSync(new URL('pages/layout-headline-tail-beside-a-brief.txt', import.meta.url), 'utf8'));
    assert.equal(find(p.articles, '本报讯（通讯员江枫）')?.headline?.main, '图书馆延长开放时间');
    assert.equal(find(p.articles, '本报讯（融媒体记者秦朗）')?.headline?.main.replace(/\s/g, ''), '乡村夜市点亮消费新场景');
  });
  it('keeps a text\'s paragraphs apart where -layout prints no blank line between them, by the indent of each first line (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 24` (page 6): every piece had been one paragraph.
    const p = parse(readFileSync(new URL('pages/layout-paragraphs-indented.txt', import.meta.url), 'utf8'));
    const starts = (start: string) => find(p.articles, start)?.body.map((b) => b.text.slice(0, 6));
    assert.deepEqual(starts('近日，位于松林县'), ['近日，位于松', '修缮工程历时']);
    assert.deepEqual(starts('事业成于实干'), ['事业成于实干', '实干，就要敢', '实干，还要善']);
    // The wider module sets its indent four cells in: still a paragraph's first line where the line fills the column.
    assert.deepEqual(starts('本报讯（记者徐丽）'), ['本报讯（记者', '王家鹏一行首', '文苑街道住郭', '住郭庄村70']);
    assert.equal(find(p.articles, '本报讯（记者白露）')?.body.length, 1);
  });
  it('reads a column\'s first line that ends on a number, its unit on the next line (`…总投资989` / `亿元；…`), as text, not a headline (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 27` (page 4): the report's text goes on in the column beside its lead.
    const p = parse(readFileSync(new URL('pages/layout-column-opens-on-a-number.txt', import.meta.url), 'utf8'));
    const report = find(p.articles, '本报讯（记者林峰）');
    assert.equal(report?.headline, null);
    assert.ok(body(report).includes('确定重点项目228个，总投资989亿元'));
  });
  it('reads a paragraph\'s first two lines at the top of a column as its text, not a headline, when the second is a character short because the next column opens on that character and a comma (`的教室、实验室和运动` / `场，并通过…`)', () => {
    // A line may not open on a comma: the character before it goes down with it, and the line above is one short.
    const p = parse([...HEADER, '临溪镇新建三所乡村学校投入使用', '',
      '  日前，临溪镇新建的', '三所乡村学校正式投入使', '用，可新增学位一千八百', '个，附近村庄的孩子不用', '再到十几公里外的镇上上', '学。', '',
      '  新学校配备了标准化', '的教室、实验室和运动', '', '场，并通过远程教学系统', '与城区学校结对，共享优', '质课程资源。', '（记者 邵宁）', '',
      '图书馆延长开放时间', '', '  本报讯（通讯员 常乐）', '即日起，市图书馆每天开放', '时间延长至晚上九点。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [headlineText(a), a.byline.reporters]), [['临溪镇新建三所乡村学校投入使用', ['邵宁']], ['图书馆延长开放时间', []]]);
    assert.ok(body(p.articles[0]).includes('新学校配备了标准化的教室、实验室和运动场，并通过'), body(p.articles[0]));
  });
  it('hands the text under a row of headlines OCR read across the page (`…学校投 。 新大走择导      全国春季农业生产暨春耕备 。 全省职业技能大赛落幕`) to the row\'s columns, each report its own text (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 12` (page 4): tesseract read the four modules' headlines and
    // first lines across, a column rule read as ` 。 `, then the rest of each column one after another; every
    // report had taken the text of the one beside it, and the masthead's line had been read as three columns of the row.
    const p = parse(readFileSync(new URL('pages/ocr-row-read-across.txt', import.meta.url), 'utf8'));
    const farming = find(p.articles, '本报北京3月15日讯');
    assert.equal(farming?.headline?.main.replace(/\n/g, ''), '全国春季农业生产暨春耕备耕现场会召开');
    assert.ok(body(farming).startsWith('本报北京3月15日讯〈记者程远）全国春季农业生产暨春耕备耕现场会今天召开。'), body(farming));
    const contest = find(p.articles, '本报讯（记者夏阳）');
    assert.equal(contest?.headline?.main, '全省职业技能大赛落幕');
    assert.ok(body(contest).includes('来日各地的六百余名选手') && body(contest).includes('本届大赛共决出一等奖'), body(contest));
    // (Its kicker `新春走基层` OCR misread as `新大走择导`, which the parser cannot know for a kicker.)
    const feature = find(p.articles, '编者按');
    assert.ok(Object.values(feature?.headline ?? {}).join('').includes('守护万家灯火的人'));
    assert.ok(body(feature).endsWith('第十五个除夕。'));
    assert.ok(body(find(p.articles, '日前，东江区新建')).endsWith('共享优质课程资源。'));
    assert.equal(p.printed.pageNumber, 7);
  });
  it('cuts a row of headlines where OCR read a column rule as two marks (`让实干成为最鲜明的 。。 新春走基导`), the commentary\'s headline its own (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 16` (page 12).
    const p = parse(readFileSync(new URL('pages/ocr-rule-read-as-two-marks.txt', import.meta.url), 'utf8'));
    const commentary = find(p.articles, '事业成于实干');
    assert.equal(commentary?.headline?.main.replace(/\n/g, ''), '让实干成为最鲜明的底色');
    assert.ok(!p.articles.some((a) => headlineText(a).includes('。')), p.articles.map(headlineText).join(' | '));
  });
  it('cuts two headlines OCR ran together with one space where each goes on, shorter, in its own column of the row below (`…赴沿海开展专 多地加快推进老旧小` over `题招商` and `区改造`) (tesseract)', () => {
    const p = parse([
      '东岳时报', '', '2031年7月4日 星期五                    第3版 要闻                    责任编辑：于洋',
      '临溪镇党政代表团赴沿海开展专 多地加快推进老旧小',
      '题招商                                               区改造', '',
      '本报讯（记者 江枫）7月3日，临溪镇党         新华社北京7月3日电（记者 程远）记',
      '政代表团赴沿海三市开展专题招商，与         者从住房和城乡建设部获悉，今年以来各',
      '十余家企业就项目落地对接洽谈。             地加快推进老旧小区改造，惠及居民百万户。', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [headlineText(a), a.byline.reporters]), [
      ['临溪镇党政代表团赴沿海开展专题招商', ['江枫']],
      ['多地加快推进老旧小区改造', ['程远']],
    ]);
  });
  it('keeps a headline of one line across two columns whole though it holds a space, the columns\' text under it (tesseract)', () => {
    const p = parse([
      '东岳时报', '', '2031年7月4日 星期五                    第3版 要闻                    责任编辑：于洋',
      '向科技要效率 向数字要管理', '',
      '本报讯（记者 江枫）7月3日，临溪镇         城管局以创建数字化城市管理为抓手，',
      '城管局启用智慧执法平台，全镇的巡         全年办结群众诉求三千余件。',
      '查与处置从此在一张图上完成。', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => headlineText(a)), ['向科技要效率 向数字要管理']);
  });
  it('reads a row of headlines OCR set tight, a rule between each read as `”` (`…最鲜明的 ”青川县新建三所乡村 ”冬季供暖设施检修完`), one a column, their text under them (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 36` (page 11): OCR set the five modules' first lines a few cells
    // off from one row to the next (`学校投入使用` at 58 over `日前，…三所乡` at 49), and their large headlines left
    // of their columns, so no column's start cut the row: four headlines ran together, the reports took each
    // other's text, and a byline closing one went on to the next column.
    const p = parse(readFileSync(new URL('pages/ocr-row-headlines-set-tight.txt', import.meta.url), 'utf8'));
    const school = find(p.articles, '日前，青川县新建的三所乡村学校');
    assert.equal(school?.headline?.main.replace(/\n/g, ''), '青川县新建三所乡村学校投入使用');
    assert.ok(body(school).endsWith('共享优质课程资源。'), body(school));
    assert.deepEqual(school?.byline.reporters, ['江枫']);
    const heating = find(p.articles, '日前，青川县完成冬季供暖设施检修');
    assert.equal(heating?.headline?.main.replace(/\n/g, ''), '冬季供暖设施检修完成');
    const bridge = p.articles.find((a) => a.headline?.main.replace(/\n/g, '') === '百年古桥完成保护性修缮');
    assert.ok(body(bridge).startsWith('近日，位于青川县的一座百'), body(bridge));
    // The rules are no headline's: they come out of them, and no character is lost.
    assert.ok(p.articles.every((a) => !a.headline?.main.startsWith('”')));
    assert.equal(checkLossless(readFileSync(new URL('pages/ocr-row-headlines-set-tight.txt', import.meta.url), 'utf8'), p).total, 0);
  });
  it('cuts two headlines OCR ran together where a rule read as `”` stands over the next column\'s line (`百年古桥完成保护性 ”中央省级媒体组团到`) (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 12` (page 1): the two headlines were one, the kicker of a third.
    const text = readFileSync(new URL('pages/ocr-rule-read-as-quote.txt', import.meta.url), 'utf8');
    const p = parse(text);
    const heads = p.articles.map((a) => a.headline?.main.replace(/\n/g, ''));
    assert.ok(heads.includes('示范区科技项目申报工作捷报频传') && heads.includes('百年古桥完成保护性修缮'), heads.join(' / '));
    assert.ok(heads.some((h) => h?.startsWith('中央省级媒体组团到示范区采风蒙牛乳业')), heads.join(' / '));
    assert.equal(checkLossless(text, p).total, 0);
  });
  it('reads a caption set across the columns whose last line OCR set apart after a blank line as one caption, not the column\'s text (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 12` (page 7): the caption's wide lines, run on mid-sentence
    // (`…占有率分别达85%和`), went to the report above; its picture kept only its last line.
    const p = parse(['城管执法效率显著提升', '', '本报讯（记者徐丽）今年年初以来，', '示范区城管局以创建数字化城市', '管理为契机，精心打造智慧城管', '可视化执法调度平台。', '',
      '据统计，该设备投入使用后，辖区', '居民对城市管理工作的满意率达', '95%以上，实现了第一时间发现、', '第一时间到位处置的工作目标。', '',
      '吵7月24日，一家膜材料公司医用热转印膜生产线员工在查看彩色转印膜密度。该公司是示范区膜', '产业核心企业，年产医用热转印膜4200万平方米，国内市场、国外市场占有率分别达85%和', '',
      '33%，是我国热转印耗材的科研、开发、生产基地。', '本报记者 曹雪芹 摄', ''].join('\n'));
    assert.ok(body(find(p.articles, '本报讯（记者徐丽）')).endsWith('第一时间到位处置的工作目标。'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.ok(body(photo).includes('7月24日，一家膜材料公司') && body(photo).endsWith('生产基地。'), body(photo));
    assert.deepEqual(photo?.byline.photographers, ['曹雪芹']);
  });
  it('keeps a byline after a report\'s text when the report is cut where a headline set apart from it finds its words, and its next part joins it (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 4` (page 10): `（记者 秦朗）` closed the part cut off, and the
    // part that joined it, with no byline of its own, had put none in its place: four characters lost.
    const p = parse(readFileSync(new URL('pages/ocr-byline-after-split-report.txt', import.meta.url), 'utf8'));
    const school = p.articles.find((a) => body(a).startsWith('投入使用，可新增学位'));
    assert.deepEqual(school?.byline.reporters, ['秦朗']);
  });
  it('reads the masthead\'s line OCR set right over a row of headlines, its words apart, as the masthead (tesseract)', () => {
    const p = parse(
      [
        '北川日报',
        '',
        '2018年3月16日 星期五                                                  A12版 县域                                                  责编 何婷',
        '简讯             新春走基层         老屋的枣树       白鹭镇一季度经济运行',
        '新开两条公交线路 守护万家灯火的人  □ 龚琳          工业产值同比增长一成以上',
        '',
        '本报讯 3月15日起，城区新开通两条公交线路，连接高铁站和几个大型居民区，市民出行更加便捷。',
        '',
      ].join('\n'),
    );
    assert.deepEqual([p.issueDate, p.printed], ['2018-03-16', { paper: '北川日报', pageNumber: 12, pageName: '县域' }]);
  });
  it('takes a caption whole in itself after a blank line (`…夜景。 (资料` / `图片)`) for the caption, not the essay\'s paragraphs above it that end too (tesseract)', () => {
    // As on a page made by `npm run real-pages -- --seed 20` (page 9): the credit's walk up had taken the essay.
    const p = parse(['老屋的枣树', '□ 彭悦', '', '老屋门前有一棵枣树，是祖', '父年轻时栽下的。每到秋天，满', '树的红枣压弯了枝头。', '', '如今祖父已经不在了，枣树', '却依然年年结果。每次回家，我', '都要在树下站一会儿。', '', '南湖区新建的文化广场夜景。 (资料', '图片)', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.body.length]), [['feature', 2], ['photo', 1]]);
    assert.equal(body(p.articles[1]), '南湖区新建的文化广场夜景。');
  });
  it('reads a byline closing a report\'s text with its bracket OCR doubled (`…用暖。(〈记` / `者 梁辰)`) as its byline (tesseract)', () => {
    const p = parse(['冬季供暖设施检修完成', '', '日前，松林县完成冬季供暖', '设施检修，共更换老旧管道三千', '余米。', '', '检修期间，工作人员逐户排', '查隐患，确保居民按时用暖。(〈记', '者 梁辰)', ''].join('\n'));
    assert.deepEqual(p.articles[0]?.byline.reporters, ['梁辰']);
  });
  it('reads the sections of a signed piece OCR set under it, their subheads opening alike (`聚焦实体经济…`, `聚焦创新驱动…`) and no lead over their text, as its sections, not reports (tesseract)', () => {
    const p = parse(['东岳时报', '', '2031年7月4日 星期五', '', '第3版 要闻', '', '临溪镇：书写高质量发展新答卷', '', '本报记者 江枫', '', '迈入新时代，开启新征程。临溪镇将全面', '贯彻新发展理念，奋力开创发展新局面。', '', '聚焦实体经济推动制造', '', '业高质量发展', '', '坚持扩增量、优存量并举，加快推进传统', '产业升级改造、新兴产业快速崛起。', '', '聚焦创新驱动激活发展', '第一动力', '', '准确把握创新驱动发展的新定位，对标找', '差、争先进位，加快建设区域创新增长极。', '', '聚焦品质提升推进城镇', '发展高质量', '', '完善城镇功能，提升城镇品质，打造宜居', '宜业新镇，让群众生活得更舒心。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, headlineText(a), a.byline.reporters]), [['feature', '临溪镇：书写高质量发展新答卷', ['江枫']]]);
    assert.deepEqual(p.articles[0]?.body.filter((b) => b.type === 'heading').map((b) => b.text), ['聚焦实体经济推动制造业高质量发展', '聚焦创新驱动激活发展第一动力', '聚焦品质提升推进城镇发展高质量']);
    // (Reports whose lead was lost open on when it happened, and stay reports: `临溪镇召开…` / `7月3日，…`.)
    const q = parse(['东岳时报', '', '2031年7月4日 星期五', '', '第3版 要闻', '', '临溪镇：书写高质量发展新答卷', '', '本报记者 江枫', '', '迈入新时代，开启新征程。临溪镇将全面', '贯彻新发展理念，奋力开创发展新局面。', '', '聚焦实体经济推动制造', '', '业高质量发展', '', '坚持扩增量、优存量并举，加快推进传统', '产业升级改造、新兴产业快速崛起。', '', '聚焦创新驱动激活发展', '第一动力', '', '准确把握创新驱动发展的新定位，对标找', '差、争先进位，加快建设区域创新增长极。', '', '聚焦品质提升推进城镇', '发展高质量', '', '完善城镇功能，提升城镇品质，打造宜居', '宜业新镇，让群众生活得更舒心。', '', '临溪镇召开防汛工作会议', '', '7月3日，临溪镇召开防汛工作会议，部署', '今年防汛工作。', '', '临溪镇召开安全生产会议', '', '7月3日，临溪镇召开安全生产会议，部署', '今年安全生产工作。', ''].join('\n'));
    assert.deepEqual(q.articles.map((a) => [a.kind, headlineText(a)]), [['feature', '临溪镇：书写高质量发展新答卷'], ['news', '临溪镇召开防汛工作会议'], ['news', '临溪镇召开安全生产会议']]);
  });
  it('keeps a signed piece whole when one of its subheads, set apart from its section, says the words of an early paragraph (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 31` (page 4): `聚焦品质提升推进城市发展高质量`, left without its
    // section, had cut the feature at its second paragraph, which says `品质` and `高质量` too.
    const p = parse(readFileSync(new URL('pages/ocr-feature-subhead-apart.txt', import.meta.url), 'utf8'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.byline.reporters]), [['feature', ['韩冰']]]);
  });
  it('reads no columns off what OCR made of a picture over a byline (`全     |     |` / `攻     [一     e@`), and keeps the byline one line (tesseract)', () => {
    // As on a page made by `npm run real-pages -- --seed 33` (page 8): the picture's rows cut the byline under them
    // where their marks stand, and `本报通讯员 …` opened the feature's text as a report with no headline.
    const p = parse(
      ['南湖报', '', '2011.05.09', '', 'A5 综合', '', '高新区：书写发展的生动答卷', '', '全         |          |', '攻          [一                  e@', '本报记者 林晓 本报通讯员 方舟', '', '迈入新时代，开启新征程。高新区将', '全面贯彻新发展理念，奋力开创发展', '新局面。', '', '这里是正在建设的核心板块区。基础', '设施日臻完善，城市面貌愈变愈美。', ''].join('\n'),
    );
    assert.equal(p.articles.length, 1);
    const [feature] = p.articles;
    assert.deepEqual([feature?.kind, feature?.byline.reporters, feature?.byline.correspondents], ['feature', ['林晓'], ['方舟']]);
    assert.ok(body(feature).startsWith('迈入新时代'));
  });
  it('reads a headline right over a report\'s indented first line that opens on when it happened (`古城墙完成保护性修缮` / `  近日，…`) as its headline, however wide the column (pdftotext -layout)', () => {
    // As on a page made by `npm run real-pages -- --seed 33` (page 10): the headline had opened the report's text.
    const p = parse(
      [
        '青州都市报                          2023年3月22日 星期三               第16版 文化                   责任编辑：宋佳音',
        '',
        '古城墙完成保护性修缮',
        '  近日，位于南湖区的一段明代古城墙完成保护性修',
        '缮，重新向游人开放。',
        '  修缮工程历时半年，施工人员按照“修旧如旧”的原',
        '则，对墙体和垛口进行了加固和修复，最大限度保留',
        '了古城墙的历史风貌。',
        '',
      ].join('\n'),
    );
    const [report] = p.articles;
    assert.equal(report?.headline?.main, '古城墙完成保护性修缮');
    assert.ok(body(report).startsWith('近日，位于南湖区'));
  });
  it('reads a large headline\'s second line two rows under its first, a cell right of where it starts and run into the column left of it with one space, after its first (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 33` (page 7): `示范区召开5G应用场景建设项目观` over a row with nothing
    // there, then `…一等奖二十 摩活动暨5G工作推进会`; the headline read `摩活动暨5G工作推进会示范区召开…项目观`.
    const p = parse(readFileSync(new URL('pages/layout-headline-second-line-two-rows-down.txt', import.meta.url), 'utf8'));
    assert.equal(find(p.articles, '本报讯（记者马骏）')?.headline?.main.replace(/\n/g, ''), '示范区召开5G应用场景建设项目观摩活动暨5G工作推进会');
    assert.ok(body(find(p.articles, '本报讯（记者范文）')).endsWith('晋升相应职业技能等级。'));
  });
  it('reads two phrases of one headline set wide apart over a deck set across (`五项举措重点抓        “两区一城”谱新篇` / `——…解读（一）（上）`) as one headline, not two columns (pdftotext -layout)', () => {
    // As on a page made by `npm run real-pages -- --seed 33` (page 4): the second phrase had gone to the second
    // column, a subhead of the feature's text.
    const p = parse(
      [
        '南湖报                        2024年5月9日 星期四                 第5版 要闻                     责任编辑：何婷',
        '',
        '五项举措重点抓           “两区一城”谱新篇',
        '——南湖区（经开区）2024年经济工作会议报告解读（一）（上）',
        '本报记者 林晓',
        '  南湖区2024年经济工作   居民收入稳步增长，人均',
        '的总体要求是：坚持稳中   可支配收入增长6%左右，',
        '求进，扎实推进高质量发   控制在5%以内。',
        '展。主要预期目标是：地     坚持项目为王。全年实',
        '区生产总值增长7%左右，   施重点项目120个，完成',
        '',
      ].join('\n'),
    );
    const [feature] = p.articles;
    assert.equal(feature?.headline?.main.replace(/\s+/g, ' '), '五项举措重点抓 “两区一城”谱新篇');
    assert.equal(feature?.headline?.sub, '——南湖区（经开区）2024年经济工作会议报告解读（一）（上）');
    assert.ok(feature?.body.every((b) => b.type === 'paragraph'));
  });
  it('keeps a headline\'s second line set across the columns under its first whole, however long its last phrase (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 26` (page 1): `…指挥部第九次` over `会议强调 加压奋进 狠抓落实
    // 向市委市政府交上满意答卷`, the last phrase starting where a column does; it had gone to that column.
    const p = parse(readFileSync(new URL('pages/layout-headline-second-line-across.txt', import.meta.url), 'utf8'));
    assert.equal(find(p.articles, '本报讯（记者张伟）3月20日')?.headline?.main.replace(/\n/g, ''), '示范区党工委（扩大）会议暨新冠肺炎疫情防控指挥部第九次会议强调 加压奋进 狠抓落实 向市委市政府交上满意答卷');
    // Under a first line that is two headlines run together (`…指挥部第 百年古桥完成保护性`, seed 26 page 10), the
    // second stays its report's.
    const twin = parse(readFileSync(new URL('pages/layout-twin-headlines-long-second-line.txt', import.meta.url), 'utf8'));
    assert.ok(find(twin.articles, '近日，位于南湖区')?.headline?.main.startsWith('百年古桥完成保护性'));
  });
  it('cuts two large headlines run together with one space whose second lines stand rows below, each over its own report (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 4` (page 2): `全省职业技能大 多地加快推进老` on the row of
    // `简讯`, their second lines `赛落幕     旧小区改造` five rows below, beside the smaller text of other columns.
    const p = parse(readFileSync(new URL('pages/layout-twin-headlines-set-large.txt', import.meta.url), 'utf8'));
    // One headline over two lines, not a main headline and its deck.
    assert.equal(find(p.articles, '本报讯（记者龚琳）')?.headline?.main.replace(/\n/g, ''), '全省职业技能大赛落幕');
    assert.equal(find(p.articles, '新华社北京')?.headline?.main.replace(/\n/g, ''), '多地加快推进老旧小区改造');
  });
  it('gives a headline\'s line under a row of large headlines to the column whose text says it, not to the headline standing in cells above it (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 5` (page 6): `…攻坚会 白鹭镇新建三所乡村学校投入使用` over
    // `多地加快推进老旧小 老街巷里的新生活` sixteen cells right: set large, the second headline stands in cells
    // over the column left of its own, and the line under it is the next column's headline.
    const p = parse(readFileSync(new URL('pages/layout-headline-row-set-large.txt', import.meta.url), 'utf8'));
    assert.equal(find(p.articles, '日前')?.headline?.main, '白鹭镇新建三所乡村学校投入使用');
    assert.equal(find(p.articles, '新华社北京')?.headline?.main.replace(/\n/g, ''), '多地加快推进老旧小区改造');
  });
  it('gives words of the next column that drifted into a lead\'s line back to that column (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 5` (page 3): `本报讯 记者潘峰 通讯员 云集，` beside
    // `“线”上“线”下高朋…`, the `云集，` being the feature's `…大咖云集，“线”上…`.
    const p = parse(readFileSync(new URL('pages/layout-words-drifted-into-a-lead.txt', import.meta.url), 'utf8'));
    const report = find(p.articles, '本报讯记者潘峰');
    assert.deepEqual([report?.byline?.reporters, report?.byline?.correspondents], [['潘峰'], ['彭悦']]);
    assert.ok(p.articles.some((a) => body(a).includes('大咖云集，“线”上“线”下高朋满座')));
  });
  it('says where the extraction ran columns together, and does not guess', () => {
    const lines = ['春耕备耕正当时', '本报讯（记者 秦朗）7月3日，各地', '抢抓农时，开展夏收夏种工作，田', '间地头一派繁忙景象，农机手们忙', '着抢收小麦，抢种玉米，保障粮食', '丰收。'];
    const merged = ['近日，位于临溪镇的一座百年 面、栏板和桥墩进行了加固和', '石拱古桥完成保护性修缮，重 修复，最大限度保留了古桥的'];
    const p = parse([...HEADER, ...lines, '', ...merged, ''].join('\n'));
    const w = p.warnings.find((x) => /columns run together/.test(x.message));
    assert.ok(w, 'a warning names the lines');
    assert.ok(p.articles.some((a) => a.doubts?.includes('merged columns')));
  });
  it('does not take a headline run into the lead under it for columns run together (style A)', () => {
    const p = parse([
      ...wrapAt('本报讯（记者 江枫）7月3日上午，临溪镇召开防汛工作部署会，安排部署今年汛期各项工作，全镇各村负责人参加会议。', 16), '',
      `临溪镇召开防汛工作部署会议 ${wrapAt('本报讯（记者方晓）7月3日，市图书馆延长夏季开放时间，每天开放至晚上九点，方便读者借阅。', 16).join('\n')}`, '',
      '图书馆延长夏季开放时间', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.headline?.main, a.doubts ?? []]), [['临溪镇召开防汛工作部署会议', []], ['图书馆延长夏季开放时间', []]]);
    assert.ok(!p.warnings.some((x) => /columns run together/.test(x.message)));
  });
  it('gives a byline set right in its column to that column, not to the next one whose headline stands beside it (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 22` (page 8): `（记者 梁辰）` stands right in the schools' column, nine
    // cells from its start and eleven from the next column's, on a row of its own; with the next column's headline lines
    // it had made a column of text, read after them (the report lost its byline). Its picture's credit stands two rows
    // under a caption of one line set across the columns beside, a row empty between.
    const p = parse(readFileSync(new URL('pages/layout-byline-set-right-beside-a-headline.txt', import.meta.url), 'utf8'));
    assert.deepEqual(find(p.articles, '日前，青川县新建的三所乡村学校')?.byline.reporters, ['梁辰']);
    assert.deepEqual(find(p.articles, '本报讯（记者李娜）')?.byline.reporters, ['李娜']);
    const photo = p.articles.find((a) => a.kind === 'photo' && body(a).includes('果农'));
    assert.deepEqual(photo?.byline.photographers, ['韦华']);
  });
  it('keeps a module under a blank line apart from the columns above it when what goes on under a column is a headline\'s last line (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 31` (page 10): the columns above stop mid-sentence (their text goes on
    // at the top of the next column), and under the blank line a headline's second line `招商` stands where the first
    // column stood: two modules, not one (the report below had been read into the one above). Its headline is two
    // phrases set wide apart over a deck shorter than both: one headline.
    const p = parse(readFileSync(new URL('pages/layout-modules-apart-over-a-blank.txt', import.meta.url), 'utf8'));
    const visit = find(p.articles, '本报讯（记者朱琳）1月16日');
    assert.equal(Object.values(visit?.headline ?? {}).join('').replace(/\s/g, ''), '军民鱼水情深共建美好家园示范区领导走访慰问驻焦部队和武警官兵');
    assert.ok(body(visit).includes('刘同兴对示范区党工委') && body(visit).endsWith('进行走访慰问，并送上价值16万余元的慰问品。'), body(visit));
    assert.ok(!body(visit).includes('招商'), body(visit));
  });
  it('cuts a closing byline from the next column\'s line run into it, and reads a column -layout set apart in some rows as one (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 31` (page 7): `（记者 程远） 位前排起了长队，…` — the byline set right in
    // the schools' column, one space from the feature's line beside it — and the feature's first three rows set at 57 and
    // 55, its others at 65 and 67 (the wide module beside it moved them): the rows never meet, so one column.
    const p = parse(readFileSync(new URL('pages/layout-byline-run-into-a-shifted-column.txt', import.meta.url), 'utf8'));
    assert.deepEqual(find(p.articles, '日前，松林县新建的三所乡村学校')?.byline.reporters, ['程远']);
    const feature = find(p.articles, '清晨七点，老城区的巷子里');
    assert.deepEqual([feature?.kind, feature?.headline?.main, feature?.byline.reporters], ['feature', '老街巷里的新生活', ['韦华']]);
    assert.ok(body(feature).startsWith('清晨七点，老城区的巷子里已经热闹起来。卖早点的摊位前排起了长队'), body(feature));
  });
  it('gives a lead\'s first line that a headline set large moved left to the column of text to its right (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 28` (page 10): `本报讯（融媒体记者 卢婷）` stands twelve cells left of the
    // column its text goes on in (`21日晚，…`), on a row whose headlines are set large; alone in a column of its own it had
    // been read before its headline and apart from its text (the report lost its byline and its date).
    const p = parse(readFileSync(new URL('pages/layout-lead-line-moved-left.txt', import.meta.url), 'utf8'));
    const market = find(p.articles, '本报讯（融媒体记者卢婷）21日晚');
    assert.deepEqual([market?.headline?.main.slice(0, 9), market?.byline.reporters, market?.date], ['乡村夜市点亮消费新', ['卢婷'], '1998-03-21']);
  });
  it('gives a closing byline set right to the column whose full lines end where it ends, however near the next column\'s start (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 28` (page 4): `（记者 龚琳）` ends where the schools' column's full lines
    // end, ten cells right of that column's start and five left of the essay's beside it; it had gone to the essay.
    const p = parse(readFileSync(new URL('pages/layout-byline-set-right-near-next-column.txt', import.meta.url), 'utf8'));
    assert.deepEqual(find(p.articles, '日前，白鹭镇新建的三所乡村学校')?.byline.reporters, ['龚琳']);
    assert.deepEqual(p.articles.find((a) => a.headline?.main === '老屋的枣树')?.byline.reporters, ['潘峰']);
  });
  it('gives a lead\'s first line set over another lead to the column where its text goes on (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 46` (page 11): on a row of headlines set large, `本报讯【记者 华安】12月31日，
    // 南湖区` stands in the second column, over that column's own lead (`本报讯（记者周杰）…`); its text goes on in the third
    // (`召开防汛工作会议，…`). It had been read as a report of one line, and the third column's as a report with no lead.
    const p = parse(readFileSync(new URL('pages/layout-lead-over-another-lead.txt', import.meta.url), 'utf8'));
    const flood = p.articles.find((a) => a.headline?.main === '南湖区部署防汛工作');
    assert.deepEqual([flood?.byline.reporters, flood?.date], [['华安'], '2020-12-31']);
    assert.ok(body(flood).startsWith('本报讯【记者华安】12月31日，南湖区'), body(flood));
    assert.ok(!p.articles.some((a) => body(a) === '本报讯【记者华安】12月31日，南湖区'));
  });
  it('reads a caption whose credit OCR opened with a title\'s mark (`…夜景。 《资料图片)`) as a caption of its own, not the end of the paragraph the picture cut (tesseract, style A)', () => {
    // As on a page made by `npm run real-pages -- --seed 12` (page 7): the credit had been text; once read, its caption
    // of one short line had taken the paragraph above it, which stops mid-sentence and goes on under the picture.
    const p = parse(['老街巷里的新生活', '', '本报记者 范文 文/图', '', '去年以来，老城区启动了背街小巷改造', '工程，铺设了新的路面，更换了老旧管网，', '', '松林县新建的文化广场夜景。 《资料图片)', '', '还增设了休闲座椅和绿化带。居民们说，', '巷子变干净了，住着也更舒心了。', ''].join('\n'));
    assert.deepEqual(p.articles.map((a) => a.kind), ['feature', 'photo']);
    assert.equal(body(p.articles[1]), '松林县新建的文化广场夜景。');
    assert.ok(body(p.articles[0]).includes('更换了老旧管网，还增设了休闲座椅和绿化带。'), body(p.articles[0]));
  });
  it('reads a sentence of a line under a picture\'s credit, the text above the picture ending its sentence, as the next picture\'s caption without credit (tesseract, style A)', () => {
    // As on pages made by `npm run real-pages` (seeds 16, 20, 31, 34 and more): a picture's caption without credit,
    // set after a credited one, had gone to the report above both pictures as its last paragraph.
    const p = parse([
      '军民共建美好家园', '', '本报讯（记者 林峰） 1月16日，示范区领导到驻区部队走访慰', '问，并送上慰问品。', '',
      '据悉，示范区还对12家驻区部队等进行走访慰问。', '',
      '南湖区新建的文化广场夜景。 (资料图片)', '', '南湖区湿地公园里，成群的白鹭在水面上觅食嬉戏。', '',
      '乡村夜市点亮消费新场景', '', '本报讯（融媒体记者 比琳) 17日晚，南湖区乡村夜市正式开', '市，特色小吃吸引了众多市民。', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, body(a).slice(0, 8)]), [['news', '本报讯（记者林峰'], ['photo', '南湖区新建的文化'], ['photo', '南湖区湿地公园里'], ['news', '本报讯（融媒体记']]);
    assert.deepEqual(p.articles[2]?.doubts, ['caption without credit']);
    assert.ok(body(p.articles[0]).endsWith('进行走访慰问。'));
  });
  it('reads a sentence after a report its byline closed, before the next headline, as a caption without credit (tesseract, style A)', () => {
    // As on pages made by `npm run real-pages -- --seed 16` (page 7) and `--seed 22` (page 9): the caption, its first
    // line wider than the column, had gone to the report before it as a paragraph after its byline.
    const p = parse([
      '冬季供暖设施检修完成', '', '日前，白鹭镇完成冬季', '供暖设施检修，共更换老', '旧管道三千余米。', '',
      '检修期间，工作人员逐户排', '查隐患，确保居民按时用', '暖。(记者 梁辰)', '',
      '临溪镇湿地公园里，成群的白鹭在水面上觅食嬉', '戏。', '',
      '图书馆延长开放时间', '', '本报讯（通讯员 常乐）即', '日起，市图书馆每天开放', '时间延长至晚上九点。', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main ?? null]), [['news', '冬季供暖设施检修完成'], ['photo', null], ['news', '图书馆延长开放时间']]);
    assert.equal(body(p.articles[1]), '临溪镇湿地公园里，成群的白鹭在水面上觅食嬉戏。');
    assert.deepEqual(p.articles[0]?.byline.reporters, ['梁辰']);
  });
  it('reads a page of headlines after their text whose columns are as wide as an export\'s lines: headlines after, a caption wrapped under a small picture whole, a subhead wrapped over two lines one (style A, columns of forty characters and more)', () => {
    // As on pages `relayout` makes of the test stories at widths 41–60: read as a paragraph a line, the page had been
    // taken to print its headlines before their text (each headline given to the next article), the caption and its
    // credit cut a line a paragraph (`东江区新建的文化广` / `场夜景。 （资料图` / `片）`), the feature cut at its subhead.
    const p = parse([...HEADER, '日前，东江区完成冬季供暖设施检修，共更换老旧管道三千余米，涉及居民小区二十余个，惠及居民一万余户。', '', '检修期间，工作人员逐户排查隐患，确保居民按时用暖。（记者 温岚）', '', '冬季供暖设施检修完成', '', '本报记者 常乐 文/图', '', '清晨七点，老城区的巷子里已经热闹起来。卖早点的摊位前排起了长队，豆浆油条的香气飘满了街道。', '', '老店迎来', '新客', '', '改造不仅改善了居住环境，也带来了新的商机。几家老字号重新开张，不少年轻人也回到巷子里开起了咖啡馆。', '', '老街巷里的新生活', '', '东江区新建的文化广', '场夜景。 （资料图', '片）', '', '本报讯（记者 梁辰）7月3日晚，市民运动会篮球决赛在市体育馆举行，东城队以78∶72战胜西城队，夺得冠军。', '', '本届运动会共设篮球、乒乓球、羽毛球等十二个项目，参赛运动员三千余人，比赛将持续到月底。', '', '市民运动会篮球决赛落幕', ''].join('\n'));
    assert.equal(p.layout, 'paragraph');
    assert.deepEqual(p.articles.map((a) => [a.kind, a.headline?.main ?? null]), [['news', '冬季供暖设施检修完成'], ['feature', '老街巷里的新生活'], ['photo', null], ['news', '市民运动会篮球决赛落幕']]);
    assert.equal(body(p.articles[2]), '东江区新建的文化广场夜景。');
    assert.ok(p.articles[1]?.body.some((b) => b.text === '老店迎来新客'), JSON.stringify(p.articles[1]?.body));
  });
  it('reads a credit whose role word stands alone over its name in a column of a few characters (`（记者` / `江枫 摄）`) as the caption\'s (style A)', () => {
    // As `relayout` sets the test stories at widths 6–10: the credit had been read as the caption's text.
    const p = parse([...HEADER, '本报讯 1月9日', '起，城区新开', '通两条公交线', '路。', '', '新开两条公交线路', '', '1月9日，', '白鹭镇的果', '农在果园里', '修剪果树。', ' （记者 ', '江枫 摄）', '', ''].join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.deepEqual([body(photo), photo?.byline.photographers], ['1月9日，白鹭镇的果农在果园里修剪果树。', ['江枫']]);
  });
  it('never reads an interview\'s question a narrow column wrapped after its colon (`记者：今年政` / `务服务…`, `记者：下一步`) as a byline (style A)', () => {
    // As `relayout` sets the test stories at widths 6–7: `今年政` and `下一步` had been read as reporters' names, the
    // interview cut into three pieces.
    const p = parse([...HEADER, '本报记者 许', '诺', '', '记者：今年政', '务服务有哪些', '新变化？', '', '负责人：我们', '推行“一窗受', '理、集成服', '务”，群众办', '事平均用时缩', '短了一半。', '', '记者：下一步', '还有什么打', '算？', '', '负责人：我们', '将把更多事项', '搬到网上。', '', '让群众办事更方便', '——访临溪镇政务服务中心负责人', ''].join('\n'));
    assert.equal(p.articles.length, 1);
    assert.deepEqual([p.articles[0]?.kind, p.articles[0]?.byline.reporters], ['feature', ['许诺']]);
    assert.ok(body(p.articles[0]).includes('记者：下一步还有什么打算？'), body(p.articles[0]));
  });
  it('gives the last lines of headlines set large, run into a lead\'s line one space apart, back to their columns (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 50` (page 2): `本报讯【记者 方晓】3月21 区改造 工作会议` over `日，白鹭镇召开…`,
    // the row of large type moving the lead twelve cells left of its column: the lead had read `3月21区改造工作会议日`
    // (no date) and the two headlines beside it had lost their last lines.
    const p = parse(readFileSync(new URL('pages/layout-headline-tails-in-a-lead-row.txt', import.meta.url), 'utf8'));
    const flood = find(p.articles, '本报讯【记者方晓】3月21日，白鹭镇召开防汛工作会议');
    assert.equal(flood?.date, '2023-03-21');
    assert.ok(p.articles.some((a) => a.headline?.main.replace(/\s/g, '') === '多地加快推进老旧小区改造'));
    assert.ok(p.articles.some((a) => a.headline?.main.replace(/\s/g, '') === '示范区召开安全生产工作会议'));
  });
  it('reads a column\'s rows a picture leaves empty beside a byline set right in the column left of it as a picture\'s gap (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 44` (page 9): ten rows empty in the second column, the first column's
    // `（记者 范文）` set right among them ending before it; the caption under the picture had been read into the report above.
    const p = parse(readFileSync(new URL('pages/layout-caption-under-a-byline-set-right.txt', import.meta.url), 'utf8'));
    const heat = find(p.articles, '日前，东江区完成冬季供暖');
    assert.ok(body(heat).endsWith('确保居民按时用暖。（记者邵宁）'), body(heat));
    assert.deepEqual(heat?.byline.reporters, ['邵宁']);
    assert.ok(p.articles.some((a) => a.kind === 'photo' && body(a) === '东江区湿地公园里，成群的白鹭在水面上觅食嬉戏。'));
  });
  it('keeps a caption apart from a line of a lead an export\'s stray double space set off as a column (style C)', () => {
    // A page `relayout` made (stories, every variation): `…报道  7月15日，记者从白鹭镇统计局获` read as two columns put its
    // second piece out of order; with the caption of a small picture after it, the two had been read as one caption.
    const p = parse(readFileSync(new URL('pages/export-stray-double-space-and-a-caption.txt', import.meta.url), 'utf8'));
    assert.ok(p.articles.some((a) => a.kind === 'photo' && body(a) === '白鹭镇新建的文化广场夜景。'), JSON.stringify(p.articles.filter((a) => a.kind === 'photo').map(body)));
  });
  it('reads a caption\'s last word or two OCR set apart after a blank line, its credit beside it (`产基地。 本报记者 韩冰 摄`), with the lines above it (tesseract, style A)', () => {
    // As on a page made by `npm run real-pages -- --seed 52` (page 3): the caption's first lines had gone to the report above.
    const p = parse([
      '示范区召开安全生产工作会议', '', '本报讯（记者 高翔）7月25日，示范区召开', '安全生产工作会议，部署下一阶段工作。', '',
      '7月24日，某材料公司医用热转印膜生产线员工在查看彩色转印膜密度。该公司是示范区膜产业核心企', '业，年产医用热转印膜4200万平方米，国内市场占有率达85%，是我国热转印耗材的科研、开发、生', '',
      '产基地。 本报记者 韩冰 摄', '', '图书馆延长开放时间', '', '本报讯（通讯员 常乐）即日起，市图书馆', '每天开放时间延长至晚上九点。', '',
    ].join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.ok(body(photo).startsWith('7月24日，某材料公司') && body(photo).endsWith('开发、生产基地。'), body(photo));
    assert.deepEqual(photo?.byline.photographers, ['韩冰']);
    assert.ok(body(p.articles[0]).endsWith('部署下一阶段工作。'), body(p.articles[0]));
  });
  it('reads a headline set centred over its column\'s text, a report opening under it with no blank line, as that report\'s headline (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 52` (page 4): `百年古桥完成保护性修缮` three cells right of its column, over
    // `近日，位于白鹭镇…`, had been read as an indented paragraph and joined to the brief in the column before it.
    const p = parse(readFileSync(new URL('pages/layout-headline-centred-over-its-text.txt', import.meta.url), 'utf8'));
    const bridge = find(p.articles, '近日，位于白鹭镇的一座百年石拱古桥');
    assert.equal(bridge?.headline?.main, '百年古桥完成保护性修缮');
    const library = p.articles.find((a) => a.headline?.main === '图书馆延长开放时间');
    assert.deepEqual([body(library), library?.byline.correspondents], ['本报讯（通讯员潘峰）即日起，市图书馆每天开放时间延长至晚上九点，方便读者下班后借阅图书。', ['潘峰']]);
  });
  it('keeps a caption of one sentence to itself where the paragraph the picture cut goes on after its credit (`…再也不用担心` / caption / `了。”在巷子里…`) (tesseract, style A)', () => {
    // As on a page made by `npm run real-pages -- --seed 28` (page 8): the caption had taken the feature's section above it.
    const p = parse([
      '老街巷里的新生活', '', '本报记者 范文 文/图', '', '清晨七点，老城区的巷子里', '已经热闹起来。', '', '小巷换新颜', '',
      '去年以来，老城区启动了背', '街小巷改造工程。', '', '“以前一下雨，门口就', '积水，现在再也不用担心', '',
      '青川县新建的文化广场夜景。', '(资料图片)', '', '了。”在巷子里住了四十多', '年的刘大爷笑着说。', '',
    ].join('\n'));
    assert.deepEqual(p.articles.map((a) => a.kind), ['feature', 'photo']);
    assert.equal(body(p.articles[1]), '青川县新建的文化广场夜景。');
    assert.ok(body(p.articles[0]).includes('街小巷改造工程。'), body(p.articles[0]));
  });
  it('keeps a caption to itself where a column\'s paragraph the picture cut goes on after its credit, whatever it goes on with (tesseract, style A)', () => {
    // As on a page made by `npm run real-pages -- --seed 54` (page 8): `…三大产业` / caption / `(资料图片)` / `合计贡献了…`;
    // the caption had taken the paragraph above it, and the report had lost its middle.
    const p = parse([
      '某县重点项目建设提速', '', '本报讯（记者 林峰）1月17日，记者', '从某县发改委获悉，全县经济运行稳', '中向好。', '',
      '据介绍，今年以来，该县坚', '持把项目建设作为稳增长的关键', '抓手，先后开工建设重点项目46', '个。电子信息、新材料两大产业', '',
      '某县新建的文化广场夜景。', '', '(资料图片)', '', '合计贡献了全县工业增长的七成', '以上。', '',
      '图书馆延长开放时间', '', '本报讯（通讯员 常乐）即日起，市图书馆', '每天开放时间延长至晚上九点。', '',
    ].join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '某县新建的文化广场夜景。');
    assert.ok(body(p.articles[0]).includes('据介绍，今年以来') && body(p.articles[0]).endsWith('七成以上。'), body(p.articles[0]));
  });
  it('gives a credit OCR read after a headline and a paragraph the caption that points at its picture a few blocks above (tesseract, style A)', () => {
    // As on a page made by `npm run real-pages -- --seed 54` (page 10): `全7月25日，…抢收小麦。` (OCR's `▲`), a headline, a
    // paragraph, then `新华社发`: the credit had taken the paragraph, and the caption had gone into the feature above.
    const p = parse([
      '新春走基层', '', '本报记者 秦朗', '', '编者按：春节期间，许多人坚守在工作', '岗位上，用辛勤付出守护着万家团圆。', '',
      '全7月25日，某县的村民在田间抢收小麦。', '', '守护万家灯火的人', '',
      '除夕夜十一点，供电所的值班室里依然', '灯火通明，班长又开始检查巡线计划。', '', '新华社发', '',
      '“过年用电负荷大，我们多守一会儿。”', '老周说。', '',
    ].join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '全7月25日，某县的村民在田间抢收小麦。');
    assert.ok(p.articles.some((a) => a.kind !== 'photo' && body(a).includes('除夕夜十一点')), JSON.stringify(p.articles.map(body)));
  });
  it('cuts a row of headlines OCR read across the page at a rule read as `“”`, and gives a feature whose headline and byline stood in that row the sections read later as reports of their own (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 54` (page 3): `市民运动会篮球决赛 “” 老街埠里的新生活` over `落幕` and
    // `本报记者岳峰文/图`; the two headlines had been one, and the feature's sections (`小埠换新颜`, `老店迎来新客`) two
    // reports with neither lead nor byline.
    const p = parse(readFileSync(new URL('pages/ocr-feature-head-in-a-row-of-headlines.txt', import.meta.url), 'utf8'));
    assert.ok(p.articles.some((a) => a.headline?.main === '市民运动会篮球决赛\n落幕'), JSON.stringify(p.articles.map((a) => a.headline?.main)));
    const feature = p.articles.find((a) => a.headline?.main === '老街埠里的新生活');
    assert.equal(feature?.kind, 'feature');
    assert.deepEqual(feature?.byline.reporters, ['岳峰']);
    assert.ok(body(feature).includes('去年以来，老城区') && body(feature).includes('改造不仅改善了居住环境'), body(feature));
    assert.ok(!p.articles.some((a) => a.headline?.main === '小埠换新颜' || a.headline?.main === '老店迎来新客'));
  });
  it('gives a feature with a byline of its own and no text the sections read later, and the headline OCR read in the row over the byline (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 28` (page 11): `老街埠里的新生活` at the far right of the first row, the
    // byline under it; the headline had been dropped as having no text, and the sections read as two reports.
    const p = parse(readFileSync(new URL('pages/ocr-feature-head-over-its-byline-alone.txt', import.meta.url), 'utf8'));
    const feature = p.articles.find((a) => a.kind === 'feature');
    assert.equal(feature?.headline?.main, '老街埠里的新生活');
    assert.deepEqual(feature?.byline.reporters, ['金涛']);
    assert.ok(body(feature).includes('去年以来，老城区') && body(feature).includes('改造不仅改善了居住环境'), body(feature));
  });
  it('reads a headline set large in a narrow column whose lines OCR read around the lead\'s first line as one headline (tesseract)', () => {
    // As on pages made by `npm run real-pages` (seed 31 page 10, seed 28 page 9): `乡村夜市点亮;` (a stray mark off the large
    // type) over the lead, `消费新场景` inside its first sentence; the first had been read as the text above's, the second dropped.
    const p = parse([
      '某县召开民营企业座谈会', '', '本报讯（记者 林峰）1月17日，某', '县召开民营企业座谈会，听取企业', '对优化营商环境的意见建议。会议',
      '要求，各部门要主动靠前服务，帮', '助企业解决融资、用工等难题。', '',
      '乡村夜市点亮;', '', '本报讯（融媒体记者 邵宁）17', '日晚，某镇乡村夜市正式开市，', '', '消费新场景', '',
      '特色小吃、农副产品和文创摊位吸', '引了众多市民。据了解，夜市将持', '续至年底，每周五至周日开放，带', '动周边农户增收。', '',
    ].join('\n'));
    const market = find(p.articles, '本报讯（融媒体记者邵宁）17日晚');
    assert.equal(market?.headline?.main, '乡村夜市点亮；\n消费新场景');
    assert.ok(body(market).includes('正式开市，特色小吃、农副产品和文创摊位吸引了众多市民。'), body(market));
    assert.ok(body(p.articles[0]).endsWith('用工等难题。'), body(p.articles[0]));
    assert.deepEqual(p.dropped, []);
  });
  it('gives a credit OCR set at a column\'s foot the sentence a picture set between a paragraph\'s two parts, not the paragraph over the credit (tesseract)', () => {
    // As on a page made by `npm run real-pages -- --seed 36` (page 6): `…再也不用担心` / `3月21日，…修剪果树。` / `了。 在巷子里…`,
    // the credit `(记者 白露 摄)` under the feature's last paragraph, which it had taken for its caption.
    const p = parse([
      '老街巷里的新生活', '', '本报记者 喜悦 文/图', '', '清晨七点，老城区的巷', '子里已经热闹起来。卖早点', '的摊位前排起了长队。', '',
      '“以前一下雨，门口就', '积水，现在再也不用担心', '', '3月21日，某区的果农在果园里修剪果树。', '', '了。”在巷子里住了四十多', '年的刘大爷笑着说。', '',
      '老店迎来新客', '', '改造不仅改善了居住环', '境，也带来了新的商机。', '',
      '街道办事处负责人介', '绍，今年还将改造12条背街', '小巷，让更多居民享受到改', '造带来的便利。', '', '(记者 白露 摄)', '',
    ].join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '3月21日，某区的果农在果园里修剪果树。');
    assert.deepEqual(photo?.byline.photographers, ['白露']);
    const feature = p.articles.find((a) => a.kind === 'feature');
    assert.ok(body(feature).includes('再也不用担心了。”在巷子里') && body(feature).endsWith('改造带来的便利。'), body(feature));
  });
  it('reads a sentence saying what a picture shows, set wider than the column between a paragraph\'s two parts, as the caption of the credit at the column\'s foot (tesseract)', () => {
    // As on a page made by `npm run real-pages -- --seed 44` (page 7): `…刚刚处理完` / `3月21日，…修剪果树。` / `一起线路故障，…`.
    const p = parse([
      '新春走基层', '', '守护万家灯火的人', '', '本报记者 温岚', '',
      '编者按：春节期间，许多人坚守在工', '作岗位上，用辛勤付出守护着万家团圆。', '即日起，本报推出“新春走基层”专栏，', '讲述他们的故事。', '',
      '除夕夜十一点，供电所的值班室里依', '然灯火通明。抢修班班长老周刚刚处理完', '', '3月21日，某镇的果农在果园里修剪果树。', '',
      '一起线路故障，顾不上吃口热饭，又开始', '检查第二天的巡线计划。', '',
      '“过年用电负荷大，我们多守一会', '儿，大家就能安安心心过个好年。”老周', '说。这已经是他在岗位上度过的第十五个', '除夕。', '', '(记者 许诺 摄)', '',
    ].join('\n'));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.equal(body(photo), '3月21日，某镇的果农在果园里修剪果树。');
    assert.deepEqual(photo?.byline.photographers, ['许诺']);
    const feature = p.articles.find((a) => a.kind === 'feature');
    assert.ok(body(feature).includes('刚刚处理完一起线路故障') && body(feature).endsWith('第十五个除夕。'), body(feature));
  });
  it('reads a headline set large in a narrow column whose last line OCR read after the lead\'s paragraph as one headline, and a credit\'s 摄 a blank line set apart as the credit\'s (tesseract)', () => {
    // As on a page made by `npm run real-pages -- --seed 56` (page 5): `乡村夜市点亮;` / lead / `消费新场景` / `据了解，…`, and
    // `…装箱。 记者 苏航` / blank / `摄`; the headline's last line had opened a report of its own, which took the caption.
    const p = parse([
      '某县召开民营企业座谈会', '', '本报讯（记者 林峰）1月17日，某', '县召开民营企业座谈会，听取企业', '对优化营商环境的意见建议。会议',
      '要求，各部门要主动靠前服务，帮', '助企业解决融资、用工等难题。', '',
      '乡村夜市点亮;', '', '本报讯（融媒体记者 华', '安）21日晚，某镇乡村夜', '市正式开市，特色小吃、农', '', '副产品和文创摊位吸引了众', '多市民。', '',
      '消费新场景', '', '据了解，夜市将持续至', '年底，每周五至周日开放，', '带动周边农户增收。', '',
      '3月21日，某镇一家农业合作社的社员在大棚里采摘草莓。图为社员将采摘的草莓装箱。 记者 苏航', '', '摄', '',
    ].join('\n'));
    const market = find(p.articles, '本报讯（融媒体记者华安）21日晚');
    assert.equal(market?.headline?.main, '乡村夜市点亮；\n消费新场景');
    assert.ok(body(market).endsWith('带动周边农户增收。'), body(market));
    const photo = p.articles.find((a) => a.kind === 'photo');
    assert.ok(body(photo).endsWith('图为社员将采摘的草莓装箱。'), body(photo));
    assert.deepEqual(photo?.byline.photographers, ['苏航']);
    // A brief with no lead after a brief with one, its headline as short, is a brief of its own: no stray mark says large type.
    const briefs = parse([
      '新开两条公交线路', '', '本报讯 7月25日起，城区新开通两', '条公交线路，连接高铁站和几个大', '型居民区，市民出行更加便捷。', '',
      '图书馆延时开放', '', '市图书馆每天开放时间延长至晚上', '九点，方便读者下班后借阅图书。', '',
    ].join('\n'));
    assert.deepEqual(briefs.articles.map((a) => a.headline?.main), ['新开两条公交线路', '图书馆延时开放']);
  });
  it('cuts no line for a column inside a byline or a credit: after a role word, or before the credit\'s last word (pdftotext -layout, tesseract)', () => {
    // Pages made by `npm run real-pages` (seed 46 page 6, -layout: `…签约仪式现场。 本报记者 唐晓东 摄` set across the columns,
    // cut at `记者 | 唐晓东` and then at `唐晓东 | 摄`; seed 56 page 3, tesseract: `本报记者 罗兰 本报通讯员 | 林峰`).
    const layout = parse(readFileSync(new URL('pages/layout-credit-role-word-at-a-column-start.txt', import.meta.url), 'utf8'));
    const photo = layout.articles.find((a) => a.kind === 'photo' && body(a).startsWith('图为'));
    assert.equal(body(photo), '图为焦作国家创新型特色园区招商引资项目签约仪式现场。');
    assert.deepEqual(photo?.byline.photographers, ['唐晓东']);
    const ocr = parse(readFileSync(new URL('pages/ocr-byline-two-roles-over-columns.txt', import.meta.url), 'utf8'));
    const feature = ocr.articles.find((a) => a.kind === 'feature');
    assert.deepEqual([feature?.byline.reporters, feature?.byline.correspondents], [['罗兰'], ['林峰']]);
  });
  it('doubts the columns of `pdftotext -layout` only on lines it cut at one space, not where its gaps set them apart', () => {
    // Every article of a page of columns had said `columns read by position` (88 % of the articles of sixteen sets of
    // real pages): a review list of everything. Where the columns stand two spaces apart or more, their reading is sure.
    const p = parse(readFileSync(new URL('pages/layout-paragraphs-indented.txt', import.meta.url), 'utf8'));
    const doubted = (main: string) => p.articles.find((a) => a.headline?.main === main)?.doubts?.includes('columns read by position') ?? false;
    assert.deepEqual(
      ['社区开展义诊活动', '让实干成为最鲜明的底色', '新开两条公交线路'].map(doubted),
      [false, false, true],
    );
  });
  it('cuts a signature run into a wire lead\'s line inside its open bracket, where the next column starts a cell or two past the line\'s end (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 58` (page 2): `新华社北京1月17日电（记者 杜鹃 许 □ 卢婷` over `诺）记者从…`;
    // the feature's signature had been read into the wire copy's byline, which gave no name.
    const p = parse(readFileSync(new URL('pages/layout-signature-run-into-an-open-bracket.txt', import.meta.url), 'utf8'));
    const wire = find(p.articles, '新华社北京1月17日电');
    assert.deepEqual(wire?.byline.reporters, ['杜鹃', '许诺']);
    const feature = p.articles.find((a) => a.kind === 'feature' && body(a).startsWith('老屋门前'));
    assert.deepEqual(feature?.byline.reporters, ['卢婷']);
  });
  it('reads a masthead row set right over the headlines (no blank line) as a row of its own, its bare 版次 after the date too (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 58` (page 8): `北川日报   2025年3月22日 星期六   12 县域   责编：于洋` over
    // `新春走基层   东江区新建三所乡村学校投 …`; the date's column had run on into the brief's headline, read as the masthead's.
    const p = parse(readFileSync(new URL('pages/layout-masthead-row-over-headlines.txt', import.meta.url), 'utf8'));
    assert.deepEqual([p.printed.pageNumber, p.printed.pageName], [12, '县域']);
    const brief = find(p.articles, '日前，东江区新建的三所乡村学校');
    assert.equal(brief?.headline?.main, '东江区新建三所乡村学校投\n入使用');
    assert.deepEqual(brief?.byline.reporters, ['温岚']);
    assert.deepEqual(p.articles.find((a) => a.kind === 'feature')?.byline.reporters, ['秦朗']);
  });
  it('reads a lead\'s first line set a row under its second, a blank line between, where the first ends inside its byline\'s bracket and the second closes it (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 31` (page 2): `杰）全国春季农业生产暨春耕备` / blank /
    // `  本报北京3月21日讯（记者任`; the report had lost its byline and its headline's last line.
    const p = parse(readFileSync(new URL('pages/layout-lead-line-under-its-second.txt', import.meta.url), 'utf8'));
    const report = find(p.articles, '本报北京3月21日讯（记者任杰）全国春季农业生产暨春耕备耕现场会今天召开');
    assert.deepEqual(report?.byline.reporters, ['任杰']);
    assert.equal(report?.date, '2009-03-21');
    assert.equal(report?.headline?.main, '全国春季农业生产暨\n春耕备耕现场会召开');
  });
  it('gives a lead\'s line ending inside its byline\'s bracket the line a few rows under it that closes the bracket, read into the column beside (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 35` (page 8): `本报讯（融媒体记者` over `农副产品…` in one column, `白露）31日晚，…`
    // / `夜市正式开市，…` three rows under it in the next (a row of large type moved them); the report had lost its byline.
    const p = parse(readFileSync(new URL('pages/layout-byline-rest-in-the-next-column.txt', import.meta.url), 'utf8'));
    const market = find(p.articles, '本报讯（融媒体记者白露）31日晚，临溪镇乡村夜市正式开市，特色小吃、农副产品和文创摊位吸引了众多市民。');
    assert.deepEqual(market?.byline.reporters, ['白露']);
    // (The lead under it, its own bracket closed on the line after it, keeps its byline.)
    assert.ok(p.articles.some((a) => a.byline.reporters.includes('赵磊') && a.byline.correspondents.includes('诸葛亮明')));
  });
  it('cuts a row OCR read across the columns where a rule read as a quote mark runs into the text with no space (`…“三散”治理”初的“差”…`, `…防治工作“好”转变…`) (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 50` (page 4): five columns read as rows; where the rule between the
    // first two was read as `”` with no space around it, or the second column's line opened on a quote, the two
    // lines were one, read into the first column (and a row cut at a rule read with a space was cut no further).
    const text = readFileSync(new URL('pages/ocr-rule-run-into-a-row.txt', import.meta.url), 'utf8');
    const p = parse(text);
    const bodies = p.articles.map((a) => body(a).replace(/\s+/g, ''));
    for (const run of ['治理”茎秋冬季大气污染防治工作再安排', '年末的。“好”转变，第四季度各项指标明显好于前三个季度', '要求抓”好年初，打好基础，加压奋。进，坚决']) {
      assert.ok(bodies.some((b) => b.includes(run)), run);
    }
    assert.equal(checkLossless(text, p).total, 0);
  });
  it('doubts a report\'s headline that says none of its lead\'s words (another piece\'s lines read as its headline), not one that says them', () => {
    // Pages made by `npm run real-pages` (tesseract, seeds 58 and 60; pdftotext): a feature's words OCR set apart
    // (`是祖父` / `满树的`) read as the headline of the report under them, given out as sure.
    const doubts = (headline: string[]) => parse([...headline, '', '本报讯（记者 梁辰）7月1日，全省职业技能大赛在省城举行，六百余名选手参加了数控加工、电工等二十个项目的比赛。', ''].join('\n')).articles[0]?.doubts ?? [];
    assert.ok(doubts(['是祖父', '满树的']).includes('headline says nothing of its text'));
    assert.ok(!doubts(['全省职业技能大赛落幕']).includes('headline says nothing of its text'));
  });
  it('keeps text that opens on what only follows something said (`据了解，…`) in the report before it, under a line that says none of its words (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 60` (page 3): OCR misread a headline's last line set large
    // (`肯友新场景`) and set it after the report's lead; the report's last paragraph was read as an article of its own.
    const p = parse(['乡村夜市点亮', '', '本报讯 〈融媒体记者 方', '晓) 31日晚，南湖区乡村夜', '市正式开市，特色小吃、农', '副产品和文创摊位吸引了众', '多市民。', '', '肯友新场景', '',
      '据了解，夜市将持续至', '年底，每周五至周日开放，', '带动周边农户增收。', ''].join('\n'));
    assert.equal(p.articles.length, 1);
    assert.ok(body(p.articles[0]).endsWith('带动周边农户增收。'), body(p.articles[0]));
    // (Under a headline that says its words, such text is still an article of its own: its lead was lost.)
    const q = parse(['社区开展义诊活动', '', '本报讯（记者 夏阳）3月21日，东江区卫生院医护', '人员走进社区开展义诊。', '', '乡村夜市持续开放', '',
      '据了解，夜市将持续至', '年底，每周五至周日开放，', '带动周边农户增收。', ''].join('\n'));
    assert.equal(q.articles.length, 2);
  });
  it('gives a headline\'s short second line the column its first line went to, where that line stood in its neighbour\'s column (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 60` (page 4): `青川县部署秋冬季造 示范区开出第一张财` over
    // `林绿化工作     政电子票据`, the second headline's lines standing nearer the first's column than their own;
    // its second line went under the first headline, whose brief was lost.
    const p = parse(readFileSync(new URL('pages/layout-twin-headlines-second-line-under-the-second.txt', import.meta.url), 'utf8'));
    assert.equal(find(p.articles, '本报讯（记者韩冰）2005年12')?.headline?.main, '示范区开出第一张财\n政电子票据');
    assert.equal(find(p.articles, '12月31日，青川县召开秋冬季')?.headline?.main, '青川县部署秋冬季造\n林绿化工作');
  });
  it('gives a kicker standing alone over its text the main headline set on the same row in the column left of it, which says the text\'s words (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 31` (page 9): `…宣讲报 守护万家灯火的人      新春走基层`, the main
    // headline set large shifted a column left of its kicker; it was dropped as a headline whose article was lost.
    const p = parse(readFileSync(new URL('pages/layout-main-headline-beside-its-kicker.txt', import.meta.url), 'utf8'));
    const feature = find(p.articles, '编者按：春节期间');
    assert.deepEqual([feature?.headline?.kicker, feature?.headline?.main], ['新春走基层', '守护万家灯火的人']);
    assert.ok(!p.dropped.some((d) => d.text.includes('守护万家灯火的人')));
  });
  it('warns of columns run together where most of the page\'s lines hold two or more, the usual line being several columns long (pdftotext)', () => {
    // A page made by `npm run real-pages -- --seed 20` (page 1): pdftotext ran two and three columns together on
    // nearly every line (`区上下认真贯彻中央和省 育、结构调整、项目建设等`), so the page's usual line was that long and no
    // line looked run together: the page said nothing of it.
    const p = parse(readFileSync(new URL('pages/pdftotext-every-line-two-columns.txt', import.meta.url), 'utf8'));
    assert.ok(p.warnings.some((w) => w.message.startsWith('columns run together')), p.warnings.map((w) => w.message).join('\n'));
    assert.ok(p.articles.some((a) => a.doubts?.includes('merged columns')));
  });
  it('reads a sentence between a report its byline closed and a credited caption as a caption without credit, not the report going on (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 44` (page 9; seed 52 page 7 alike): `…确保居民按时用暖。(记` / `者 邵宁)` /
    // blank / `东江区湿地公园里，成群的白匣在水` / `面上现食嬉戏。` / blank / `3月21日，东江区的果农…`: the sentence had run on into
    // the report's last paragraph after its byline, and the report lost its byline.
    const p = parse(readFileSync(new URL('pages/ocr-caption-after-a-signed-report.txt', import.meta.url), 'utf8'));
    const brief = find(p.articles, '日前，东江区完成冬季');
    assert.ok(!body(brief).includes('湿地公园'), body(brief));
    assert.deepEqual(brief?.byline.reporters, ['邵宁']);
    const photo = p.articles.find((a) => a.kind === 'photo' && body(a).includes('湿地公园'));
    assert.deepEqual(photo?.doubts, ['caption without credit']);
  });
  it('starts a caption at its line opening on its day, its credit under it, where the line above ends another piece\'s sentence (tesseract, pdftotext)', () => {
    // A page made by `npm run real-pages -- --seed 16` (page 9): `供二维码缴款、POS机刷卡等快捷便民服务。` / `12月31日，松林县的果农…
    // 修剪果树。` / `(记者 方晓 摄)`, no blank line between: a report's last line had been read as the caption's first.
    const p = parse(readFileSync(new URL('pages/ocr-caption-on-its-day-under-a-finished-line.txt', import.meta.url), 'utf8'));
    const photo = p.articles.find((a) => a.kind === 'photo' && body(a).includes('修剪果树'));
    assert.equal(body(photo), '12月31日，松林县的果农在果园里修剪果树。');
    assert.deepEqual(photo?.byline.photographers, ['方晓']);
  });
  it('does not take an interview\'s last turn into the caption under it (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 54` (page 12): `负责人: 我们将把更多事项搬到网上，…` / blank /
    // `图为…签约仪式现场。` / `本报记者 林峰 摄`: the caption had taken the answer, the interview lost it.
    const p = parse(readFileSync(new URL('pages/ocr-caption-under-an-interview-turn.txt', import.meta.url), 'utf8'));
    const photo = p.articles.find((a) => a.kind === 'photo' && body(a).includes('签约仪式现场'));
    assert.ok(body(photo).startsWith('图为'), body(photo));
    assert.ok(body(p.articles.find((a) => a.kind === 'feature' && body(a).startsWith('记者'))).includes('群众少跑腿。'));
  });
  it('reads a caption\'s lines set across the columns, OCR\'s blank line between them, as one caption, not a line one sentence under another\'s (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 54` (page 6): `去年以来，厦工机械…业绩逆势上扬。` / blank / `截至去年年底，…
    // 图为近日，该公司开足马力在生产。` / blank / `本报记者曹雪芹 摄`: the caption had lost its first line, left an article
    // of its own; the uncredited caption over it (`…湿地公园里，…嬉戏。`), narrower, stays apart.
    const p = parse(readFileSync(new URL('pages/ocr-caption-lines-across-blank-between.txt', import.meta.url), 'utf8'));
    const photo = p.articles.find((a) => a.kind === 'photo' && body(a).includes('开足马力'));
    assert.ok(body(photo).startsWith('去年以来，厦工机械'), body(photo));
    assert.ok(p.articles.some((a) => a.kind === 'photo' && body(a).startsWith('南湖区湿地公园')));
  });
  it('reads a caption set across the columns whose last line, a word\'s end, stands beside its credit, as one caption (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 62` (page 1): `…图为近` / blank / `日，该公司开足马力在生产。 本报记者 高翔摄`:
    // the last line, far shorter than the lines above, had been read as the whole caption, the rest an article of its own.
    const p = parse(readFileSync(new URL('pages/ocr-caption-last-line-beside-its-credit.txt', import.meta.url), 'utf8'));
    const photo = p.articles.find((a) => a.kind === 'photo' && body(a).includes('开足马力'));
    assert.ok(body(photo).startsWith('去年以来，厦工机械'), body(photo));
    assert.deepEqual(photo?.byline.photographers, ['高翔']);
  });
  it('gives a lead read on a row of headlines, stopping mid-sentence, the text after it that opens on a word\'s end after another piece\'s finished sentence (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 31` (page 11): `…松林县部署防汛工作` / `社区开展义诊活动   本报讯【记者 金涛】
    // 1月17日，松林县召开防汛工作会`, the brief beside it, then `议，部署今年防汛工作。`: that went on the brief's text.
    const p = parse(readFileSync(new URL('pages/ocr-lead-on-a-headline-row-goes-on-later.txt', import.meta.url), 'utf8'));
    const flood = find(p.articles, '本报讯【记者金涛】');
    assert.ok(body(flood).replace(/\s+/g, '').includes('防汛工作会议，部署今年防汛工作。'), body(flood));
    assert.ok(body(find(p.articles, '本报讯〈记者方晓）')).endsWith('三百余份。'));
  });
  it('keeps text with neither headline nor lead that opens on what only follows something said (`会议要求，…`) with the report before it, doubted (tesseract, pdftotext)', () => {
    // A page made by `npm run real-pages -- --seed 31` (page 6): the headline's last line OCR set after the lead (`会召开`)
    // went to another report by its words, and the report's last paragraph was published as an untitled article.
    const p = parse(readFileSync(new URL('pages/ocr-meeting-text-after-its-report.txt', import.meta.url), 'utf8'));
    const report = find(p.articles, '本报北京');
    assert.ok(body(report).endsWith('帮助农民解决生产中遇到的实际困难。'), body(report));
    assert.ok(report?.doubts?.includes('text joined by what it says'));
    assert.ok(!p.articles.some((a) => body(a).startsWith('会议要求，各地要加强')));
  });
  it('takes no line of a column\'s width that opens mid-sentence for a caption without credit, however many blank lines over it (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 16` (page 8): a row of large type moved a report's last line,
    // `隐患，确保安全度汛。`, under blank lines; it was published as a picture's caption.
    const p = parse(readFileSync(new URL('pages/layout-fragment-after-a-gap-no-caption.txt', import.meta.url), 'utf8'));
    assert.ok(!p.articles.some((a) => a.kind === 'photo' && body(a).startsWith('隐患，')));
    assert.ok(p.articles.some((a) => a.kind === 'news' && body(a).includes('隐患，确保安全度汛。')));
  });
  it('reads a line on a row of headlines that runs into the text under it mid-word as that text\'s first line, not a headline (pdftotext -layout)', () => {
    // A page made by `npm run real-pages -- --seed 28` (page 10): `本届大赛共决出一等奖二十` / `名，获奖选手将按规定晋升…`:
    // the line had been the headline of an article opening `名，…`.
    const p = parse(readFileSync(new URL('pages/layout-text-line-on-a-headline-row.txt', import.meta.url), 'utf8'));
    assert.ok(!p.articles.some((a) => a.headline?.main.startsWith('本届大赛')));
    assert.ok(p.articles.some((a) => body(a).includes('本届大赛共决出一等奖二十名，获奖选手')));
  });
  it('reads a deck opening on its dash as OCR reads it (`一一…`, a stray mark off large type in it) as the headline\'s, not text (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 52` (page 8): the deck had been published as an untitled article.
    const p = parse(['临溪镇一季度经济运行', '工业产值同比增长一成以上', '', '一一重点项目建设提速 企业用工需;', '旺盛', '',
      '本报讯 记者方晓 通讯员岳峰 报道 12月', '31日，记者从临溪镇统计局获悉，一季度全', '县规模以上工业总产值同比增长12.3%。', ''].join('\n'));
    assert.equal(p.articles.length, 1);
    assert.ok(p.articles[0]?.headline?.sub?.includes('重点项目建设提速'), JSON.stringify(p.articles[0]?.headline));
  });
  it('completes a lead cut inside its date whose month\'s figure OCR misread as a bar (`…金涛) ] 月` / `17日晚，…`) (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 50` (page 3): the lead stood alone, its report's text under another headline.
    const p = parse(readFileSync(new URL('pages/ocr-lead-month-misread-as-a-bar.txt', import.meta.url), 'utf8'));
    const race = p.articles.find((a) => a.byline.reporters.includes('梁辰'));
    assert.ok(body(race).includes('东城队以78'), body(race));
  });
  it('takes a caption opening on its mark, set in a column\'s paragraph that stops mid-sentence over it, alone, not the paragraph\'s rest under it (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 64` (page 9): `…先后开工建设重` / `全7月25日，…抢收小麦。` (▲ read as 全) /
    // `点项目46个，…`; the credit at the column's foot had taken the caption and the report's last two paragraphs.
    const p = parse(readFileSync(new URL('pages/ocr-pointing-caption-inside-a-paragraph.txt', import.meta.url), 'utf8'));
    const photo = p.articles.find((a) => a.kind === 'photo' && body(a).includes('抢收小麦'));
    assert.equal(body(photo), '全7月25日，东江区的村民在田间抢收小麦。');
    assert.ok(p.articles.some((a) => a.kind === 'news' && body(a).includes('点项目46个')));
  });
  it('gives the credit at a column\'s foot to the caption on its day set in a lead\'s paragraph, and the paragraph its second part back (tesseract)', () => {
    // A page made by `npm run real-pages -- --seed 64` (page 10): `…危险化学品` / `3月21日，白葬镇的果农…修剪果树。` / `领域要持续
    // 开展…` … `(记者 华安 摄)`: the credit had taken the paragraph's second part as its caption, the caption had none.
    const p = parse(readFileSync(new URL('pages/ocr-caption-in-a-lead-paragraph-credit-at-foot.txt', import.meta.url), 'utf8'));
    const photo = p.articles.find((a) => a.kind === 'photo' && body(a).includes('修剪果树'));
    assert.deepEqual(photo?.byline.photographers, ['华安']);
    assert.ok(p.articles.some((a) => a.kind === 'news' && body(a).replace(/\s+/g, '').includes('危险化学品领域要持续开展安全综合治理')));
  });
  it('keeps what a meeting asked (`会议要求，…`) off a report before it that tells of no meeting (style A)', () => {
    // A page laid out by the property tests (style A, 41–60 characters a line): the paragraph had gone on the bus brief.
    const p = parse(readFileSync(new URL('pages/style-a-meeting-text-after-another-brief.txt', import.meta.url), 'utf8'));
    assert.ok(body(find(p.articles, '本报讯5月13日起')).endsWith('市民出行更加便捷。'), body(find(p.articles, '本报讯5月13日起')));
  });
});
