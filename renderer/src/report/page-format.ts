import type { ReportMargins, ReportPageSize } from '../../../contract/report.ts';

export type Paper = ReportPageSize | 'A3' | 'A2' | 'A1' | 'A0';
export const PAPERS: readonly Paper[] = ['A4', 'Letter', 'A3', 'A2', 'A1', 'A0'];

/** Portrait width and height in millimetres. */
const PAPER_MM: Record<Paper, [number, number]> = {
  A4: [210, 297],
  Letter: [215.9, 279.4],
  A3: [297, 420],
  A2: [420, 594],
  A1: [594, 841],
  A0: [841, 1189],
};

export interface PageFormat {
  paper: Paper;
  landscape: boolean;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Millimetres; the running header sits in the top margin and the footer in the bottom one. */
const MARGINS_MM: Record<ReportMargins, Margins> = {
  normal: { top: 24, right: 20, bottom: 22, left: 20 },
  narrow: { top: 20, right: 13, bottom: 20, left: 13 },
  wide: { top: 30, right: 28, bottom: 28, left: 28 },
};

export const PX_PER_MM = 96 / 25.4;

/** The CSS named page (report.css has an @page rule and a class for each): `a4-portrait`, `a1-landscape`. */
export function pageName(format: PageFormat): string {
  return `${format.paper.toLowerCase()}-${format.landscape ? 'landscape' : 'portrait'}`;
}

export function sameFormat(a: PageFormat, b: PageFormat): boolean {
  return a.paper === b.paper && a.landscape === b.landscape;
}

export function paperMm(format: PageFormat): { width: number; height: number } {
  const [w, h] = PAPER_MM[format.paper];
  return format.landscape ? { width: h, height: w } : { width: w, height: h };
}

export function marginsMm(margins: ReportMargins): Margins {
  return MARGINS_MM[margins];
}

/**
 * The content box in CSS pixels. Slightly less than the geometric box: print layout can round a line a fraction of a
 * pixel differently from the screen layout the pagination measured, and a page must never overflow.
 */
export function contentBox(format: PageFormat, margins: ReportMargins): { width: number; height: number } {
  const paper = paperMm(format);
  const m = MARGINS_MM[margins];
  return {
    width: Math.floor((paper.width - m.left - m.right) * PX_PER_MM),
    height: Math.floor((paper.height - m.top - m.bottom) * PX_PER_MM) - 6,
  };
}
