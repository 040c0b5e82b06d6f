/**
 * Parsed pages kept between builds. A page is parsed again only when its text,
 * its metadata or the parser changed: each parse is kept under a hash of the
 * three (`<key>.v8`: the page model, its metadata and its lines, in V8's own
 * serialization, which reads back in a third of the time JSON takes).
 *
 * A file is not even read when it is as the last build saw it — the same
 * inode, size and times of change, its sidecar's too — as git's index tells a
 * file unchanged: the key recorded for it then is used (`files.json`, for one
 * parser version). A file changed less than two seconds before the last build
 * began reading is read again all the same: on a file system that keeps times
 * to the second, a change in the same second leaves its times as they were.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SourcePage } from '../../src/archive/index.ts';
import type { PageFile } from './read-page.ts';

/** Times are kept this coarsely by some file systems (FAT: 2 s). */
const RACY_MS = 2000;

interface FileIndex {
  version: string;
  /** When that build began reading (ms since the epoch). */
  readAt: number;
  /** Page path → [its stamp, the key of its parse]. */
  files: Record<string, [string, string]>;
}

export class PageCache {
  private readonly previous: FileIndex | null;
  private readonly next: FileIndex;

  /**
   * @param dir the cache's folder
   * @param version the parser's version: parses by another parser are not used
   */
  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {
    this.next = { version, readAt: Date.now(), files: {} };
    let previous: FileIndex | null = null;
    try {
      previous = JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8')) as FileIndex;
    } catch {
      previous = null; // no index yet: every page is read
    }
    this.previous = previous?.version === version ? previous : null;
  }

  /**
   * What a page file's and its sidecar's status say of them, or null where the
   * file cannot be looked at (it is then read, and fails with its reason).
   */
  stamp(path: string, sidecar: string | null): string | null {
    try {
      const s = statSync(path, { bigint: true });
      const own = `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
      if (!sidecar) return own;
      const m = statSync(sidecar, { bigint: true });
      return `${own}+${m.ino}:${m.size}:${m.mtimeNs}:${m.ctimeNs}`;
    } catch {
      return null;
    }
  }

  /** Whether a file is as the last build saw it (by `stamp`), and not changed within two seconds of that build. */
  knows(path: string, stamp: string): boolean {
    const seen = this.previous?.files[path];
    if (!seen || seen[0] !== stamp) return false;
    // The page's and its sidecar's times of modification (`stamp`).
    const changed = stamp.split('+').map((part) => Number(BigInt(part.split(':')[2] ?? '0') / 1_000_000n));
    return Math.max(...changed) < this.previous!.readAt - RACY_MS;
  }

  /** The page as the last build had it, if its file is unchanged since (`knows`), else null. */
  unchanged(path: string, stamp: string): SourcePage | null {
    if (!this.knows(path, stamp)) return null;
    const seen = this.previous!.files[path]!;
    const source = this.get(seen[1]);
    if (source) this.next.files[path] = seen;
    return source;
  }

  /** The key of a page's parse: its text, its metadata and the parser. */
  key(file: PageFile): string {
    return createHash('sha256').update(this.version).update(file.name).update(JSON.stringify(file.meta)).update(file.text).digest('hex').slice(0, 32);
  }

  /** The parse kept under `key`, which it carries (`SourcePage.key`), or null. */
  get(key: string): SourcePage | null {
    try {
      return { ...(deserialize(readFileSync(join(this.dir, `${key}.v8`))) as SourcePage), key };
    } catch {
      return null; // absent or unreadable: parsed afresh
    }
  }

  /** Keeps a new parse (`source`; null for one kept already), and which file with which stamp gave it (`stamp` null: none to record). */
  set(key: string, source: SourcePage | null, path: string, stamp: string | null): void {
    if (source) {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(join(this.dir, `${key}.v8`), serialize({ page: source.page, meta: source.meta, lines: source.lines }));
    }
    if (stamp) this.next.files[path] = [stamp, key];
  }

  /** Writes the index of the files read by this build (whole, then renamed into place). */
  async save(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `files.json.${process.pid}`);
    writeFileSync(tmp, JSON.stringify(this.next));
    await rename(tmp, join(this.dir, 'files.json'));
  }
}
