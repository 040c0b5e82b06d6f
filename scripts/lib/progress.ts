/**
 * Progress lines at most every two seconds, and at the end of each count:
 * readable in a terminal and in CI logs alike (no cursor tricks).
 * @example const p = progress(console.log); p('parsed', 10, 100)
 */
export function progress(log: (line: string) => void): (what: string, done: number, total: number) => void {
  let last = 0;
  return (what, done, total) => {
    const now = performance.now();
    if (done < total && now - last < 2000) return;
    last = now;
    log(`${what} ${done}/${total}`);
  };
}
