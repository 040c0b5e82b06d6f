/**
 * Reading what a Pagefind bundle is made of, so that a bundle can be written
 * again over its previous self: Pagefind names its files by the hash of their
 * contents and does not write a file whose name is already there (the
 * fragments, gzip-compressed at its best level, are most of a bundle's
 * writing), so the files of unchanged articles can stay. Which fragments the
 * new bundle uses is in its meta file (`pagefind.<hash>.pf_meta`): gzip, a
 * `pagefind_dcd` mark, then CBOR.
 */

/** The mark Pagefind puts before the data of each file it compresses. */
const MARK = 'pagefind_dcd';

export class PagefindFormatError extends Error {
  override name = 'PagefindFormatError';
}

/** A CBOR value as this reader returns it (tags are read through). */
export type Cbor = number | bigint | string | Uint8Array | boolean | null | undefined | Cbor[] | Map<Cbor, Cbor>;

/**
 * Decodes one CBOR item (RFC 8949) of definite length — what Pagefind's
 * encoder (minicbor) writes. Indefinite lengths are refused with their offset.
 */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length) throw new PagefindFormatError(`CBOR ends at byte ${bytes.length}, ${n} more expected at ${at}`);
  };
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new PagefindFormatError(`CBOR length of kind ${info} at byte ${at - 1} (indefinite lengths are not read)`);
    need(size);
    const n = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return n;
  };
  const item = (): Cbor => {
    need(1);
    const head = bytes[at++] as number;
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const n = length(info);
        need(n);
        const chunk = bytes.subarray(at, at + n);
        at += n;
        return major === 2 ? chunk : text.decode(chunk);
      }
      case 4: {
        const n = length(info);
        const list: Cbor[] = [];
        for (let i = 0; i < n; i++) list.push(item());
        return list;
      }
      case 5: {
        const n = length(info);
        const map = new Map<Cbor, Cbor>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      case 6:
        length(info); // a tag: its item is what counts
        return item();
      default: {
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        if (info === 26 || info === 27) {
          const size = info === 26 ? 4 : 8;
          need(size);
          const v = size === 4 ? view.getFloat32(at) : view.getFloat64(at);
          at += size;
          return v;
        }
        if (info < 24) return info;
        throw new PagefindFormatError(`CBOR simple value ${info} at byte ${at - 1}`);
      }
    }
  };
  const value = item();
  if (at !== bytes.length) throw new PagefindFormatError(`CBOR item ends at byte ${at} of ${bytes.length}`);
  return value;
}

/** A Pagefind file's data once gunzipped: what follows the `pagefind_dcd` mark. */
function unmark(data: Uint8Array): Uint8Array {
  const mark = new TextDecoder().decode(data.subarray(0, MARK.length));
  if (mark !== MARK) throw new PagefindFormatError(`not a Pagefind file: it starts with "${mark}", not "${MARK}"`);
  return data.subarray(MARK.length);
}

/**
 * The fragments (one a page, in page order) a bundle's meta file names, from
 * its data gunzipped. Pagefind 1.x writes the meta as an array whose second
 * item lists the pages, each an array starting with its fragment's hash.
 */
export function metaFragments(data: Uint8Array): string[] {
  const meta = decodeCbor(unmark(data));
  const pages = Array.isArray(meta) ? meta[1] : undefined;
  if (!Array.isArray(pages)) throw new PagefindFormatError('the meta file has no list of pages where Pagefind 1.x puts it');
  return pages.map((p, i) => {
    const hash = Array.isArray(p) ? p[0] : undefined;
    if (typeof hash !== 'string' || !/^[\w-]+$/.test(hash)) throw new PagefindFormatError(`page ${i} of the meta file has no fragment hash`);
    return hash;
  });
}

/** The URL a fragment is of, from its data gunzipped. */
export function fragmentUrl(data: Uint8Array): string {
  return fragmentOf(data).url;
}

/** A fragment's URL and the text indexed for it. */
export function fragmentOf(data: Uint8Array): { url: string; content: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(unmark(data)));
  } catch (cause) {
    throw new PagefindFormatError(`a fragment that is not JSON: ${(cause as Error).message}`, { cause });
  }
  const { url, content } = (parsed ?? {}) as { url?: unknown; content?: unknown };
  if (typeof url !== 'string') throw new PagefindFormatError('a fragment with no url');
  return { url, content: typeof content === 'string' ? content : '' };
}
