import { renderToStaticMarkup } from 'react-dom/server';
import { NodeCard, type CardContext } from './NodeCard.tsx';
import { TreeDefs } from './TreeDefs.tsx';
import { edgePath } from './TreeEdges.tsx';
import type { TreeLayout } from './tree-layout.ts';

/** Blank space around the tree in the picture, in layout units. */
export const PICTURE_MARGIN = 32;

export interface PictureBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The picture's viewBox: the layout's bounds plus the margin on every side. */
export function pictureBox(layout: Pick<TreeLayout, 'bounds'>, margin = PICTURE_MARGIN): PictureBox {
  const { x0, y0, x1, y1 } = layout.bounds;
  return { x: x0 - margin, y: y0 - margin, width: x1 - x0 + 2 * margin, height: y1 - y0 + 2 * margin };
}

/**
 * The whole tree as one SVG document (a string): every node of `layout` as its full card (the same NodeCard the
 * view draws, so the picture and the screen never disagree) and every edge whole, in layout units at 1:1.
 * The markup carries the tree's CSS classes, not colours: `inlinePictureStyles` resolves them in the browser.
 * Each card layer has a `<title>` with the item's code and title, so the text survives in the file even where a
 * card truncates it. Pure: the same layout and context give the same string.
 */
export function treePictureSvg(layout: TreeLayout, ctx: CardContext, title: string): string {
  const box = pictureBox(layout);
  const svg = (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="tree-picture"
      width={box.width}
      height={box.height}
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      <TreeDefs />
      <rect className="tree-picture__bg" x={box.x} y={box.y} width={box.width} height={box.height} />
      <g className="tree-edges">
        {layout.edges.map((e) => (
          <path
            key={e.key}
            className={[
              'tree-edge',
              `tree-edge--${e.strength ?? 'none'}`,
              e.secondary ? 'tree-edge--secondary' : '',
              e.alarm ? 'tree-edge--alarm' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            d={edgePath(e, layout.orientation)}
          />
        ))}
      </g>
      <g className="tree-nodes">
        {layout.nodes.map((node) => (
          <g
            key={node.key}
            className={`tree-card-layer tree-node--${node.item.kind}${node.item.context ? ' is-context' : ''}`}
            transform={`translate(${node.x},${node.y})`}
            data-mark={node.item.gap}
            data-node-id={node.item.kind === 'unaligned' ? undefined : node.item.id}
          >
            <title>{[node.item.code, node.item.title].filter(Boolean).join(' ')}</title>
            <NodeCard node={node} ctx={ctx} />
          </g>
        ))}
      </g>
    </svg>
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(svg)}\n`;
}
