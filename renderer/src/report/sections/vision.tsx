import type { Chapter } from '../blocks.ts';
import { formatTarget } from '../format.ts';
import { Owner } from '../marks.tsx';
import type { BuildContext } from './build-context.ts';
import { headingBlock, paragraphBlock, subheadingBlock } from './headings.tsx';

/** The why: the vision in the planners' words, and the breakthrough objectives it sets. */
export function visionChapter(ctx: BuildContext): Chapter {
  const { plan } = ctx.facts.data;
  const paragraphs = (plan.plan.vision ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const breakthroughs = plan.objectives.filter((o) => o.horizon === 'breakthrough');
  return {
    id: 'vision',
    section: 'vision',
    title: 'Vision',
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('vision', 'Vision', 1, 'Why this plan'),
      ...(paragraphs.length > 0
        ? paragraphs.map((p, i) =>
            paragraphBlock(
              `vision:p${i}`,
              <p className={i === 0 ? 'rpt-vision rpt-vision--first' : 'rpt-vision'}>{p}</p>,
              10,
            ),
          )
        : [
            paragraphBlock('vision:none', <p className="rpt-missing">No vision has been written for this plan yet.</p>),
          ]),
      ...(breakthroughs.length > 0
        ? [
            subheadingBlock(
              'vision:breakthroughs',
              'Breakthrough objectives',
              'The three-to-five-year changes the vision asks for; each annual objective is this year’s step towards them.',
            ),
            ...breakthroughs.map((o) =>
              paragraphBlock(
                `vision:${o.id}`,
                <div className="rpt-bt">
                  <span className="rpt-bt__code">{o.code}</span>
                  <div className="rpt-bt__body">
                    <p className="rpt-bt__title">{o.title}</p>
                    <p className="rpt-bt__meta">
                      {o.kpi ? (
                        <>
                          {o.kpi.name}: <strong>{formatTarget(o.kpi)}</strong> ·{' '}
                        </>
                      ) : null}
                      Owner: <Owner name={o.owner} />
                    </p>
                  </div>
                </div>,
                6,
              ),
            ),
          ]
        : []),
    ],
  };
}
