/**
 * Eleventy configuration, kept thin: where templates are, which formats, what is
 * copied. The archive itself arrives as global data from scripts/build.ts.
 */
import type { UserConfig } from './templates/_includes/eleventy-types.ts';

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addTemplateFormats('11ty.ts');
  eleventyConfig.addPassthroughCopy({ 'templates/assets/site.css': 'assets/site.css' });
  eleventyConfig.setQuietMode(true);
  return {
    dir: { includes: '_includes' },
    templateFormats: ['11ty.ts'],
  };
}
