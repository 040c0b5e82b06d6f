/**
 * Links between pages are relative, so that the same `_site/` works at a host's
 * root, under a subpath (`/archive/`) and opened from disk. Targets are written
 * as site paths (`/2019/05/09/p01/`) and made relative to the page that links.
 */
import { posix } from 'node:path';

export interface LinkOptions {
  /** Opened from disk (file://): directory links must name `index.html`. */
  fileUrls?: boolean;
}

/**
 * @example rel('/2019/05/09/abc/', '/assets/site.css') // '../../../../assets/site.css'
 * @example rel('/2019/05/09/abc/', '/2019/05/09/p01/') // '../p01/'
 */
export function rel(from: string, to: string, options: LinkOptions = {}): string {
  const [path = '/', hash] = to.split('#');
  const fromDir = from.endsWith('/') ? from : posix.dirname(from) + '/';
  let r = posix.relative(fromDir, path);
  if (path.endsWith('/')) {
    r = r === '' ? './' : `${r}/`;
    if (options.fileUrls) r += 'index.html';
  }
  const encoded = r.split('/').map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg))).join('/');
  return hash === undefined ? encoded : `${encoded}#${hash}`;
}

/** An absolute URL for feeds, sitemaps and canonical links: site origin + base path + site path. */
export function absolute(siteUrl: string, base: string, path: string): string {
  const b = base.replace(/\/+$/, '');
  return `${siteUrl.replace(/\/+$/, '')}${b}${path.split('/').map((s) => encodeURIComponent(s)).join('/')}`;
}
