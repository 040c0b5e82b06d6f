/** An Atom feed of the newest articles. */
import { absolute } from '../src/eleventy/urls.ts';
import { html } from './_includes/html.ts';
import { onceWithAddress, type Data } from './_includes/site.ts';

export const data = { permalink: onceWithAddress('/feed.xml') };

const FEED_SIZE = 50;

export function render(d: Data): string {
  const { archive, site } = d;
  const at = (p: string) => absolute(site.url ?? '', site.base, p);
  const newest = [...archive.articles]
    .filter((a) => a.issueDate)
    .sort((a, b) => (b.issueDate ?? '').localeCompare(a.issueDate ?? '') || a.url.localeCompare(b.url))
    .slice(0, FEED_SIZE);
  const updated = `${newest[0]?.issueDate ?? archive.span.last ?? '1970-01-01'}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    html`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>${site.title}</title>
<id>${at('/')}</id>
<link href="${at('/')}"/>
<link rel="self" href="${at('/feed.xml')}"/>
<updated>${updated}</updated>
<author><name>${site.paper ?? site.title}</name></author>
${newest.map(
  (a) => html`<entry>
<title>${a.title}</title>
<id>${at(a.url)}</id>
<link href="${at(a.url)}"/>
<updated>${a.issueDate}T00:00:00Z</updated>
${a.people.filter((p) => p.role !== 'photographer').map((p) => html`<author><name>${p.name}</name></author>`)}
<summary>${a.body.find((b) => b.type === 'paragraph')?.text.slice(0, 160) ?? ''}</summary>
</entry>
`,
)}</feed>
`.html
  );
}
