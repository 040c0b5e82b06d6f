/** The data every template receives: the archive and the site settings (from the build). */
import type { Archive } from '../../src/archive/index.ts';

export interface Site {
  title: string;
  /** The paper's name, for citations and page labels, when no page states one; null when none is configured. */
  paper: string | null;
  /**
   * Origin the site is deployed at (for feeds, sitemaps, canonical links): `https://example.org`.
   * Null when the build was given none: what needs an absolute address is left out.
   */
  url: string | null;
  /** Base path under that origin: `/` or `/archive/`. */
  base: string;
  fileUrls: boolean;
}

export interface Data {
  archive: Archive;
  site: Site;
  page: { url: string };
}

/**
 * The permalink of a page the site has once (home, calendar, feed…). A large
 * archive is rendered in several Eleventy runs (`chunks`); these pages are
 * written in the first one only (global data `singles`).
 */
export const once =
  (url: string) =>
  (d: { singles?: boolean }): string | false =>
    d.singles === false ? false : url;

/** `once`, for a page that needs the site's absolute address (feed, sitemap): not written without one. */
export const onceWithAddress =
  (url: string) =>
  (d: { singles?: boolean; site?: Site }): string | false =>
    d.site?.url ? once(url)(d) : false;
