/** The report's pagination: what goes on which page, from measured heights (pure, no browser). */
import { describe, expect, it } from 'vitest';
import type { Block, Chapter, Measures } from '../../renderer/src/report/blocks.ts';
import { paginate } from '../../renderer/src/report/paginate.ts';

const A4 = { paper: 'A4', landscape: false } as const;
const box = () => ({ width: 600, height: 1000 });

function chapter(id: string, blocks: Block[], newPage = true): Chapter {
  return { id, section: 'summary', title: id, level: 1, format: A4, newPage, frame: true, blocks };
}
const flow = (key: string, keepWithNext = false): Block => ({ kind: 'flow', key, node: null, keepWithNext });
const table = (key: string, rows: number): Block => ({
  kind: 'table',
  key,
  table: { label: key, columns: [], rows: Array.from({ length: rows }, (_, i) => ({ key: `r${i}`, cells: [] })) },
});
function measures(flows: Record<string, number>, tables: Record<string, { head: number; rows: number[] }> = {}) {
  return {
    flow: new Map(Object.entries(flows)),
    tables: new Map(Object.entries(tables)),
    fit: new Map(),
  } satisfies Measures;
}

describe('paginate', () => {
  it('splits a table between rows and repeats its header on the next page', () => {
    const rows = Array.from({ length: 30 }, () => 50);
    const { pages } = paginate(
      [chapter('c', [flow('h', true), table('t', 30)])],
      measures({ h: 100 }, { t: { head: 30, rows } }),
      box,
    );
    const parts = pages.flatMap((p) => p.items.filter((i) => i.kind === 'table'));
    // 1000 - 100 (heading) - 30 (header) = 870: 17 rows; then 970 / 50: 19 rows; the rest.
    expect(parts.map((p) => (p.kind === 'table' ? [p.from, p.to] : []))).toEqual([
      [0, 17],
      [17, 30],
    ]);
    expect(pages).toHaveLength(2);
  });

  it('never leaves a heading alone at the foot of a page', () => {
    const { pages } = paginate(
      [chapter('c', [flow('a'), flow('h', true), table('t', 2)])],
      measures({ a: 900, h: 60 }, { t: { head: 30, rows: [40, 40] } }),
      box,
    );
    expect(pages.map((p) => p.items.map((i) => i.block.key))).toEqual([['a'], ['h', 't']]);
  });

  it('starts chapters on new pages, numbers pages and records where each chapter starts', () => {
    const { pages, firstPage } = paginate(
      [chapter('one', [flow('a')]), chapter('two', [flow('b')]), chapter('three', [flow('c')], false)],
      measures({ a: 10, b: 10, c: 10 }),
      box,
    );
    expect(pages.map((p) => p.number)).toEqual([1, 2]);
    expect(Object.fromEntries(firstPage)).toEqual({ one: 1, two: 2, three: 2 });
  });

  it('cuts sliced content where the slicer says, on as many pages as it takes', () => {
    const slicer = {
      start: 0,
      end: 2500,
      cut: (from: number, available: number) => ({
        to: Math.min(2500, from + Math.floor(available)),
        height: Math.min(2500 - from, Math.floor(available)),
      }),
      render: () => null,
    };
    const { pages } = paginate([chapter('tree', [{ kind: 'sliced', key: 's', slicer }])], measures({}), box);
    expect(pages.map((p) => p.items.map((i) => (i.kind === 'slice' ? [i.from, i.to] : [])))).toEqual([
      [[0, 1000]],
      [[1000, 2000]],
      [[2000, 2500]],
    ]);
  });
});
