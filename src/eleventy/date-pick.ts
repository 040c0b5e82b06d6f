/**
 * The 往期回顾 page's date picker, in the browser: a chosen day opens its
 * issue, or the nearest issue before it (the paper may not have appeared that
 * day), and says so. The dates of the archive's issues are on the form
 * (`data-dates`, sorted); links are relative to the page (`../YYYY/MM/DD/`).
 */

/** The issue to open for a chosen day: that day's, else the nearest before it, else the first after it. */
export function issueFor(day: string, dates: string[]): string | null {
  if (dates.length === 0) return null;
  let before: string | null = null;
  for (const d of dates) {
    if (d === day) return d;
    if (d < day) before = d;
    else return before ?? d;
  }
  return before;
}

if (typeof document !== 'undefined') {
  const form = document.querySelector<HTMLFormElement>('form.date-pick');
  const input = form?.querySelector<HTMLInputElement>('input[type=date]');
  const note = form?.querySelector<HTMLElement>('.date-pick-note');
  if (form && input) {
    const dates = JSON.parse(form.dataset.dates ?? '[]') as string[];
    form.hidden = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const target = issueFor(input.value, dates);
      if (!target) return;
      if (note) note.textContent = target === input.value ? '' : `${input.value} 无报纸，前往最近的一期：${target}`;
      // Opened from disk (--file-urls), a folder's page is its index.html.
      const index = location.protocol === 'file:' ? 'index.html' : '';
      location.href = new URL(`../${target.replace(/-/g, '/')}/${index}`, location.href).href;
    });
  }
}
