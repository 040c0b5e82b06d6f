/**
 * Article page behaviour, bundled into `assets/highlight.js`: the citation's
 * copy button, and the search hit highlighted.
 *
 * On an article opened from a search result (`…/?hl=白鹭湖`), marks the words
 * searched for and scrolls to the first. Bundled into `assets/highlight.js`.
 */
export function highlight(root: Element, words: string[]): number {
  const wanted = words.map((w) => w.trim()).filter((w) => w !== '');
  if (wanted.length === 0) return 0;
  const escaped = wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(${escaped.join('|')})`, 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    const frag = document.createDocumentFragment();
    let last = 0;
    text.replace(re, (m, _g, offset: number) => {
      frag.append(text.slice(last, offset));
      const mark = document.createElement('mark');
      mark.className = 'hl';
      mark.textContent = m;
      frag.append(mark);
      last = offset + m.length;
      count++;
      return m;
    });
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  return count;
}

/** The citation's copy button: shown only where the browser can copy. */
function copyButtons(): void {
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-copy]'))) {
    const source = document.getElementById(button.dataset.copy ?? '');
    if (!source || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(source.textContent ?? '').then(() => (button.textContent = '已复制'));
    });
  }
}

/** The printed page gives the article's address as the reader opened it (the site's may not be known to the build). */
function printedAddress(): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-here]'))) el.textContent = location.href.replace(/[?#].*$/, '');
  // GB/T 7714's 引用日期 is the day the reader reads the article.
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-today]'))) el.textContent = iso;
}

if (typeof document !== 'undefined') {
  copyButtons();
  printedAddress();
  const hl = new URLSearchParams(location.search).get('hl');
  const article = document.querySelector('.article');
  if (hl && article && highlight(article, hl.split(/\s+/)) > 0) document.querySelector('mark.hl')?.scrollIntoView({ block: 'center' });
}
