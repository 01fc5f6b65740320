import type { Block, Chapter, Measures, Page, PageItem } from './blocks.ts';
import { sameFormat, type PageFormat } from './page-format.ts';

export interface Pagination {
  pages: Page[];
  /** Chapter id -> the page it starts on. */
  firstPage: Map<string, number>;
}

/**
 * Packs measured blocks into pages. Invariants: a block or table row is never split; a table continued on the next
 * page repeats its header; a heading marked keepWithNext never ends a page; a chapter with `newPage`, or in another
 * page format than the page before, starts a page. Pure: the same chapters and measures give the same pages.
 */
export function paginate(
  chapters: readonly Chapter[],
  measures: Measures,
  box: (format: PageFormat) => { width: number; height: number },
): Pagination {
  const pages: Page[] = [];
  const firstPage = new Map<string, number>();
  let used = 0;
  let capacity = 0;

  const open = (chapter: Chapter): Page => {
    const page: Page = {
      number: pages.length + 1,
      format: chapter.format,
      chapterId: chapter.id,
      frame: chapter.frame,
      items: [],
    };
    pages.push(page);
    used = 0;
    capacity = box(chapter.format).height;
    return page;
  };
  const spaceFor = (p: Page, block: Block) => (p.items.length === 0 ? 0 : (block.spaceBefore ?? 0));

  /** The least of a block that must come along with a keepWithNext block before it. */
  const minimumOf = (block: Block | undefined): number => {
    if (!block) return 0;
    const space = block.spaceBefore ?? 0;
    switch (block.kind) {
      case 'flow':
        return space + (measures.flow.get(block.key) ?? 0);
      case 'table': {
        const t = measures.tables.get(block.key);
        return t ? space + t.head + (t.rows[0] ?? 0) : space;
      }
      case 'sliced':
        return space + 80;
      case 'fit':
        return space + 120;
    }
  };

  for (const chapter of chapters) {
    const last = pages.at(-1);
    let current: Page = !last || chapter.newPage || !sameFormat(last.format, chapter.format) ? open(chapter) : last;
    firstPage.set(chapter.id, current.number);
    const push = (item: PageItem, height: number) => {
      current.items.push(item);
      used += item.space + height;
    };

    chapter.blocks.forEach((block, index) => {
      switch (block.kind) {
        case 'flow': {
          const h = measures.flow.get(block.key) ?? 0;
          const need = h + (block.keepWithNext ? minimumOf(chapter.blocks[index + 1]) : 0);
          if (current.items.length > 0 && used + spaceFor(current, block) + need > capacity) current = open(chapter);
          push({ kind: 'flow', block, space: spaceFor(current, block) }, h);
          break;
        }
        case 'table': {
          const t = measures.tables.get(block.key) ?? { head: 0, rows: block.table.rows.map(() => 0) };
          if (t.rows.length === 0) break;
          let row = 0;
          while (row < t.rows.length) {
            const space = spaceFor(current, block);
            let height = t.head;
            let end = row;
            while (end < t.rows.length && used + space + height + t.rows[end]! <= capacity) {
              height += t.rows[end]!;
              end += 1;
            }
            // A row taller than a whole page still goes on a page of its own rather than looping forever.
            if (end === row && current.items.length === 0) {
              height += t.rows[end]!;
              end += 1;
            }
            if (end === row) {
              current = open(chapter);
              continue;
            }
            push({ kind: 'table', block, from: row, to: end, space }, height);
            row = end;
            if (row < t.rows.length) current = open(chapter);
          }
          break;
        }
        case 'sliced': {
          const { slicer } = block;
          let from = slicer.start;
          while (from < slicer.end) {
            const space = spaceFor(current, block);
            const fresh = current.items.length === 0;
            const cut = slicer.cut(from, capacity - used - space, fresh);
            if (cut === null) {
              if (fresh) break;
              current = open(chapter);
              continue;
            }
            push({ kind: 'slice', block, from, to: cut.to, space }, cut.height);
            from = cut.to;
            if (from < slicer.end) current = open(chapter);
          }
          break;
        }
        case 'fit': {
          const natural = block.natural ?? measures.fit.get(block.key) ?? { width: 1, height: 1 };
          const width = box(chapter.format).width;
          let space = spaceFor(current, block);
          let room = capacity - used - space;
          // Shrunk below half size to stay on this page: a fresh page reads better.
          if (current.items.length > 0 && Math.min(width / natural.width, room / natural.height) < 0.5) {
            current = open(chapter);
            space = 0;
            room = capacity;
          }
          const zoom = Math.min(block.maxZoom ?? 1, width / natural.width, room / natural.height);
          push({ kind: 'fit', block, zoom, space }, natural.height * zoom);
          break;
        }
      }
    });
  }
  return { pages, firstPage };
}
