/** Builds the renderer once (if stale) before the browser tests, exactly as `hoshin serve` would. */
import { ensureRendererBuilt } from '../../server/renderer-build.ts';

export default async function setup(): Promise<void> {
  await ensureRendererBuilt((line) => process.stderr.write(line));
}
