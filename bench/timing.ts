/** How every benchmark times a step: wall time per run, median of the runs, rounded to 0.1 ms. */

export const round = (ms: number) => Math.round(ms * 10) / 10;

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Each run's wall time in ms, fastest first; after one untimed warm-up run unless `warmup` is false. */
export function timeRuns(runs: number, fn: () => void, warmup = true): number[] {
  if (warmup) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** timeRuns for a step that waits (a spawned process, a file written asynchronously); no warm-up run. */
export async function timeRunsAsync(runs: number, fn: () => Promise<void> | void): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}
