import type { Chapter } from '../blocks.ts';
import { usePageNumbers } from '../page-numbers.ts';
import type { BuildContext } from './build-context.ts';
import { headingBlock } from './headings.tsx';
import { t } from '../../i18n/intl.ts';

/** Holds the page number's room until the pages are counted. */
const PLACEHOLDER = '00';

function TocLine({ id, title, level }: { id: string; title: string; level: 1 | 2 }) {
  const { firstPage } = usePageNumbers();
  const page = firstPage(id);
  return (
    <a className={`rpt-toc__line rpt-toc__line--${level}`} href={`#${id}`}>
      <span className="rpt-toc__title">{title}</span>
      <span className="rpt-toc__dots" aria-hidden="true" />
      <span className="rpt-toc__page">{page === null ? PLACEHOLDER : page}</span>
    </a>
  );
}

/** The contents: one line per chapter after it, with the page it starts on. */
export function contentsChapter(ctx: BuildContext, chapters: readonly Chapter[]): Chapter {
  const listed = chapters.filter((c) => c.level > 0);
  return {
    id: 'contents',
    section: 'contents',
    title: t('rpt.contents'),
    level: 0,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('contents', t('rpt.contents'), 1),
      ...listed.map((c) => ({
        kind: 'flow' as const,
        key: `toc:${c.id}`,
        spaceBefore: c.level === 1 ? 10 : 0,
        node: <TocLine id={c.id} title={c.title} level={c.level as 1 | 2} />,
      })),
    ],
  };
}
