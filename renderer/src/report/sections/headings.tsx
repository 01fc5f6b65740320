import type { ReactNode } from 'react';
import type { Block } from '../blocks.ts';

/** A chapter's heading: the contents link to its id, and Chromium's PDF outline is built from h1/h2. */
export function headingBlock(id: string, title: string, level: 1 | 2, kicker?: string, lead?: ReactNode): Block {
  const Tag = level === 1 ? 'h1' : 'h2';
  return {
    kind: 'flow',
    key: `${id}:heading`,
    keepWithNext: true,
    node: (
      <header className={`rpt-heading rpt-heading--${level}`}>
        {kicker ? <p className="rpt-kicker">{kicker}</p> : null}
        <Tag id={id} className="rpt-title">
          {title}
        </Tag>
        {lead ? <p className="rpt-lead">{lead}</p> : null}
      </header>
    ),
  };
}

/** A heading inside a chapter, kept out of the PDF outline (which lists chapters only). */
export function subheadingBlock(key: string, title: string, note?: ReactNode): Block {
  return {
    kind: 'flow',
    key,
    keepWithNext: true,
    spaceBefore: 18,
    node: (
      <div className="rpt-subheading">
        <p className="rpt-h3">{title}</p>
        {note ? <p className="rpt-note">{note}</p> : null}
      </div>
    ),
  };
}

export function paragraphBlock(key: string, node: ReactNode, spaceBefore = 8): Block {
  return { kind: 'flow', key, spaceBefore, node };
}
