import { useEffect, useMemo, useState } from 'react';

/**
 * A value derived from `input`: during render when `staged` is false; otherwise in a task of its own after the
 * render, keeping the previous value (or null at first) until the new one is ready. Big plans stage their model
 * and layout this way so no single task freezes the page for long. `compute` must be a stable function.
 */
export function useStaged<I, O>(input: I | null, compute: (input: I) => O, staged: boolean): O | null {
  const immediate = useMemo(() => (!staged && input !== null ? compute(input) : null), [staged, input, compute]);
  const [done, setDone] = useState<{ input: I; output: O } | null>(null);
  useEffect(() => {
    if (!staged || input === null || done?.input === input) return;
    const id = window.setTimeout(() => setDone({ input, output: compute(input) }), 0);
    return () => window.clearTimeout(id);
  }, [staged, input, compute, done]);
  return staged ? (done?.output ?? null) : immediate;
}
