/**
 * Stable article ids: a 53-bit hash of the article's own text (cyrb53), written in
 * base 36. Adding, removing or re-parsing another page never changes them; they
 * are not derived from the headline (which a correction may change) or pinyin.
 */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** @example articleId('news', '本报讯（记者…）5月8日…') // e.g. '1x9k2m0ab3c' */
export function articleId(kind: string, text: string): string {
  return hash53(`${kind}\u0000${text.replace(/\s+/g, '')}`).toString(36).padStart(11, '0');
}
