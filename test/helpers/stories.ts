/**
 * Stories for printed test pages: conventions the seed pages never showed
 * (wire copy, bylines after the body or closing the last paragraph, 文/图,
 * 本报评论员, 编者按, 融媒体记者, captions with credits (in parentheses too) and
 * without, credits naming a source (新华社发, 资料图片), 【】 brackets, an essay signed
 * `□ X`, 日前 / 近日 / date ranges / the day alone, 简讯), written here with other
 * papers' names and places, and the seed pages' own articles turned into
 * stories. Dates are set relative to the issue date, people drawn from a pool.
 */
import type { Article, Page } from '../../src/model.ts';
import { addDays, formatDate, parseIso } from '../../src/parse/dates.ts';
import type { Story } from '../../src/synth/print.ts';
import { pick, shuffle } from '../../src/synth/random.ts';
import { shiftYears, swapNames } from '../../src/synth/vary.ts';

const PEOPLE = ['程远', '方晓', '任杰', '彭悦', '邵宁', '苏航', '卢婷', '钟鸣', '龚琳', '潘峰', '白露', '夏阳', '梁辰', '范文', '杜鹃', '金涛', '韦华', '秦朗', '江枫', '常乐', '许诺', '叶青', '陆远', '沈星', '温岚', '戴玉', '尹航', '岳峰', '华安', '苗禾'];
const PLACES = ['青川县', '东江区', '白鹭镇', '松林县', '南湖区', '临溪镇'];

interface Ctx {
  /** Month and day of the day before the issue: `3`, `15`. */
  m: number;
  d: number;
  date: string;
  issue: string;
  place: string;
  person: () => string;
}

type Make = (c: Ctx) => Story;
const P = (text: string) => ({ text });
const none = { reporters: [], correspondents: [], photographers: [] };

/** Each a story in a convention of its own. */
const MAKERS: Make[] = [
  // Wire copy: `新华社北京3月15日电（记者 张三 李四）`.
  (c) => {
    const [a, b] = [c.person(), c.person()];
    return {
      kind: 'news', main: '多地加快推进老旧小区改造',
      paragraphs: [
        P(`新华社北京${c.m}月${c.d}日电（记者 ${a} ${b}）记者从住房和城乡建设部获悉，今年以来各地加快推进城镇老旧小区改造，已开工改造小区一万余个，惠及居民两百余万户。`),
        P('有关负责人介绍，改造内容包括加装电梯、更新管网、完善无障碍设施等，重点解决群众反映强烈的急难愁盼问题。'),
        P('下一步，各地将统筹推进小区改造与社区服务设施建设，提高改造质量和群众满意度。'),
      ],
      reporters: [a, b], correspondents: [], photographers: [], date: c.date,
    };
  },
  // `本报讯 记者王五 通讯员赵六 报道`, with a kicker and a dashed deck.
  (c) => {
    const [a, b] = [c.person(), c.person()];
    return {
      kind: 'news', kicker: `${c.place}一季度经济运行`, main: '工业产值同比增长一成以上', deck: '——重点项目建设提速 企业用工需求旺盛',
      paragraphs: [
        P(`本报讯 记者${a} 通讯员${b} 报道 ${c.m}月${c.d}日，记者从${c.place}统计局获悉，一季度全县规模以上工业总产值同比增长12.3%，增速较去年同期提高2.1个百分点。`),
        P('据介绍，今年以来，该县坚持把项目建设作为稳增长的关键抓手，先后开工建设重点项目46个，完成投资58.6亿元。电子信息、装备制造、新材料三大产业合计贡献了全县工业增长的七成以上。'),
        P('在园区东部的一家电子元件企业，生产线正满负荷运转。企业负责人介绍，今年一季度订单量同比增长三成，计划再招聘技术工人200名。'),
        P('该县相关负责人表示，下一步将继续优化营商环境，强化要素保障，推动更多项目早投产、早见效。'),
      ],
      reporters: [a], correspondents: [b], photographers: [], date: c.date,
    };
  },
  // A byline after the body, a lead of `日前` (no date).
  (c) => {
    const a = c.person();
    return {
      kind: 'news', main: `${c.place}新建三所乡村学校投入使用`,
      paragraphs: [
        P(`日前，${c.place}新建的三所乡村学校正式投入使用，可新增学位一千八百个，附近村庄的孩子不用再到十几公里外的镇上上学。`),
        P('新学校配备了标准化的教室、实验室和运动场，并通过远程教学系统与城区学校结对，共享优质课程资源。'),
      ],
      endByline: `（记者 ${a}）`,
      reporters: [a], correspondents: [], photographers: [], date: null,
    };
  },
  // `本报记者 钱七 文/图`: a feature with subheads.
  (c) => {
    const a = c.person();
    return {
      kind: 'feature', main: '老街巷里的新生活', bylineLine: `本报记者 ${a} 文/图`,
      paragraphs: [
        P('清晨七点，老城区的巷子里已经热闹起来。卖早点的摊位前排起了长队，豆浆油条的香气飘满了街道。'),
        { text: '小巷换新颜', subhead: true },
        P('去年以来，老城区启动了背街小巷改造工程，铺设了新的路面，更换了老旧管网，还增设了休闲座椅和绿化带。居民们说，巷子变干净了，住着也更舒心了。'),
        P('“以前一下雨，门口就积水，现在再也不用担心了。”在巷子里住了四十多年的刘大爷笑着说。'),
        { text: '老店迎来新客', subhead: true },
        P('改造不仅改善了居住环境，也带来了新的商机。几家老字号重新开张，不少年轻人也回到巷子里开起了咖啡馆和书店。'),
        P('街道办事处负责人介绍，今年还将改造12条背街小巷，让更多居民享受到改造带来的便利。'),
      ],
      reporters: [a], correspondents: [], photographers: [a], date: c.issue,
    };
  },
  // `本报评论员`: a commentary, no names.
  (c) => ({
    kind: 'feature', main: '让实干成为最鲜明的底色', bylineLine: '本报评论员',
    paragraphs: [
      P('事业成于实干，发展贵在落实。面对新形势新任务，唯有真抓实干、埋头苦干，才能把蓝图变为现实。'),
      P('实干，就要敢于直面问题。对群众反映强烈的难点堵点，要拿出硬招实招，一项一项抓落实，一件一件见成效。'),
      P('实干，还要善于创新方法。要多到基层一线调查研究，从群众中汲取智慧，把工作做到群众心坎上。'),
    ],
    ...none, date: c.issue,
  }),
  // `编者按`: an editor's note opening a feature.
  (c) => {
    const a = c.person();
    return {
      kind: 'feature', kicker: '新春走基层', main: '守护万家灯火的人', bylineLine: `本报记者 ${a}`,
      paragraphs: [
        P('编者按：春节期间，许多人坚守在工作岗位上，用辛勤付出守护着万家团圆。即日起，本报推出“新春走基层”专栏，讲述他们的故事。'),
        P('除夕夜十一点，供电所的值班室里依然灯火通明。抢修班班长老周刚刚处理完一起线路故障，顾不上吃口热饭，又开始检查第二天的巡线计划。'),
        P('“过年用电负荷大，我们多守一会儿，大家就能安安心心过个好年。”老周说。这已经是他在岗位上度过的第十五个除夕。'),
      ],
      reporters: [a], correspondents: [], photographers: [], date: c.issue,
    };
  },
  // A photo: `图为……。 记者 X 摄`.
  (c) => {
    const a = c.person();
    return {
      kind: 'photo', paragraphs: [P(`${c.m}月${c.d}日，${c.place}一家农业合作社的社员在大棚里采摘草莓。图为社员将采摘的草莓装箱。`)],
      credit: `记者 ${a} 摄`, reporters: [], correspondents: [], photographers: [a], date: c.date,
    };
  },
  // A photo without a credit.
  (c) => ({
    kind: 'photo', paragraphs: [P(`${c.place}湿地公园里，成群的白鹭在水面上觅食嬉戏。`)],
    ...none, date: null,
  }),
  // A lead of `近日` and no marker at all.
  (c) => ({
    kind: 'news', main: '百年古桥完成保护性修缮',
    paragraphs: [
      P(`近日，位于${c.place}的一座百年石拱古桥完成保护性修缮，重新向游人开放。`),
      P('修缮工程历时半年，施工人员按照“修旧如旧”的原则，对桥面、栏板和桥墩进行了加固和修复，最大限度保留了古桥的历史风貌。'),
    ],
    ...none, date: null,
  }),
  // A date range: `3月15日至17日`.
  (c) => {
    const a = c.person();
    const end = addDays(parseIso(c.date), 2);
    const range = end.m === c.m ? `${c.m}月${c.d}日至${end.d}日` : `${c.m}月${c.d}日至${end.m}月${end.d}日`;
    return {
      kind: 'news', main: '全省职业技能大赛落幕',
      paragraphs: [
        P(`本报讯（记者 ${a}）${range}，全省职业技能大赛在省城举行，来自各地的六百余名选手参加了数控加工、电工、焊工等二十个项目的比赛。`),
        P('本届大赛共决出一等奖二十名，获奖选手将按规定晋升相应职业技能等级。'),
      ],
      reporters: [a], correspondents: [], photographers: [], date: c.date, dateEnd: formatDate(end),
    };
  },
  // `本报北京3月15日讯`, a long two-line headline.
  (c) => {
    const a = c.person();
    return {
      kind: 'news', main: '全国春季农业生产暨春耕备耕现场会召开',
      paragraphs: [
        P(`本报北京${c.m}月${c.d}日讯（记者${a}）全国春季农业生产暨春耕备耕现场会今天召开。会议强调，要抓好春季田间管理，稳定粮食播种面积，确保农资供应充足、价格稳定。`),
        P('会议要求，各地要加强病虫害监测预警，组织农技人员深入生产一线，帮助农民解决生产中遇到的实际困难。'),
      ],
      reporters: [a], correspondents: [], photographers: [], date: c.date,
    };
  },
  // 简讯: short items, several to a column.
  (c) => {
    const a = c.person();
    return {
      kind: 'news', main: '社区开展义诊活动', brief: true,
      paragraphs: [P(`本报讯（记者${a}）${c.m}月${c.d}日，${c.place}卫生院医护人员走进社区开展义诊，为居民免费测量血压、血糖，发放健康手册三百余份。`)],
      reporters: [a], correspondents: [], photographers: [], date: c.date,
    };
  },
  (c) => {
    const a = c.person();
    return {
      kind: 'news', main: '图书馆延长开放时间', brief: true,
      paragraphs: [P(`本报讯（通讯员 ${a}）即日起，市图书馆每天开放时间延长至晚上九点，方便读者下班后借阅图书。`)],
      reporters: [], correspondents: [a], photographers: [], date: null,
    };
  },
  // Other papers' forms: a 融媒体 reporter and a lead giving only the day (`16日上午`).
  (c) => {
    const a = c.person();
    return {
      kind: 'news', main: '乡村夜市点亮消费新场景',
      paragraphs: [
        P(`本报讯（融媒体记者 ${a}）${c.d}日晚，${c.place}乡村夜市正式开市，特色小吃、农副产品和文创摊位吸引了众多市民。`),
        P('据了解，夜市将持续至年底，每周五至周日开放，带动周边农户增收。'),
      ],
      reporters: [a], correspondents: [], photographers: [], date: c.date,
    };
  },
  // A byline closing the last paragraph's line: `…。（记者 X）`.
  (c) => {
    const a = c.person();
    return {
      kind: 'news', main: '冬季供暖设施检修完成',
      paragraphs: [
        P(`日前，${c.place}完成冬季供暖设施检修，共更换老旧管道三千余米。`),
        P(`检修期间，工作人员逐户排查隐患，确保居民按时用暖。（记者 ${a}）`),
      ],
      reporters: [a], correspondents: [], photographers: [], date: null,
    };
  },
  // A credit in parentheses: `（记者 X 摄）`.
  (c) => {
    const a = c.person();
    return {
      kind: 'photo', paragraphs: [P(`${c.m}月${c.d}日，${c.place}的果农在果园里修剪果树。`)],
      credit: `（记者 ${a} 摄）`, reporters: [], correspondents: [], photographers: [a], date: c.date,
    };
  },
  // A caption opened by ▲ and credited to where the picture came from: `新华社发`, `（资料图片）`.
  (c) => ({
    kind: 'photo', paragraphs: [P(`▲${c.m}月${c.d}日，${c.place}的村民在田间抢收小麦。`)],
    credit: '新华社发', ...none, date: c.date,
  }),
  (c) => ({
    kind: 'photo', paragraphs: [P(`${c.place}新建的文化广场夜景。`)],
    credit: '（资料图片）', ...none, date: null,
  }),
  // Another paper's brackets: `本报讯【记者 X】`.
  (c) => {
    const a = c.person();
    return {
      kind: 'news', main: `${c.place}部署防汛工作`,
      paragraphs: [
        P(`本报讯【记者 ${a}】${c.m}月${c.d}日，${c.place}召开防汛工作会议，部署今年防汛工作。`),
        P('会议要求，各部门要加强值班值守，排查风险隐患，确保安全度汛。'),
      ],
      reporters: [a], correspondents: [], photographers: [], date: c.date,
    };
  },
  // An essay signed with an ornament and a name: `□ X`.
  (c) => {
    const a = c.person();
    return {
      kind: 'feature', main: '老屋的枣树', bylineLine: `□ ${a}`,
      paragraphs: [
        P('老屋门前有一棵枣树，是祖父年轻时栽下的。每到秋天，满树的红枣压弯了枝头。'),
        P('如今祖父已经不在了，枣树却依然年年结果。每次回家，我都要在树下站一会儿。'),
      ],
      reporters: [a], correspondents: [], photographers: [], date: c.issue,
    };
  },
  // Two roles in the lead's parenthesis (`记者 A 见习记者 B`), a score in figures with a ratio colon.
  (c) => {
    const [a, b] = [c.person(), c.person()];
    return {
      kind: 'news', main: '市民运动会篮球决赛落幕',
      paragraphs: [
        P(`本报讯（记者 ${a} 见习记者 ${b}）${c.m}月${c.d}日晚，市民运动会篮球决赛在市体育馆举行，东城队以78∶72战胜西城队，夺得冠军。`),
        P('本届运动会共设篮球、乒乓球、羽毛球等十二个项目，参赛运动员三千余人，比赛将持续到月底。'),
      ],
      reporters: [a, b], correspondents: [], photographers: [], date: c.date,
    };
  },
  // An interview: a main headline and a dashed deck naming who, questions and answers turn by turn.
  (c) => {
    const a = c.person();
    return {
      kind: 'feature', main: '让群众办事更方便', deck: `——访${c.place}政务服务中心负责人`, bylineLine: `本报记者 ${a}`,
      paragraphs: [
        P('记者：今年政务服务有哪些新变化？'),
        P('负责人：我们推行“一窗受理、集成服务”，群众办事平均用时缩短了一半。'),
        P('记者：下一步还有什么打算？'),
        P('负责人：我们将把更多事项搬到网上，让数据多跑路、群众少跑腿。'),
      ],
      reporters: [a], correspondents: [], photographers: [], date: c.issue,
    };
  },
  // Work listed in one paragraph (`一是…；二是…；三是…`), a byline of two roles closing it.
  (c) => {
    const [a, b] = [c.person(), c.person()];
    return {
      kind: 'news', main: `${c.place}部署秋冬季造林绿化工作`,
      paragraphs: [
        P(`${c.m}月${c.d}日，${c.place}召开秋冬季造林绿化工作会议，安排部署下一阶段重点任务。`),
        P('会议要求，一是抓好苗木调运，确保按时栽植；二是落实管护责任，提高成活率；三是加强督导检查，每月通报进度。'),
      ],
      endByline: `（记者 ${a} 通讯员 ${b}）`,
      reporters: [a], correspondents: [b], photographers: [], date: c.date,
    };
  },
  (c) => ({
    kind: 'news', main: '新开两条公交线路', brief: true,
    paragraphs: [P(`本报讯 ${c.m}月${c.d}日起，城区新开通两条公交线路，连接高铁站和几个大型居民区，市民出行更加便捷。`)],
    ...none, date: c.date,
  }),
];

function context(issue: string, random: () => number): Ctx {
  const day = addDays(parseIso(issue), -1);
  const people = shuffle(random, PEOPLE);
  return { m: day.m, d: day.d, date: formatDate(day), issue, place: pick(random, PLACES), person: () => people.pop() ?? '无名' };
}

/** The stories written here, for a page of `issue`. */
export function ownStories(issue: string, random: () => number): Story[] {
  const c = context(issue, random);
  return MAKERS.map((make) => make(c));
}

/** A parsed gold page's articles as stories, with other names and moved `years` years. */
export function seedStories(page: Page, years: number, random: () => number): Story[] {
  const articles: Article[] = shiftYears(swapNames(page.articles, random), years);
  return articles
    .filter((a) => a.kind !== 'photo' || a.byline.photographers.length > 0)
    .map((a): Story => {
      const people = { reporters: a.byline.reporters, correspondents: a.byline.correspondents, photographers: a.byline.photographers };
      const h = a.headline;
      const paragraphs = a.body.map((b) => ({ text: b.text, ...(b.type === 'heading' ? { subhead: true } : {}) }));
      const base = { ...people, paragraphs, date: a.date, ...(a.dateEnd ? { dateEnd: a.dateEnd } : {}) };
      const head = h ? { main: h.main.replace(/\n/g, ''), ...(h.kicker ? { kicker: h.kicker.replace(/\n/g, '') } : {}), ...(h.sub ? { deck: h.sub.replace(/\n/g, '') } : {}) } : {};
      if (a.kind === 'photo') return { kind: 'photo', ...base, credit: `本报记者 ${a.byline.photographers.join(' ')} 摄` };
      if (a.kind === 'feature') {
        const line = [a.byline.reporters.length ? `本报记者 ${a.byline.reporters.join(' ')}` : '', a.byline.correspondents.length ? `本报通讯员 ${a.byline.correspondents.join(' ')}` : ''].filter(Boolean).join(' ');
        return { kind: 'feature', ...head, ...base, ...(line ? { bylineLine: line } : {}) };
      }
      return { kind: 'news', ...head, ...base };
    });
}

/**
 * A story as the synthetic layouts (`src/synth/layout.ts`) print it, and as a
 * reader reads it back. The layouts print only a feature's `本报记者 X` line and
 * a photo's `本报记者 X 摄`; other conventions go into the text where papers set
 * them: a byline line over the text (`本报评论员`, `本报记者 钱七 文/图`), a
 * byline closing the last paragraph (`…资源。（记者 孙八）`, which stays in the
 * text as printed), a credit after the caption (`（记者 X 摄）`, `新华社发`).
 */
export function storyArticles(s: Story): { printed: Article; read: Article } {
  const headline = s.main ? { main: s.main, ...(s.kicker ? { kicker: s.kicker } : {}), ...(s.deck ? { sub: s.deck } : {}) } : null;
  const people = { reporters: s.reporters, correspondents: s.correspondents, photographers: s.photographers };
  let body: Article['body'] = s.paragraphs.map((p) => ({ type: p.subhead ? 'heading' : 'paragraph', text: p.text }));
  const close = (tail: string) => body.map((b, i) => (i === body.length - 1 ? { ...b, text: `${b.text}${tail}` } : b));
  if (s.endByline) body = close(s.endByline);
  let printedPeople = people;
  let printedBody = body;
  if (s.bylineLine && (s.kind === 'news' || s.kind === 'feature')) {
    printedBody = [{ type: 'paragraph', text: s.bylineLine }, ...body];
    if (s.kind === 'feature') printedPeople = { ...none };
  }
  if (s.kind === 'photo' && s.credit && !/^本报记者 \S+ 摄$/.test(s.credit)) {
    printedBody = close(` ${s.credit}`);
    printedPeople = { ...none };
  }
  const base = { id: 'x', kind: s.kind, headline, date: s.date, ...(s.dateEnd ? { dateEnd: s.dateEnd } : {}), source: { file: 'story', start: 1, end: 1, spans: [[1, 1] as [number, number]] } };
  return {
    printed: { ...base, body: printedBody, byline: { ...printedPeople, text: '' } },
    read: { ...base, body, byline: { ...people, text: '' } },
  };
}
