/**
 * The cascade outline in the browser on the benchmark plan (20 departments, 2,000 goals, 20,000 tactics): web
 * mode in Chromium, timed inside the page. `node bench/outline/run.ts` prints a table and a JSON line (also
 * written to bench/results/outline.json); `runOutlineBench()` returns the same report.
 *
 * - open: navigation start to the first frame painted with outline rows (the plan loaded, laid out, drawn).
 * - one edit: the Enter that commits a renamed tactic to the frame that shows the new title (shown before the
 *   server answers; the outline keeps its rows), and to the server's answer (the HTTP round trip behind it).
 * - one step down: ArrowDown on a row to the frame with the next row focused.
 * Targets from the issues: open < 500 ms warm and < 1.5 s the first time after `serve` starts, one edit < 50 ms. Median of several runs after a warm-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../server/chromium.ts';
import { parsePlanJson } from '../../core/plan-json.ts';
import { startWebMode } from '../../server/serve.ts';
import { writePlanFile } from '../../services/plan-files.ts';
import { BENCH_SIZE, largePlan } from '../large-plan.ts';

export interface OutlineBenchRow {
  name: string;
  targetMs: number | null;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  meetsTarget: boolean | null;
}

export interface OutlineBenchReport {
  benchmark: 'outline';
  node: string;
  chromium: string;
  machine: string;
  size: typeof BENCH_SIZE;
  rows: OutlineBenchRow[];
}

/** Installed before the app's own scripts: records when the first outline row is painted and when keys go down. */
function instrument(): void {
  const w = window as unknown as { __bench: { paint?: number; keyAt?: number } };
  w.__bench = {};
  document.addEventListener('keydown', (e) => (w.__bench.keyAt = e.timeStamp), true);
  const observer = new MutationObserver(() => {
    if (w.__bench.paint !== undefined || !document.querySelector('[role="treeitem"]')) return;
    observer.disconnect();
    // The frame with the rows is painted once this frame's callbacks and the following task have run.
    requestAnimationFrame(() => setTimeout(() => (w.__bench.paint = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function summarise(name: string, targetMs: number | null, samples: number[]): OutlineBenchRow {
  const sorted = [...samples].sort((a, b) => a - b);
  const medianMs = round(sorted[Math.floor(sorted.length / 2)]!);
  return {
    name,
    targetMs,
    medianMs,
    minMs: round(sorted[0]!),
    maxMs: round(sorted.at(-1)!),
    runs: samples.length,
    meetsTarget: targetMs === null ? null : medianMs <= targetMs,
  };
}

async function timeOpen(page: Page, url: string | null): Promise<number> {
  if (url) await page.goto(url);
  else await page.reload();
  return page
    .waitForFunction(() => (window as unknown as { __bench: { paint?: number } }).__bench.paint, null, {
      polling: 50,
      timeout: 30_000,
    })
    .then((h) => h.jsonValue() as Promise<number>);
}

type Wait = { kind: 'title'; key: string; title: string } | { kind: 'focus'; index: number };

/**
 * Arms a watcher that resolves, after the next painted frame, once the wait holds in the page: the time from the
 * last keydown to that frame. (The page's CSP forbids eval, so the condition is data, not code.)
 */
async function armFrameWatch(page: Page, wait: Wait): Promise<void> {
  await page.evaluate((w) => {
    const done = () =>
      w.kind === 'title'
        ? document.querySelector(`[data-row-key="${CSS.escape(w.key)}"] .orow__title`)?.textContent === w.title
        : document.activeElement?.getAttribute('data-index') === String(w.index);
    const bench = (window as unknown as { __bench: { keyAt?: number; wait?: Promise<number> } }).__bench;
    bench.wait = new Promise<number>((resolve) => {
      // A frame callback that sees the change belongs to the frame that paints it: time after that paint.
      const tick = () => {
        if (done()) setTimeout(() => resolve(performance.now() - bench.keyAt!), 0);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }, wait);
}

const awaitFrameWatch = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: { wait: Promise<number> } }).__bench.wait);

export async function runOutlineBench(options: { runs?: number; log?: (line: string) => void } = {}) {
  const runs = options.runs ?? 7;
  const log = options.log ?? (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-outline-bench-'));
  const file = path.join(dir, 'bench.hoshin');
  writePlanFile(file, parsePlanJson(JSON.stringify(largePlan())));
  const server = await startWebMode(file, { port: 0, log: () => {}, announce: () => {} });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(instrument);
    const page = await context.newPage();

    log('open…');
    const opens: number[] = [];
    // The first open after `serve` starts (nothing cached in the server or the browser; it also moves the token
    // into the session), then warm opens.
    const first = await timeOpen(page, server.url);
    for (let i = 0; i < runs; i++) opens.push(await timeOpen(page, null));

    log('edit…');
    const edits: number[] = [];
    const saves: number[] = [];
    const rows = page.locator('[role="treeitem"][data-kind="tactic"]');
    for (let i = 0; i <= runs; i++) {
      const row = rows.nth(i);
      const key = (await row.getAttribute('data-row-key'))!;
      const title = `Renamed tactic ${i} ${Date.now()}`;
      await row.focus();
      await page.keyboard.press('F2');
      await page.keyboard.press('Control+a');
      await page.keyboard.insertText(title);
      await armFrameWatch(page, { kind: 'title', key, title });
      await page.keyboard.press('Enter');
      const ms = await awaitFrameWatch(page);
      const saved = await page.waitForFunction(
        () => {
          const keyAt = (window as unknown as { __bench: { keyAt: number } }).__bench.keyAt;
          const call = performance
            .getEntriesByType('resource')
            .find((e) => e.name.endsWith('/api/updateTactic') && e.startTime >= keyAt);
          return call ? (call as PerformanceResourceTiming).responseEnd - keyAt : false;
        },
        null,
        { polling: 20 },
      );
      if (i > 0) {
        edits.push(ms);
        saves.push((await saved.jsonValue()) as number);
      }
    }

    log('navigate…');
    const steps: number[] = [];
    await rows.first().focus();
    for (let i = 0; i <= runs * 3; i++) {
      const next = await page.evaluate(() => Number(document.activeElement?.getAttribute('data-index')) + 1);
      await armFrameWatch(page, { kind: 'focus', index: next });
      await page.keyboard.press('ArrowDown');
      const ms = await awaitFrameWatch(page);
      if (i > 0) steps.push(ms);
    }

    const report: OutlineBenchReport = {
      benchmark: 'outline',
      node: process.version,
      chromium: browser.version(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
      size: BENCH_SIZE,
      rows: [
        summarise('open the plan, first after serve starts: first paint', 1500, [first]),
        summarise('open the plan: first paint of the outline', 500, opens),
        summarise('one edit to screen (rename, Enter)', 50, edits),
        summarise('one edit saved (Enter to the server’s answer)', null, saves),
        summarise('one step down the outline (ArrowDown)', null, steps),
      ],
    };
    return report;
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printOutlineReport(report: OutlineBenchReport): void {
  const width = Math.max(...report.rows.map((r) => r.name.length));
  console.log(
    `Outline in ${report.chromium ? `Chromium ${report.chromium}` : 'Chromium'}: ${report.size.goals} goals, ${report.size.tactics} tactics`,
  );
  console.log(`${'measure'.padEnd(width)}  median ms   min ms   max ms  target ms  ok`);
  for (const r of report.rows) {
    const ok = r.meetsTarget === null ? '-' : r.meetsTarget ? 'yes' : 'NO';
    console.log(
      `${r.name.padEnd(width)}  ${String(r.medianMs).padStart(9)}  ${String(r.minMs).padStart(7)}  ${String(r.maxMs).padStart(7)}  ${String(r.targetMs ?? '-').padStart(9)}  ${ok}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await runOutlineBench({ log: (line) => process.stderr.write(`${line}\n`) });
  printOutlineReport(report);
  const out = fileURLToPath(new URL('../results/', import.meta.url));
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'outline.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report));
}
