import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderBody } from '../src/markdown.ts';

describe('article bodies through the unified processor', () => {
  it('prints markdown and HTML characters as the paper printed them', () => {
    const html = renderBody([{ type: 'paragraph', text: '*重要* [链接](x) <b>粗</b> # 1. `代码` & \\ 50%' }]);
    assert.equal(html, '<p>*重要* [链接](x) &#x3C;b>粗&#x3C;/b> # 1. `代码` &#x26; \\ 50%</p>');
  });
  it('sets subheads as headings and paragraphs as paragraphs', () => {
    assert.equal(renderBody([{ type: 'heading', text: '以项目建设为抓手' }, { type: 'paragraph', text: '围绕先进制造。' }]), '<h3>以项目建设为抓手</h3>\n<p>围绕先进制造。</p>');
  });
});
