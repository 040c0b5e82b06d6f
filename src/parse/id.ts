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
  return finish(h1, h2);
}

function finish(a: number, b: number): number {
  const h1 = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  const h2 = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** JavaScript's `\s`: the characters an id leaves out of the text it hashes. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The hash of `kind`, a NUL and the text with its whitespace left out — what
 * `hash53(`${kind}\0${text.replace(/\s+/g, '')}`)` gives, without making that string.
 * @example articleId('news', '本报讯（记者…）5月8日…') // e.g. '1x9k2m0ab3c'
 */
export function articleId(kind: string, text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const step = (ch: number) => {
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  };
  for (let i = 0; i < kind.length; i++) step(kind.charCodeAt(i));
  step(0);
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (!isSpace(ch)) step(ch);
  }
  return finish(h1, h2).toString(36).padStart(11, '0');
}
