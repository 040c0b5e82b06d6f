/**
 * The one unified processor that turns article text into HTML:
 * remark-parse → remark-rehype → rehype-stringify.
 *
 * Article text is the newspaper's, never markup: before parsing, every ASCII
 * punctuation mark is backslash-escaped (CommonMark's escape, exactly undone by
 * the parser), so `<script>alert(1)</script>` or `*重要*` reach the reader as the
 * characters printed, and rehype-stringify escapes them in HTML.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Block } from './model.ts';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze();

/** Escapes text so that markdown reads it back as exactly these characters. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~"'&$%,:;=?@^/]/g, '\\$&').replace(/\s+/g, ' ').trim();
}

/** Body blocks → markdown source: paragraphs, and subheads as level-3 headings. */
export function blocksToMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => (b.type === 'heading' ? `### ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text)))
    .filter((s) => s !== '' && s !== '###')
    .join('\n\n');
}

/**
 * @example renderBody([{type:'paragraph', text:'<b>本报讯</b>'}]) // '<p>&#x3C;b>本报讯&#x3C;/b></p>'
 */
export function renderBody(blocks: Block[]): string {
  return String(processor.processSync(blocksToMarkdown(blocks)));
}
