/**
 * The tree benchmark. First, choosing Tree as a user does (issue 12): from the route change (the plan in memory,
 * nothing of the tree built) to the first complete picture of the 20,000-tactic plan, cold and warm, the app
 * against react-d3-tree measured the same way. Then it renders the alignment tree and react-d3-tree (the popular React tree component) on the
 * same hierarchy in Chromium, at 1,000, 5,000 and 20,000 nodes. For each: time to the first complete render
 * (from handing the data over to every node that should be drawn being in the DOM, after a double rAF) and, with
 * the same scripted wheel zoom and drag pan, the main-thread work per frame and the longest task.
 *
 * Then the selected tree (issue 17): a tactic selected, so the first view is centred on it with its long dashed
 * links across the screen, at 2,000 to 200,000 tactics; edges clipped to the drawn region (the app) against the
 * same tree with every edge drawn whole (the naive baseline), in the same run.
 */
import fs from 'node:fs';
import http from 'node:http';
import { readStaticFile } from '../../server/static-files.ts';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parsePlanJson } from '../../core/plan-json.ts';
import { launchChromium } from '../../server/chromium.ts';
import { startWebMode } from '../../server/serve.ts';
import { writePlanFile } from '../../services/plan-files.ts';
import { BENCH_SIZE, largePlan } from '../large-plan.ts';
import { BENCH_NODES, SELECTED_TACTICS } from './bench-plan.ts';
import type { FrameStats } from './frame-probe.ts';
import { benchPageConfig } from './vite.config.ts';
import { median } from '../timing.ts';

export type TreeLib = 'hoshin' | 'rd3t';
export const LIB_NAME: Record<TreeLib, string> = { hoshin: 'Hoshin tree', rd3t: 'react-d3-tree' };

export interface TreeBenchRow {
  nodes: number;
  lib: TreeLib;
  /** Median of the runs; null when every run hit the timeout. */
  firstRenderMs: number | null;
  runs: number[];
  timedOut: boolean;
  drawnNodes: number;
  /** Longest long task during the first render. */
  renderLongestTaskMs: number;
  interaction: FrameStats | null;
}

export interface SelectedTreeRow {
  tactics: number;
  /** Edges clipped to the drawn region (the app), or drawn whole (the baseline). */
  clipped: boolean;
  /** Median of the runs; null when every run hit the timeout. */
  firstRenderMs: number | null;
  runs: number[];
  timedOut: boolean;
  drawnNodes: number;
  dashedEdges: number;
  /** Total on-screen length of the dashed links drawn, in CSS px. */
  dashedPx: number;
  renderLongestTaskMs: number;
}

/** Choosing Tree: from the route change to the first complete picture, first visit (cold) and second (warm). */
export interface RouteRow {
  lib: TreeLib;
  /** Measured in the app itself (web mode, the rail's route changed from the cascade), not the bench page. */
  inApp?: boolean;
  tactics: number;
  /** Medians of the runs (each run a fresh page: one cold visit, then one warm); null: timed out. */
  coldMs: number | null;
  warmMs: number | null;
  coldRuns: number[];
  warmRuns: number[];
  timedOut: boolean;
  drawnNodes: number;
  longestTaskMs: number;
}

export interface TreeBenchReport {
  benchmark: 'tree';
  chromium: string;
  viewport: { width: number; height: number };
  timeoutMs: number;
  /** Choosing Tree on the 20,000-tactic plan, the app against react-d3-tree in the same run. */
  route: { timeoutMs: number; rows: RouteRow[] };
  rows: TreeBenchRow[];
  selected: { timeoutMs: number; rows: SelectedTreeRow[] };
}

const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT_MS = 60_000;
const INTERACTION_MS = 3000;
const RUNS: Record<TreeLib, (nodes: number) => number> = {
  hoshin: () => 3,
  rd3t: (nodes) => (nodes <= 1000 ? 3 : 1),
};

const round = (ms: number) => Math.round(ms * 10) / 10;

function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const found = readStaticFile(dir, new URL(req.url ?? '/', 'http://x').pathname);
    if (!found.ok) res.writeHead(found.status).end();
    else res.writeHead(200, { 'Content-Type': found.type }).end(found.data);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** A point on the stage's background (not on a node), so a drag pans in both trees. */
async function backgroundPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const nodeish =
      '[data-node-id], [data-branch], .rd3t-node, .rd3t-leaf-node, .tree-toolbar, .tree-gapbar, .tree-legend';
    for (let y = 250; y < innerHeight - 150; y += 23) {
      for (let x = innerWidth / 2; x < innerWidth - 100; x += 31) {
        const el = document.elementFromPoint(x, y);
        if (el && !el.closest(nodeish)) return { x, y };
      }
    }
    return { x: innerWidth / 2, y: innerHeight / 2 };
  });
  return point;
}

/**
 * About two seconds of wheel zoom out (far enough for thousands of nodes on screen), pan, zoom in, pan. Each
 * event waits for the page to take it, so a page that cannot keep up gets fewer events: the script stops sending
 * after INTERACTION_MS (finishing a drag it started), so a slow tree costs seconds, not minutes.
 */
async function interact(page: Page): Promise<FrameStats> {
  const at = await backgroundPoint(page);
  const deadline = Date.now() + INTERACTION_MS;
  const more = () => Date.now() < deadline;
  await page.mouse.move(at.x, at.y);
  await page.evaluate(() => window.bench.startFrames());
  const wheel = async (dy: number) => {
    for (let i = 0; i < 24 && more(); i++) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(12);
    }
  };
  const drag = async (dy: number) => {
    if (!more()) return;
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 30 && more(); i++) await page.mouse.move(at.x - i * 8, at.y + i * dy);
    await page.mouse.up();
  };
  await wheel(120);
  await drag(-5);
  await wheel(-120);
  await drag(5);
  await page.waitForTimeout(100);
  return page.evaluate(() => window.bench.stopFrames());
}

async function measure(browser: Browser, url: string, lib: TreeLib, nodes: number, log: (s: string) => void) {
  const row: TreeBenchRow = {
    nodes,
    lib,
    firstRenderMs: null,
    runs: [],
    timedOut: false,
    drawnNodes: 0,
    renderLongestTaskMs: 0,
    interaction: null,
  };
  const runs = RUNS[lib](nodes);
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    try {
      await page.goto(`${url}?lib=${lib}&nodes=${nodes}`);
      await page.waitForFunction(() => window.bench !== undefined, undefined, { timeout: 60_000 });
      const result = await Promise.race([
        page.evaluate(() => window.bench.render()),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), TIMEOUT_MS)),
      ]);
      if (!result) {
        row.timedOut = true;
        log(`  ${LIB_NAME[lib]} ${nodes}: no complete render within ${TIMEOUT_MS / 1000} s\n`);
        break;
      }
      row.runs.push(round(result.ms));
      row.drawnNodes = result.drawnNodes;
      row.renderLongestTaskMs = Math.max(row.renderLongestTaskMs, round(result.longestTaskMs));
      log(`  ${LIB_NAME[lib]} ${nodes}: first render ${round(result.ms)} ms\n`);
      if (run === runs - 1) row.interaction = await interact(page);
    } finally {
      await context.close();
    }
  }
  row.firstRenderMs = row.runs.length > 0 ? median(row.runs) : null;
  return row;
}

/** The whole-edge baseline at 100,000 tactics and more is known not to render; it gets this long, then a "> ". */
const SELECTED_TIMEOUT_MS = 30_000;

/**
 * The selected tree at one size: median of 3 renders (1 above 20,000 tactics, where generating the plan in the
 * page alone takes seconds), each in a fresh page.
 */
async function measureSelected(
  browser: Browser,
  url: string,
  tactics: number,
  clipped: boolean,
  log: (s: string) => void,
): Promise<SelectedTreeRow> {
  const row: SelectedTreeRow = { ...emptySelected(tactics), clipped };
  const runs = tactics <= 20000 && clipped ? 3 : 1;
  const name = clipped ? 'clipped' : 'whole edges';
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    try {
      await page.goto(`${url}?lib=hoshin&tactics=${tactics}&selected=1&clip=${clipped ? 1 : 0}`);
      await page.waitForFunction(() => window.bench !== undefined, undefined, { timeout: 180_000, polling: 200 });
      let timer: NodeJS.Timeout | undefined;
      const result = await Promise.race([
        page.evaluate(() => window.bench.render()),
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), SELECTED_TIMEOUT_MS);
        }),
      ]);
      clearTimeout(timer);
      if (!result) {
        row.timedOut = true;
        log(
          `  selected tree, ${name}, ${tactics} tactics: no complete render within ${SELECTED_TIMEOUT_MS / 1000} s\n`,
        );
        break;
      }
      row.runs.push(round(result.ms));
      row.drawnNodes = result.drawnNodes;
      row.dashedEdges = result.dashedEdges;
      row.dashedPx = result.dashedPx;
      row.renderLongestTaskMs = Math.max(row.renderLongestTaskMs, round(result.longestTaskMs));
      log(`  selected tree, ${name}, ${tactics} tactics: first render ${round(result.ms)} ms\n`);
    } finally {
      await context.close();
    }
  }
  row.firstRenderMs = row.runs.length > 0 ? median(row.runs) : null;
  return row;
}

/** The plan of the route benchmark: bench/large-plan.ts's (2,000 goals, 20,000 tactics). */
export const ROUTE_TACTICS = 20000;
const ROUTE_RUNS: Record<TreeLib, number> = { hoshin: 5, rd3t: 1 };

/**
 * Choosing Tree, as the app does: a fresh page on another view with the plan in memory, the route changed to the
 * tree (cold: nothing of it built, nothing of its code run yet), back, and changed again (warm).
 */
async function measureRoute(browser: Browser, url: string, lib: TreeLib, log: (s: string) => void) {
  const row: RouteRow = {
    lib,
    tactics: ROUTE_TACTICS,
    coldMs: null,
    warmMs: null,
    coldRuns: [],
    warmRuns: [],
    timedOut: false,
    drawnNodes: 0,
    longestTaskMs: 0,
  };
  for (let run = 0; run < ROUTE_RUNS[lib]; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    try {
      await page.goto(`${url}?lib=${lib}&tactics=${ROUTE_TACTICS}&route=1`);
      await page.waitForFunction(
        () => window.bench !== undefined && document.querySelector('[data-route]'),
        undefined,
        {
          timeout: 120_000,
          polling: 100,
        },
      );
      for (const visit of ['cold', 'warm'] as const) {
        let timer: NodeJS.Timeout | undefined;
        const result = await Promise.race([
          page.evaluate(() => window.bench.visit()),
          new Promise<null>((resolve) => {
            timer = setTimeout(() => resolve(null), TIMEOUT_MS);
          }),
        ]);
        clearTimeout(timer);
        if (!result) {
          row.timedOut = true;
          log(`  choosing Tree, ${LIB_NAME[lib]}, ${visit}: no complete picture within ${TIMEOUT_MS / 1000} s\n`);
          break;
        }
        (visit === 'cold' ? row.coldRuns : row.warmRuns).push(round(result.ms));
        row.drawnNodes = result.drawnNodes;
        row.longestTaskMs = Math.max(row.longestTaskMs, round(result.longestTaskMs));
        log(`  choosing Tree, ${LIB_NAME[lib]}, ${visit}: ${round(result.ms)} ms\n`);
        await page.evaluate(() => window.bench.leave());
      }
    } finally {
      await context.close();
    }
    if (row.timedOut) break;
  }
  row.coldMs = row.coldRuns.length > 0 ? median(row.coldRuns) : null;
  row.warmMs = row.warmRuns.length > 0 ? median(row.warmRuns) : null;
  return row;
}

/**
 * The same in the app: web mode on the 20,000-tactic plan file, the cascade open and the gap analysis in (the
 * header's gap count shown), then the route changed to `#/tree` (cold), back to `#/cascade` and to `#/tree` again
 * (warm). In-page clock from the route change to the tree's first view drawn.
 */
async function measureAppRoute(browser: Browser, log: (s: string) => void): Promise<RouteRow> {
  const row: RouteRow = {
    lib: 'hoshin',
    inApp: true,
    tactics: ROUTE_TACTICS,
    coldMs: null,
    warmMs: null,
    coldRuns: [],
    warmRuns: [],
    timedOut: false,
    drawnNodes: 0,
    longestTaskMs: 0,
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-tree-route-'));
  const file = path.join(dir, 'bench.hoshin');
  writePlanFile(file, parsePlanJson(JSON.stringify(largePlan({ ...BENCH_SIZE, tactics: ROUTE_TACTICS }))));
  const server = await startWebMode(file, { port: 0, log: () => {}, announce: () => {} });
  try {
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      try {
        await page.goto(server.url.replace(/#.*$/, '#/cascade'));
        await page.locator('main[data-view="cascade"] [role="treeitem"]').first().waitFor({ timeout: 120_000 });
        await page.locator('.gap-pill').waitFor({ timeout: 120_000 });
        for (const visit of ['cold', 'warm'] as const) {
          const ms = await page.evaluate(async () => {
            const frame = () => new Promise((r) => requestAnimationFrame(r));
            const t0 = performance.now();
            location.hash = '#/tree';
            while (!document.querySelector('[data-tree-ready="true"] [data-node-id]')) await frame();
            await frame();
            await frame();
            return performance.now() - t0;
          });
          row.drawnNodes = await page.locator('[data-node-id], [data-branch]').count();
          (visit === 'cold' ? row.coldRuns : row.warmRuns).push(round(ms));
          log(`  choosing Tree in the app (web mode), ${visit}: ${round(ms)} ms\n`);
          await page.evaluate(() => (location.hash = '#/cascade'));
          await page.locator('main[data-view="cascade"] [role="treeitem"]').first().waitFor();
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  row.coldMs = median(row.coldRuns);
  row.warmMs = median(row.warmRuns);
  return row;
}

/** Choosing Tree, cold and warm: how many times faster than react-d3-tree (a lower bound when it timed out). */
export function routeSpeedup(
  report: TreeBenchReport,
  visit: 'cold' | 'warm',
): { ratio: number; lowerBound: boolean } | null {
  const key = visit === 'cold' ? 'coldMs' : 'warmMs';
  const ours = report.route.rows.find((r) => r.lib === 'hoshin' && !r.inApp)?.[key];
  const theirs = report.route.rows.find((r) => r.lib === 'rd3t');
  if (!ours || !theirs) return null;
  const value = theirs[key];
  if (value === null) return { ratio: round(report.route.timeoutMs / ours), lowerBound: true };
  return { ratio: round(value / ours), lowerBound: false };
}

export async function runTreeBench(
  log: (s: string) => void = () => {},
  parts: { libraries?: boolean; selected?: readonly number[]; route?: boolean } = {},
): Promise<TreeBenchReport> {
  const { libraries = true, selected: selectedSizes = SELECTED_TACTICS, route = true } = parts;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-tree-bench-'));
  try {
    const vite = await import('vite');
    await vite.build(benchPageConfig(out));
    const server = await serve(out);
    const browser = await launchChromium();
    try {
      const routeRows: RouteRow[] = [];
      for (const lib of route ? (['hoshin', 'rd3t'] as const) : []) {
        routeRows.push(await measureRoute(browser, server.url, lib, log));
      }
      if (route) routeRows.push(await measureAppRoute(browser, log));
      const rows: TreeBenchRow[] = [];
      for (const nodes of libraries ? BENCH_NODES : []) {
        for (const lib of ['hoshin', 'rd3t'] as const) rows.push(await measure(browser, server.url, lib, nodes, log));
      }
      const selected: SelectedTreeRow[] = [];
      for (const tactics of selectedSizes) {
        for (const clipped of [true, false]) {
          // The baseline stopped rendering at a smaller size: a larger one would only wait out the timeout again.
          const gaveUp = selected.some((r) => !r.clipped && r.timedOut);
          if (!clipped && gaveUp) {
            selected.push({ ...emptySelected(tactics), timedOut: true });
            continue;
          }
          selected.push(await measureSelected(browser, server.url, tactics, clipped, log));
        }
      }
      return {
        benchmark: 'tree',
        chromium: browser.version(),
        viewport: VIEWPORT,
        timeoutMs: TIMEOUT_MS,
        route: { timeoutMs: TIMEOUT_MS, rows: routeRows },
        rows,
        selected: { timeoutMs: SELECTED_TIMEOUT_MS, rows: selected },
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/** First-render speed-up over react-d3-tree; a lower bound (">") when react-d3-tree timed out. */
export function speedup(report: TreeBenchReport, nodes: number): { ratio: number; lowerBound: boolean } | null {
  const ours = report.rows.find((r) => r.nodes === nodes && r.lib === 'hoshin')?.firstRenderMs;
  const theirs = report.rows.find((r) => r.nodes === nodes && r.lib === 'rd3t');
  if (!ours || !theirs) return null;
  if (theirs.firstRenderMs === null) return { ratio: round(report.timeoutMs / ours), lowerBound: true };
  return { ratio: round(theirs.firstRenderMs / ours), lowerBound: false };
}

const emptySelected = (tactics: number): SelectedTreeRow => ({
  tactics,
  clipped: false,
  firstRenderMs: null,
  runs: [],
  timedOut: false,
  drawnNodes: 0,
  dashedEdges: 0,
  dashedPx: 0,
  renderLongestTaskMs: 0,
});

/** The clipped tree's first render against the whole-edge baseline at one size; a lower bound when it timed out. */
export function selectedSpeedup(
  report: TreeBenchReport,
  tactics: number,
): { ratio: number; lowerBound: boolean } | null {
  const ours = report.selected.rows.find((r) => r.tactics === tactics && r.clipped)?.firstRenderMs;
  const naive = report.selected.rows.find((r) => r.tactics === tactics && !r.clipped);
  if (!ours || !naive) return null;
  if (naive.firstRenderMs === null) return { ratio: round(report.selected.timeoutMs / ours), lowerBound: true };
  return { ratio: round(naive.firstRenderMs / ours), lowerBound: false };
}
