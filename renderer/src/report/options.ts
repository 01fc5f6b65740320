import type {
  ReportMargins,
  ReportOptions,
  ReportPageSize,
  ReportSection,
  ReportTreeDepth,
  ReportTreeLayout,
  ReportXMatrixSize,
} from '../../../contract/report.ts';
import { t } from '../i18n/intl.ts';
import { isLocale } from '../i18n/locales.ts';

// Re-declared from contract/report.ts (the renderer imports only its types); `satisfies` plus the exhaustiveness
// checks below keep them in step with the contract.
export const SECTIONS = [
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
] as const satisfies readonly ReportSection[];
const PAGE_SIZES = ['A4', 'Letter'] as const satisfies readonly ReportPageSize[];
export const TREE_LAYOUTS = [
  'landscape',
  'portrait',
  'poster-A2',
  'poster-A1',
  'poster-A0',
] as const satisfies readonly ReportTreeLayout[];
const TREE_DEPTHS = ['auto', 'tactics', 'goals'] as const satisfies readonly ReportTreeDepth[];
const XMATRIX_SIZES = ['same', 'A3'] as const satisfies readonly ReportXMatrixSize[];
const MARGINS = ['normal', 'narrow', 'wide'] as const satisfies readonly ReportMargins[];
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const LISTS_MATCH_CONTRACT: [
  Exhaustive<ReportSection, (typeof SECTIONS)[number]>,
  Exhaustive<ReportPageSize, (typeof PAGE_SIZES)[number]>,
  Exhaustive<ReportTreeLayout, (typeof TREE_LAYOUTS)[number]>,
  Exhaustive<ReportTreeDepth, (typeof TREE_DEPTHS)[number]>,
  Exhaustive<ReportXMatrixSize, (typeof XMATRIX_SIZES)[number]>,
  Exhaustive<ReportMargins, (typeof MARGINS)[number]>,
] = [true, true, true, true, true, true];

/** Must match TREE_TACTIC_LIMIT in contract/report.ts. */
export const TREE_TACTIC_LIMIT = 300;
export const DEFAULT_ACCENT = '1f4e79';

/** Each section's name in the app's language, read when shown (a getter per section). */
export const SECTION_LABEL: Readonly<Record<ReportSection, string>> = Object.defineProperties(
  {} as Record<ReportSection, string>,
  Object.fromEntries(SECTIONS.map((s) => [s, { get: () => t(`report.section.${s}`), enumerable: true }])),
);

export const DEFAULT_OPTIONS: ReportOptions = {
  sections: [...SECTIONS],
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

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads options from a query (`sections=…&size=A4&…`); anything missing or unknown takes its default. */
export function parseOptions(query: string): ReportOptions {
  const p = new URLSearchParams(query.replace(/^[#?]+/, ''));
  const listed = p.get('sections');
  const names = listed === null ? null : listed.split(',').map((s) => s.trim());
  const accent = (p.get('accent') ?? '').replace(/^#/, '').toLowerCase();
  return {
    sections: names === null ? [...SECTIONS] : SECTIONS.filter((s) => names.includes(s)),
    pageSize: pick(p.get('size'), PAGE_SIZES, DEFAULT_OPTIONS.pageSize),
    landscape: p.get('orientation') === 'landscape',
    tree: pick(p.get('tree'), TREE_LAYOUTS, DEFAULT_OPTIONS.tree),
    treeDepth: pick(p.get('treeDepth'), TREE_DEPTHS, DEFAULT_OPTIONS.treeDepth),
    xmatrix: pick(p.get('xmatrix'), XMATRIX_SIZES, DEFAULT_OPTIONS.xmatrix),
    margins: pick(p.get('margins'), MARGINS, DEFAULT_OPTIONS.margins),
    accent: /^[0-9a-f]{6}$/.test(accent) ? accent : DEFAULT_ACCENT,
    watermark: p.get('watermark') === 'draft',
    logo: p.get('logo') === '1',
    department: p.get('department') || null,
    locale: isLocale(p.get('locale')) ? p.get('locale') : null,
  };
}

/** The inverse of parseOptions (same order and spelling as contract/report.ts's reportQuery). */
export function optionsQuery(options: ReportOptions): string {
  const p = new URLSearchParams();
  p.set('sections', SECTIONS.filter((s) => options.sections.includes(s)).join(','));
  p.set('size', options.pageSize);
  p.set('orientation', options.landscape ? 'landscape' : 'portrait');
  p.set('tree', options.tree);
  p.set('treeDepth', options.treeDepth);
  p.set('xmatrix', options.xmatrix);
  p.set('margins', options.margins);
  p.set('accent', options.accent);
  if (options.watermark) p.set('watermark', 'draft');
  if (options.logo) p.set('logo', '1');
  if (options.department) p.set('department', options.department);
  if (options.locale) p.set('locale', options.locale);
  return p.toString();
}

export { PAGE_SIZES, TREE_DEPTHS, XMATRIX_SIZES, MARGINS };
