/**
 * The plan report's options and how they travel to the report page (`report.html#<query>`), which the CLI, the
 * Electron shell, web mode and the export dialog all open. The renderer re-declares the value lists (it imports
 * only types from here) with a compile-time check that they match.
 */
import type { ReviewState } from './api.ts';
import type { GapReport } from './gaps.ts';
import type { PlanDocument } from './plan-format.ts';

/** Report sections in document order; `--sections` and the export dialog name them this way. */
export const REPORT_SECTIONS = [
  'cover',
  'contents',
  'vision',
  'summary',
  'tree',
  'correlation',
  'xmatrix',
  'departments',
  'review',
  'gaps',
  'appendix',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_PAGE_SIZES = ['A4', 'Letter'] as const;
export type ReportPageSize = (typeof REPORT_PAGE_SIZES)[number];

/** Pages of the cascade tree: split over pages of the report's size in either orientation, or one poster page. */
export const REPORT_TREE_LAYOUTS = ['landscape', 'portrait', 'poster-A2', 'poster-A1', 'poster-A0'] as const;
export type ReportTreeLayout = (typeof REPORT_TREE_LAYOUTS)[number];

/** The X-matrix page: landscape at the report's size, or A3 landscape. */
export const REPORT_XMATRIX_SIZES = ['same', 'A3'] as const;
export type ReportXMatrixSize = (typeof REPORT_XMATRIX_SIZES)[number];

export const REPORT_MARGINS = ['normal', 'narrow', 'wide'] as const;
export type ReportMargins = (typeof REPORT_MARGINS)[number];

/** Tactics drawn in the tree; `auto` draws them up to TREE_TACTIC_LIMIT and shows goals with counts beyond. */
export const REPORT_TREE_DEPTHS = ['auto', 'tactics', 'goals'] as const;
export type ReportTreeDepth = (typeof REPORT_TREE_DEPTHS)[number];
export const TREE_TACTIC_LIMIT = 300;

export interface ReportOptions {
  sections: ReportSection[];
  pageSize: ReportPageSize;
  /** Orientation of the body pages (the tree and the X-matrix have their own). */
  landscape: boolean;
  tree: ReportTreeLayout;
  treeDepth: ReportTreeDepth;
  xmatrix: ReportXMatrixSize;
  margins: ReportMargins;
  /** Six hex digits without '#'. */
  accent: string;
  watermark: boolean;
  /** Show the logo the caller supplies (injected, or the one saved by the export dialog). */
  logo: boolean;
  /**
   * Only this department's pages, with the objectives it serves (`hoshin report --department`): a department
   * id in the report page's query (renderReportPdf resolves a name to it).
   */
  department?: string | null;
  /**
   * The one locale of the report's text, page numbers, dates and numbers (`hoshin report --locale`): en, de, fr,
   * es or ja. Omitted or null: the app's language (the export dialog) or English (the CLI).
   */
  locale?: string | null;
}

/** The languages a report can be printed in (renderer/src/i18n/locales.ts's LOCALES). */
export const REPORT_LOCALES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type ReportLocale = (typeof REPORT_LOCALES)[number];

export const DEFAULT_ACCENT = '1f4e79';

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  sections: [...REPORT_SECTIONS],
  pageSize: 'A4',
  landscape: false,
  tree: 'landscape',
  treeDepth: 'auto',
  xmatrix: 'same',
  margins: 'normal',
  accent: DEFAULT_ACCENT,
  watermark: false,
  logo: false,
};

/** The report page's hash: `sections=cover,summary&size=A4&…` (every option written, in a fixed order). */
export function reportQuery(options: ReportOptions): string {
  const params = new URLSearchParams();
  params.set('sections', REPORT_SECTIONS.filter((s) => options.sections.includes(s)).join(','));
  params.set('size', options.pageSize);
  params.set('orientation', options.landscape ? 'landscape' : 'portrait');
  params.set('tree', options.tree);
  params.set('treeDepth', options.treeDepth);
  params.set('xmatrix', options.xmatrix);
  params.set('margins', options.margins);
  params.set('accent', options.accent);
  if (options.watermark) params.set('watermark', 'draft');
  if (options.logo) params.set('logo', '1');
  if (options.department) params.set('department', options.department);
  if (options.locale) params.set('locale', options.locale);
  return params.toString();
}

/** Splits a `--sections` list; unknown names are returned separately so the caller can refuse them. */
export function parseSectionList(list: string): { sections: ReportSection[]; unknown: string[] } {
  const names = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(REPORT_SECTIONS as readonly string[]).includes(n));
  const sections = REPORT_SECTIONS.filter((s) => names.includes(s));
  return { sections, unknown };
}

/** Data a shell hands the report page directly (Electron's hidden window has no plan API of its own). */
export interface InjectedReport {
  plan: PlanDocument;
  gaps: GapReport;
  review: ReviewState;
  /** A data: URL (PNG, JPEG or SVG), or null. */
  logo: string | null;
}
