import type { Block, Chapter } from '../blocks.ts';
import { TREE_TACTIC_LIMIT } from '../options.ts';
import type { PageFormat } from '../page-format.ts';
import { layoutTree } from '../../tree/tree-layout.ts';
import { buildTreeModel, walk } from '../../tree/tree-model.ts';
import { Legend } from '../marks.tsx';
import { TreeSlice, type TreeCardContext } from '../TreeSlice.tsx';
import { treeArea, treeScale, treeSlicer } from '../tree-slices.ts';
import type { BuildContext } from './build-context.ts';
import { headingBlock } from './headings.tsx';

export function treeFormat(ctx: BuildContext): PageFormat {
  const { tree } = ctx.options;
  if (tree === 'landscape' || tree === 'portrait')
    return { paper: ctx.options.pageSize, landscape: tree === 'landscape' };
  return { paper: tree.slice('poster-'.length) as 'A2' | 'A1' | 'A0', landscape: false };
}

/**
 * The cascade with the tree view's own layout (tree-model + tree-layout, horizontal): scaled to the page width and
 * cut between cards onto as many pages as it needs, or scaled onto one poster page. Past TREE_TACTIC_LIMIT tactics
 * (`auto`) the goals are drawn with a count of their tactics instead, which the department sections list in full.
 */
export function treeChapter(ctx: BuildContext): Chapter {
  const { facts, options } = ctx;
  const { plan, gaps } = facts.data;
  const model = buildTreeModel(plan, gaps);
  const collapseTactics =
    options.treeDepth === 'goals' || (options.treeDepth === 'auto' && plan.tactics.length > TREE_TACTIC_LIMIT);
  const collapsed = new Set<string>();
  if (collapseTactics) for (const item of walk(model.root)) if (item.kind === 'goal') collapsed.add(item.key);
  const layout = layoutTree(model.root, model.secondary, collapsed, 'horizontal');
  const area = treeArea(layout);
  const slots = new Map(plan.departments.map((d, i) => [d.id, i % 8]));
  const unaligned = model.root.children.find((c) => c.kind === 'unaligned');
  const card: TreeCardContext = {
    departmentName: (id) => (id ? (facts.departments.get(id)?.name ?? '') : ''),
    departmentSlot: (id) => (id ? (slots.get(id) ?? null) : null),
    horizon: (id) => facts.objectives.get(id)?.horizon ?? null,
    unalignedCount: unaligned ? [...walk(unaligned)].length - 1 : 0,
  };
  const format = treeFormat(ctx);
  const width = ctx.box(format).width;
  const poster = options.tree.startsWith('poster');

  const intro: Block = {
    kind: 'flow',
    key: 'tree:legend',
    spaceBefore: 4,
    node: (
      <div className="rpt-tree-key">
        <p>
          Objectives on the left, the department goals that support them, then the tactics that carry each goal out. An
          item supporting several parents sits under its strongest link; its other links are dashed.
          {collapseTactics
            ? ` Tactics are counted on their goal (${plan.tactics.length.toLocaleString('en-GB')} in all); the department sections list each one.`
            : ''}
        </p>
        <Legend />
      </div>
    ),
  };
  const scale = treeScale(area, width);
  const drawing: Block = poster
    ? {
        kind: 'fit',
        key: 'tree:poster',
        spaceBefore: 8,
        natural: { width: area.x1 - area.x0, height: area.y1 - area.y0 },
        maxZoom: 1.5,
        render: (zoom) => <TreeSlice area={area} from={area.y0} to={area.y1} scale={zoom} ctx={card} />,
      }
    : {
        kind: 'sliced',
        key: 'tree:slices',
        spaceBefore: 8,
        slicer: treeSlicer(area, width, (from, to) => (
          <TreeSlice area={area} from={from} to={to} scale={scale} ctx={card} />
        )),
      };
  return {
    id: 'tree',
    section: 'tree',
    title: 'Cascade tree',
    level: 1,
    format,
    newPage: true,
    frame: true,
    blocks: [headingBlock('tree', 'Cascade tree', 1, 'How the objectives cascade'), intro, drawing],
  };
}
