/**
 * `hoshin report`: the plan report as a PDF, printed by Chromium from the renderer's own report page (report.html)
 * served by an in-process web mode, exactly what the desktop app prints. Vector pages, selectable text, the
 * report's own embedded fonts, and an outline (bookmarks) built from the chapter headings; compacted with object
 * streams (pdf-compact.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import { reportQuery, type ReportOptions } from '../contract/report.ts';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from './chromium.ts';
import { compactPdf } from './pdf-compact.ts';
import { openPlanForReading } from '../services/plan-files.ts';
import { startWebMode } from './serve.ts';

const DEFAULT_TIMEOUT_MS = 120_000;

export interface ReportPdfOptions {
  out: string;
  report: ReportOptions;
  /** An image file for the cover (PNG, JPEG, SVG or WebP). */
  logo?: string | null;
  /** YYYY-MM-DD printed on the cover; today when omitted. */
  preparedOn?: string;
  timeoutMs?: number;
  log?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

export function logoDataUrl(file: string): string {
  const type = LOGO_TYPES[path.extname(file).toLowerCase()];
  if (!type) throw new HoshinError('invalid_input', `${file}: a logo must be a PNG, JPEG, SVG or WebP image`);
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new HoshinError(
      code === 'ENOENT' ? 'not_found' : 'io',
      `${file}: ${code === 'ENOENT' ? 'no such file' : code}`,
    );
  }
  if (data.length > 1024 * 1024) throw new HoshinError('invalid_input', `${file}: a logo must be at most 1 MB`);
  return `data:${type};base64,${data.toString('base64')}`;
}

export interface ReportPdfResult {
  pages: number;
  bytes: number;
}

/**
 * The id of the department a `--department` value names: its id, or its name in any letter case. Refused, naming
 * the plan's departments, when none matches.
 */
export function resolveDepartment(file: string, query: string): string {
  const session = openPlanForReading(file);
  try {
    const { departments } = session.dispatch('getPlan', {});
    const q = query.trim();
    const found =
      departments.find((d) => d.id === q) ??
      departments.find((d) => d.name.localeCompare(q, undefined, { sensitivity: 'accent' }) === 0);
    if (found) return found.id;
    const names = departments.map((d) => d.name).join(', ');
    throw new HoshinError(
      'not_found',
      departments.length === 0
        ? `--department: this plan has no departments (asked for "${q}")`
        : `--department: no department "${q}" in this plan (its departments: ${names})`,
    );
  } finally {
    session.close();
  }
}

export async function renderReportPdf(file: string, options: ReportPdfOptions): Promise<ReportPdfResult> {
  const log = options.log ?? (() => {});
  const department = options.report.department ? resolveDepartment(file, options.report.department) : null;
  const executablePath = findChromium(options.env);
  const logo = options.logo ? logoDataUrl(options.logo) : null;
  const outDir = path.dirname(path.resolve(options.out));
  if (!fs.existsSync(outDir)) throw new HoshinError('io', `${outDir}: no such folder`);
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  // The report only reads: the plan is served read-only, so printing it never locks, upgrades or changes it.
  const running = await startWebMode(file, { port: 0, log, announce: () => {}, readOnly: true });
  let browser: Browser | null = null;
  try {
    try {
      browser = await launchChromium({ executablePath, timeout });
    } catch (err) {
      throw new HoshinError('io', `Chromium (${executablePath}) did not start: ${firstLine(err)}`);
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(timeout);
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    await page.addInitScript(
      (input) => {
        window.hoshinReportInput = input;
      },
      { logo, ...(options.preparedOn ? { preparedOn: options.preparedOn } : {}) },
    );
    const origin = new URL(running.url).origin;
    const report = { ...options.report, logo: logo !== null, department };
    await page.goto(`${origin}/report.html?token=${running.token}#${reportQuery(report)}`, { timeout });
    try {
      await page.waitForFunction(
        () => document.documentElement.dataset.reportReady === 'true' || !!document.documentElement.dataset.reportError,
        null,
        { timeout, polling: 100 },
      );
    } catch {
      throw new HoshinError(
        'internal',
        `the report was not laid out within ${Math.round(timeout / 1000)} s${problems.length ? ` (${problems[0]})` : ''}`,
      );
    }
    const failure = await page.evaluate(() => document.documentElement.dataset.reportError ?? null);
    if (failure) throw new HoshinError('internal', `the report page failed: ${failure}`);
    const pages = Number(await page.evaluate(() => document.documentElement.dataset.reportPages ?? '0'));
    const printed = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: false,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    });
    const pdf = await compactPdf(printed);
    try {
      fs.writeFileSync(options.out, pdf);
    } catch (err) {
      throw new HoshinError(
        'io',
        `${options.out}: cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      );
    }
    return { pages, bytes: pdf.length };
  } finally {
    await browser?.close().catch(() => {});
    await running.close();
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
