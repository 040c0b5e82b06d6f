/**
 * Pairs of Han characters: what a headline and its text share (`古桥` in
 * `百年古桥完成保护性修缮`). Used to say which text a headline heads, when
 * columns are read and when articles are cut.
 */
/** Under this share of its character pairs in a text's opening, a headline says nothing of that text. */
export const SAYS_LITTLE = 0.2;

/** A pair of Han characters (U+3400–U+9FFF) as one small integer, which V8 keeps unboxed: sets of them stay fast. */
const HAN_SPAN = 0x9fff - 0x3400 + 1;
const pairOf = (a: number, b: number) => (a - 0x3400) * HAN_SPAN + (b - 0x3400);

/**
 * A headline's pairs of Han characters, as numbers (what a headline and its
 * body share: `古桥` in `百年古桥完成保护性修缮`), each with its place in the
 * list, and a bit set of their low bits that rules most of a text's pairs out
 * before the map is asked.
 */
export interface Head {
  places: Map<number, number>;
  bits: Uint32Array;
}
const HEAD_BITS = 2048;

export function bigrams(s: string): Head {
  const places = new Map<number, number>();
  const bits = new Uint32Array(HEAD_BITS / 32);
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue; // not Han: skipped, as if absent
    if (prev >= 0) {
      const pair = pairOf(prev, c);
      if (!places.has(pair)) places.set(pair, places.size);
      const bit = pair & (HEAD_BITS - 1);
      bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
    }
    prev = c;
  }
  return { places, bits };
}

/** The share of a headline's character pairs (`head`) that occur in a text: the text is scanned, not made a set. */
export function share(head: Head, text: string): number {
  const { places, bits } = head;
  if (places.size === 0) return 0;
  const found = new Uint8Array(places.size);
  let count = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    if (prev >= 0) {
      const pair = pairOf(prev, c);
      const bit = pair & (HEAD_BITS - 1);
      if ((bits[bit >>> 5] as number) & (1 << (bit & 31))) {
        const at = places.get(pair);
        if (at !== undefined && found[at] === 0) {
          found[at] = 1;
          count++;
        }
      }
    }
    prev = c;
  }
  return count / places.size;
}
