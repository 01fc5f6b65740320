import type { HoshinApi } from '../../../contract/api.ts';
import { createApi } from '../api/index.ts';

let api: HoshinApi | null = null;

/**
 * A transport of its own for review operations: the app's `run` reloads the whole plan after operations it
 * cannot patch (every review operation), and that reload remounts the view, which would take the focus out of
 * the grid after each number typed.
 */
export function reviewApi(): HoshinApi {
  api ??= createApi();
  return api;
}
