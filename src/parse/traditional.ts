/**
 * Pages set in traditional characters (`本報訊（記者陳偉明）`, `責任編輯`), as papers of
 * Hong Kong, Macao, Taiwan and overseas print them: read with the simplified forms the
 * parser's conventions are written in, and given back as printed.
 *
 * Only the characters those conventions use are read otherwise, one for one, so a
 * line keeps its length and every position stays where it was. The reading must be
 * given back exactly, so a simplified form is read for one traditional form a page:
 * where the page prints the simplified form too (`后` beside `後`), or two traditional
 * forms of it (`爲`, `為`), only its commonest form is read, the other stays as
 * printed. Article ids hash the text as read.
 */

/** Traditional → simplified, for the characters of leads, bylines, mastheads and furniture. */
const PAIRS =
  '丟丢 並并 佈布 併并 來来 係系 個个 傑杰 價价 內内 別别 刪删 剛刚 劃划 劉刘 動动 區区 卽即 參参 員员 ' +
  '問问 啓启 啟启 單单 國国 圖图 執执 報报 場场 壓压 奮奋 孫孙 實实 審审 寫写 將将 專专 對对 導导 峯峰 ' +
  '幷并 廣广 廳厅 張张 後后 徑径 從从 復复 悅悦 戶户 掃扫 採采 搶抢 據据 攝摄 於于 時时 會会 東东 業业 ' +
  '榮荣 標标 樣样 樹树 橋桥 歷历 氣气 沒没 沖冲 準准 溫温 潤润 濟济 濤涛 濱滨 為为 熱热 爲为 獨独 獲获 ' +
  '現现 產产 産产 發发 監监 眾众 碼码 禮礼 筆笔 節节 範范 築筑 簡简 簽签 籌筹 約约 紹绍 終终 組组 統统 ' +
  '經经 綜综 綫线 維维 網网 緊紧 線线 編编 緻致 總总 繕缮 繫系 續续 習习 聞闻 聯联 臨临 臺台 與与 舉举 ' +
  '舊旧 華华 蘇苏 處处 號号 衆众 術术 衝冲 裝装 製制 複复 見见 視视 覺觉 觀观 訂订 計计 訊讯 記记 訪访 ' +
  '設设 許许 註注 証证 評评 話话 詳详 誌志 語语 說说 説说 請请 論论 證证 識识 譯译 議议 護护 讀读 豐丰 ' +
  '責责 買买 貼贴 資资 質质 蹤踪 載载 輯辑 轉转 辦办 農农 連连 週周 進进 過过 遠远 郵邮 鄉乡 錢钱 鏈链 ' +
  '長长 開开 間间 閱阅 閲阅 關关 陰阴 陳陈 隊队 際际 隨随 電电 靜静 韓韩 頭头 題题 願愿 風风 飛飞 馬马 ' +
  '駿骏 體体 鬥斗 鳳凤 麥麦 點点 ';

const TO_SIMPLIFIED = new Map<string, string>(PAIRS.split(' ').filter(Boolean).map((p) => [p[0] as string, p[1] as string]));
const EVERY = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join('')}]`, 'g');
/** Which UTF-16 units are traditional forms: a look-up, as most pages hold none (a class of 200 characters is slow to search). */
const TRADITIONAL = new Uint8Array(0x10000);
for (const t of TO_SIMPLIFIED.keys()) TRADITIONAL[t.charCodeAt(0)] = 1;
const anyTraditional = (text: string) => {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL[text.charCodeAt(i)] === 1) return true;
  return false;
};

export interface Reading {
  /** The page with its traditional characters read as simplified. */
  text: string;
  /** A string of the parse given back in the page's own characters. */
  restore(s: string): string;
}

/**
 * The page read in simplified forms, or null when it prints none of the traditional forms.
 * @example readTraditional('本報訊（記者陳偉明）')?.text // '本报讯（记者陈偉明）' (偉 is in no convention)
 */
export function readTraditional(text: string): Reading | null {
  if (!anyTraditional(text)) return null;
  const count = new Map<string, number>();
  for (const c of text.match(EVERY) ?? []) count.set(c, (count.get(c) ?? 0) + 1);
  const back = new Map<string, string>();
  for (const [t] of [...count].sort((a, b) => b[1] - a[1])) {
    const s = TO_SIMPLIFIED.get(t) as string;
    if (!back.has(s) && !text.includes(s)) back.set(s, t);
  }
  if (back.size === 0) return null;
  const read = new Map([...back].map(([s, t]) => [t, s]));
  const given = new RegExp(`[${[...back.keys()].join('')}]`, 'g');
  return {
    text: text.replace(EVERY, (c) => read.get(c) ?? c),
    restore: (s) => s.replace(given, (c) => back.get(c) as string),
  };
}
