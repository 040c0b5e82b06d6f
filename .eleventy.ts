/**
 * Eleventy configuration, kept thin: the templates, what is copied. The
 * archive itself arrives as global data from scripts/build.ts, which passes
 * this function to Eleventy as its configuration.
 *
 * The templates (`templates/*.11ty.ts`: each a `data` and a `render`) are
 * modules imported here and handed to Eleventy as virtual templates, so that
 * Eleventy loads no TypeScript file itself: the build runs as plain JavaScript
 * once compiled (`scripts/run.mjs`), and a template is evaluated once a
 * process, not once an Eleventy run.
 */
import type { UserConfig } from './templates/_includes/eleventy-types.ts';
import * as notFound from './templates/404.11ty.ts';
import * as article from './templates/article.11ty.ts';
import * as calendar from './templates/calendar.11ty.ts';
import * as feed from './templates/feed.11ty.ts';
import * as home from './templates/index.11ty.ts';
import * as issue from './templates/issue.11ty.ts';
import * as month from './templates/month.11ty.ts';
import * as page from './templates/page.11ty.ts';
import * as people from './templates/people.11ty.ts';
import * as peopleIndex from './templates/people-index.11ty.ts';
import * as robots from './templates/robots.11ty.ts';
import * as search from './templates/search.11ty.ts';
import * as sitemap from './templates/sitemap.11ty.ts';
import * as sitemapFile from './templates/sitemap-file.11ty.ts';
import * as tags from './templates/tags.11ty.ts';
import * as tagsIndex from './templates/tags-index.11ty.ts';
import * as year from './templates/year.11ty.ts';

/** Each template under the name Eleventy knows it by (in `templates/`, as if it were a `.11ty.js` file there). */
const TEMPLATES: Record<string, { data: object; render: (data: never) => string }> = {
  '404.11ty.js': notFound,
  'article.11ty.js': article,
  'calendar.11ty.js': calendar,
  'feed.11ty.js': feed,
  'index.11ty.js': home,
  'issue.11ty.js': issue,
  'month.11ty.js': month,
  'page.11ty.js': page,
  'people.11ty.js': people,
  'people-index.11ty.js': peopleIndex,
  'robots.11ty.js': robots,
  'search.11ty.js': search,
  'sitemap.11ty.js': sitemap,
  'sitemap-file.11ty.js': sitemapFile,
  'tags.11ty.js': tags,
  'tags-index.11ty.js': tagsIndex,
  'year.11ty.js': year,
};

export default function (eleventyConfig: UserConfig) {
  for (const [path, { data, render }] of Object.entries(TEMPLATES)) eleventyConfig.addTemplate(path, { data, render });
  eleventyConfig.setTemplateFormats(['11ty.js']);
  eleventyConfig.addPassthroughCopy({ 'templates/assets/site.css': 'assets/site.css' });
  eleventyConfig.setQuietMode(true);
}
