import type { ReactNode } from 'react';
import type { ReportSection } from '../../../contract/report.ts';
import type { PageFormat } from './page-format.ts';

export interface TableColumn {
  key: string;
  label: ReactNode;
  /** A CSS width (`12%`, `18mm`); the table lays out with `table-layout: fixed`, so a row's height is its own. */
  width: string;
  align?: 'left' | 'right' | 'center';
  className?: string;
}

export interface TableRow {
  key: string;
  cells: ReactNode[];
  className?: string;
  /** A group heading row: its one cell spans every column. */
  group?: boolean;
}

export interface TableSpec {
  /** Names the table for assistive technology (and the PDF's tags). */
  label: string;
  columns: TableColumn[];
  rows: TableRow[];
  className?: string;
}

/** Sliced content (the tree): cut where nothing is cut through, one page at a time. */
export interface Slicer {
  /** Where slicing starts and ends, in the slicer's own units. */
  start: number;
  end: number;
  /**
   * The furthest cut after `from` whose slice fits in `availablePx`, or null when none does (the caller then
   * tries a fresh page; on a fresh page the slicer must make progress).
   */
  cut(from: number, availablePx: number, freshPage: boolean): { to: number; height: number } | null;
  render(from: number, to: number): ReactNode;
}

interface BlockBase {
  key: string;
  /** Space above the block in CSS pixels, dropped at the top of a page. */
  spaceBefore?: number;
}

export type Block =
  | (BlockBase & { kind: 'flow'; node: ReactNode; keepWithNext?: boolean })
  | (BlockBase & { kind: 'table'; table: TableSpec })
  | (BlockBase & { kind: 'sliced'; slicer: Slicer })
  | (BlockBase & {
      kind: 'fit';
      /** Natural size in CSS pixels when known in advance; measured otherwise. */
      natural?: { width: number; height: number };
      maxZoom?: number;
      render: (zoom: number) => ReactNode;
    });

/** A run of pages with one title in the contents: a section, or one department of the departments section. */
export interface Chapter {
  /** The heading's element id, the contents' link target. */
  id: string;
  section: ReportSection;
  title: string;
  /** Level in the contents; 0: not listed (cover, contents). */
  level: 0 | 1 | 2;
  format: PageFormat;
  newPage: boolean;
  /** Running header and footer (not on the cover). */
  frame: boolean;
  blocks: Block[];
}

export interface TableMeasure {
  head: number;
  rows: number[];
}

export interface Measures {
  flow: Map<string, number>;
  tables: Map<string, TableMeasure>;
  fit: Map<string, { width: number; height: number }>;
}

export type PageItem =
  | { kind: 'flow'; block: Extract<Block, { kind: 'flow' }>; space: number }
  | { kind: 'table'; block: Extract<Block, { kind: 'table' }>; from: number; to: number; space: number }
  | { kind: 'slice'; block: Extract<Block, { kind: 'sliced' }>; from: number; to: number; space: number }
  | { kind: 'fit'; block: Extract<Block, { kind: 'fit' }>; zoom: number; space: number };

export interface Page {
  /** 1-based, counting the cover. */
  number: number;
  format: PageFormat;
  chapterId: string;
  frame: boolean;
  items: PageItem[];
}
