/** Calendar arithmetic for the 往期回顾 views: years → months → a month's grid of weeks. */

export interface MonthRef {
  year: number;
  month: number;
  /** Dates (`YYYY-MM-DD`) in this month that have an issue. */
  days: string[];
}

export interface YearRef {
  year: number;
  months: MonthRef[];
}

/** Groups issue dates by year and month, in order. */
export function calendarOf(dates: string[]): YearRef[] {
  const years = new Map<number, Map<number, string[]>>();
  for (const d of [...dates].sort()) {
    const [y, m] = d.split('-').map(Number);
    if (y === undefined || m === undefined) continue;
    const months = years.get(y) ?? new Map<number, string[]>();
    years.set(y, months);
    const days = months.get(m) ?? [];
    months.set(m, days);
    days.push(d);
  }
  return [...years.entries()].map(([year, months]) => ({
    year,
    months: [...months.entries()].map(([month, days]) => ({ year, month, days })),
  }));
}

/** The calendar of an archive's dated issues. */
export const archiveCalendar = (archive: { issues: Array<{ date: string | null }> }): YearRef[] =>
  calendarOf(archive.issues.map((i) => i.date).filter((x): x is string => x !== null));

/**
 * The weeks of a month, Monday first, as day numbers with null padding.
 * @example monthGrid(2020, 1)[0] // [null, null, 1, 2, 3, 4, 5] (1 January 2020 was a Wednesday)
 */
export function monthGrid(year: number, month: number): Array<Array<number | null>> {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
  const lead = (first + 6) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: Array<number | null> = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<number | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const monthUrl = (y: number, m: number): string => `/${y}/${pad2(m)}/`;
export const yearUrl = (y: number): string => `/${y}/`;
