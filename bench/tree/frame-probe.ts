/**
 * In-page measurements for the tree benchmark.
 *
 * Frame work: main-thread time of each frame that handled input, from its first input event to the end of its
 * rendering update (a message posted from the frame's rAF runs right after style, layout and paint); frames
 * without input are left out so idle frames do not flatter the median. Frame interval: time between animation frames, which a 60 Hz display caps at 16.7 ms. Long tasks:
 * the browser's own PerformanceObserver entries (over 50 ms).
 */
export interface FrameStats {
  frames: number;
  workMedianMs: number;
  workP95Ms: number;
  workMaxMs: number;
  intervalMedianMs: number;
  intervalMaxMs: number;
  longestTaskMs: number;
}

const longTasks: number[] = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No long-task timing in this browser: longestTaskMs stays 0.
}

export function longestTaskSince(mark: number): number {
  return Math.max(0, ...longTasks.slice(mark));
}
export const longTaskMark = () => longTasks.length;

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const round = (ms: number) => Math.round(ms * 10) / 10;

export function startFrameProbe(): () => FrameStats {
  const work: number[] = [];
  const intervals: number[] = [];
  let running = true;
  let last = 0;
  let frameStart: number | null = null;
  const mark = longTaskMark();
  const onInput = () => {
    frameStart ??= performance.now();
  };
  const events = ['wheel', 'pointermove', 'mousemove', 'pointerdown', 'pointerup'] as const;
  for (const e of events) window.addEventListener(e, onInput, { capture: true, passive: true });
  // Each frame's start travels with its own message: on a busy page the next frame can begin before it arrives.
  const channel = new MessageChannel();
  channel.port1.onmessage = (e: MessageEvent<{ start: number; hadInput: boolean }>) => {
    if (e.data.hadInput) work.push(performance.now() - e.data.start);
  };
  const loop = (ts: number) => {
    if (!running) return;
    const now = performance.now();
    if (last) intervals.push(ts - last);
    last = ts;
    channel.port2.postMessage({ start: Math.min(frameStart ?? now, now), hadInput: frameStart !== null });
    frameStart = null;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  return () => {
    running = false;
    for (const e of events) window.removeEventListener(e, onInput, { capture: true });
    return {
      frames: work.length,
      workMedianMs: round(quantile(work, 0.5)),
      workP95Ms: round(quantile(work, 0.95)),
      workMaxMs: round(Math.max(0, ...work)),
      intervalMedianMs: round(quantile(intervals, 0.5)),
      intervalMaxMs: round(Math.max(0, ...intervals)),
      longestTaskMs: round(longestTaskSince(mark)),
    };
  };
}

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
