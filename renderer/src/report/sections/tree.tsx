import type { Block, Chapter, TableRow, TableSpec } from '../blocks.ts';
import { TREE_TACTIC_LIMIT } from '../options.ts';
import type { PageFormat } from '../page-format.ts';
import { usePageNumbers } from '../page-numbers.ts';
import { buildTreeModel, walk, type TreeItem } from '../../tree/tree-model.ts';
import { GapTag, Legend } from '../marks.tsx';
import { TreeDrawing, type TreeCardContext } from '../TreeDrawing.tsx';
import { levelsBelow, pictureHeight, pictureWidth, posterLayout, treePages, type TreePage } from '../tree-pages.ts';
import type { BuildContext } from './build-context.ts';
import { headingBlock } from './headings.tsx';
import { t, tRich } from '../../i18n/intl.ts';
import { formatCount } from '../format.ts';

/** A word space between inline parts (JSX drops the whitespace of a line break). */
const SPACE = ' ';

export function treeFormat(ctx: BuildContext): PageFormat {
  const { tree } = ctx.options;
  if (tree === 'landscape' || tree === 'portrait')
    return { paper: ctx.options.pageSize, landscape: tree === 'landscape' };
  return { paper: tree.slice('poster-'.length) as 'A2' | 'A1' | 'A0', landscape: false };
}

/** Height kept on a tree page for its header line ("O2 (continued)"), in CSS pixels. */
const PAGE_HEADER = 44;
/** How much smaller than the section's scale a page may draw to save a page (see treePages). */
const SHRINK = 0.8;

/** Anchor of an objective's first tree page (the overview links to it). */
const pageAnchor = (item: TreeItem) =>
  `tree-${item.kind === 'unaligned' ? 'unaligned' : item.id}`.replace(/[^A-Za-z0-9_-]/g, '_');

function PageRef({ id }: { id: string }) {
  const { firstPage } = usePageNumbers();
  const page = firstPage(id);
  return <span className="rpt-tree-overview__page">{page === null ? '' : t('rpt.tree.pageRef', { page })}</span>;
}

/**
 * The cascade with the tree view's own layout (tree-model + tree-layout, horizontal), paged by objective: an
 * overview (objectives and their goals with tactic counts and gap marks), then each objective's subtree on pages
 * of its own, split only between goals, then the Unaligned branch on its own pages. A poster size instead packs
 * the whole tree into columns scaled to fill the sheet. Past TREE_TACTIC_LIMIT tactics (`auto`) the goals are
 * drawn with a count of their tactics instead, which the department sections list in full.
 */
export function treeChapter(ctx: BuildContext): Chapter[] {
  const { facts, options } = ctx;
  const { plan, gaps } = facts.data;
  const model = buildTreeModel(plan, gaps);
  const collapseTactics =
    options.treeDepth === 'goals' || (options.treeDepth === 'auto' && plan.tactics.length > TREE_TACTIC_LIMIT);
  const collapsed = new Set<string>();
  if (collapseTactics) for (const item of walk(model.root)) if (item.kind === 'goal') collapsed.add(item.key);
  const slots = new Map(plan.departments.map((d, i) => [d.id, i % 8]));
  const unaligned = model.root.children.find((c) => c.kind === 'unaligned');
  const card: TreeCardContext = {
    departmentName: (id) => (id ? (facts.departments.get(id)?.name ?? '') : ''),
    departmentSlot: (id) => (id ? (slots.get(id) ?? null) : null),
    horizon: (id) => facts.objectives.get(id)?.horizon ?? null,
    unalignedCount: unaligned ? [...walk(unaligned)].length - 1 : 0,
  };
  const format = treeFormat(ctx);
  const box = ctx.box(format);
  const poster = options.tree.startsWith('poster');

  const intro: Block = {
    kind: 'flow',
    key: 'tree:legend',
    spaceBefore: 4,
    node: (
      <div className="rpt-tree-key">
        <p>
          {t('rpt.tree.intro')}
          {poster ? null : t('rpt.tree.pages')}
          {collapseTactics ? t('rpt.tree.collapsed', { count: formatCount(plan.tactics.length) }) : null}
        </p>
        <Legend />
      </div>
    ),
  };
  const heading = headingBlock('tree', t('rpt.tree'), 1, t('rpt.tree.kicker'));
  const chapter = (id: string, title: string, level: 0 | 1 | 2, blocks: Block[]): Chapter => ({
    id,
    section: 'tree',
    title,
    level,
    format,
    newPage: true,
    frame: true,
    blocks,
  });

  if (poster) {
    const laid = posterLayout(model.root, model.secondary, collapsed, {
      width: box.width,
      height: box.height - 200,
    });
    const drawing: Block = {
      kind: 'fit',
      key: 'tree:poster',
      spaceBefore: 8,
      // In sheet pixels at the zoom that fills the sheet, so the page keeps it (and only trims it to the room left
      // under the heading), never moving it to a page of its own.
      natural: { width: laid.width * laid.zoom, height: laid.height * laid.zoom },
      maxZoom: 1,
      render: (zoom) => (
        <TreeDrawing
          blocks={laid.blocks.map((b) => ({
            picture: b.page.picture,
            x: b.x,
            y: b.y,
            ...(b.page.part > 0 ? { label: t('rpt.continued', { label: b.page.item.code }) } : {}),
          }))}
          width={laid.width}
          height={laid.height}
          zoom={zoom * laid.zoom}
          ctx={card}
          label={t('rpt.tree.drawing')}
        />
      ),
    };
    return [chapter('tree', t('rpt.tree'), 1, [heading, intro, drawing])];
  }

  // One scale for every tree page, so a card is the same size throughout the section.
  const levels = Math.max(1, levelsBelow(model.root, collapsed));
  const scale = Math.min(1, box.width / pictureWidth(levels));
  const pages = treePages(model.root, model.secondary, collapsed, (box.height - PAGE_HEADER) / scale, SHRINK);
  const overview: Block = {
    kind: 'table',
    key: 'tree:overview',
    spaceBefore: 12,
    table: overviewTable(model.root, facts, pages),
  };
  return [
    chapter('tree', t('rpt.tree'), 1, [heading, intro, overview]),
    ...pages.map((page) => treePageChapter(page, scale, card, chapter)),
  ];
}

function treePageChapter(
  page: TreePage,
  scale: number,
  card: TreeCardContext,
  chapter: (id: string, title: string, level: 0 | 1 | 2, blocks: Block[]) => Chapter,
): Chapter {
  const { item, part, picture } = page;
  const alarm = page.kind === 'unaligned';
  const name = alarm ? t('rpt.tree.unalignedName') : item.code;
  const title =
    part > 0
      ? t('rpt.continued', { label: name })
      : alarm
        ? t('rpt.tree.unalignedTitle')
        : `${item.code} ${item.title}`;
  const id = part > 0 ? `${pageAnchor(item)}-${part + 1}` : pageAnchor(item);
  const width = picture.x1 - picture.x0;
  const height = pictureHeight(picture);
  const header: Block = {
    kind: 'flow',
    key: `${id}:header`,
    keepWithNext: true,
    node: (
      <p id={id} className={`rpt-tree-page__header${alarm ? ' rpt-tree-page__header--alarm' : ''}`}>
        {part > 0 ? (
          tRich('rpt.continued', { label: <span className="rpt-code">{name}</span> })
        ) : alarm ? (
          <>
            <span className="rpt-code">{t('rpt.unaligned')}</span>
            {SPACE}
            {t('rpt.tree.unalignedHeader', { count: card.unalignedCount })}
          </>
        ) : (
          <>
            <span className="rpt-code">{item.code}</span> {item.title}
          </>
        )}
      </p>
    ),
  };
  const drawing: Block = {
    kind: 'fit',
    key: `${id}:drawing`,
    spaceBefore: 4,
    natural: { width, height },
    maxZoom: scale,
    render: (zoom) => (
      <TreeDrawing
        blocks={[{ picture, x: 0, y: 0 }]}
        width={width}
        height={height}
        zoom={zoom}
        ctx={card}
        label={t('rpt.tree.drawingOf', { title })}
      />
    ),
  };
  // The first page of each objective is listed in the contents, under the chapter; continued pages are not.
  return chapter(id, title, part > 0 ? 0 : 2, [header, drawing]);
}

/** Objectives and their goals, with tactic counts, gap marks and the page each objective's tree starts on. */
function overviewTable(root: TreeItem, facts: BuildContext['facts'], pages: TreePage[]): TableSpec {
  const rows: TableRow[] = [];
  const firstOf = new Set(pages.filter((p) => p.part === 0).map((p) => p.item.key));
  for (const objective of root.children) {
    const alarm = objective.kind === 'unaligned';
    rows.push({
      key: objective.key,
      group: true,
      className: alarm ? 'rpt-tree-overview__alarm' : undefined,
      cells: [
        <>
          <span className="rpt-code">{alarm ? t('rpt.unaligned') : objective.code}</span>
          {SPACE}
          {alarm ? t('rpt.unalignedCount', { count: objective.children.length }) : objective.title}
          {SPACE}
          {objective.gap !== 'none' ? <GapTag gap={objective.gap} /> : null}
          {firstOf.has(objective.key) ? (
            <>
              {' · '}
              <PageRef id={pageAnchor(objective)} />
            </>
          ) : null}
        </>,
      ],
    });
    // The Unaligned branch is counted, not listed: its own pages draw each of its items.
    if (alarm) continue;
    for (const child of objective.children) {
      const tactics = child.kind === 'goal' ? (facts.tacticsOfGoal.get(child.id) ?? []).length : null;
      rows.push({
        key: child.key,
        cells: [
          <span className="rpt-code">{child.code}</span>,
          child.title,
          child.kind === 'goal' ? (facts.departments.get(child.departmentId ?? '')?.name ?? '') : t('rpt.tactic'),
          tactics === null ? '' : formatCount(tactics),
          child.gap !== 'none' ? <GapTag gap={child.gap} /> : null,
        ],
      });
    }
  }
  return {
    label: t('rpt.tree.overview'),
    className: 'rpt-tree-overview',
    columns: [
      { key: 'code', label: t('rpt.col.code'), width: '14%' },
      { key: 'title', label: t('rpt.col.goal'), width: '44%' },
      { key: 'department', label: t('rpt.col.department'), width: '20%' },
      { key: 'tactics', label: t('rpt.col.tactics'), width: '9%', align: 'right' },
      { key: 'gap', label: t('rpt.col.gap'), width: '13%' },
    ],
    rows,
  };
}
