import type { Chapter } from '../blocks.ts';
import { formatTarget } from '../format.ts';
import { Owner } from '../marks.tsx';
import type { BuildContext } from './build-context.ts';
import { headingBlock, paragraphBlock, subheadingBlock } from './headings.tsx';
import { t, tRich } from '../../i18n/intl.ts';

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
    title: t('rpt.vision'),
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('vision', t('rpt.vision'), 1, t('rpt.vision.kicker')),
      ...(paragraphs.length > 0
        ? paragraphs.map((p, i) =>
            paragraphBlock(
              `vision:p${i}`,
              <p className={i === 0 ? 'rpt-vision rpt-vision--first' : 'rpt-vision'}>{p}</p>,
              10,
            ),
          )
        : [paragraphBlock('vision:none', <p className="rpt-missing">{t('rpt.vision.none')}</p>)]),
      ...(breakthroughs.length > 0
        ? [
            subheadingBlock('vision:breakthroughs', t('rpt.vision.breakthroughs'), t('rpt.vision.breakthroughsNote')),
            ...breakthroughs.map((o) =>
              paragraphBlock(
                `vision:${o.id}`,
                <div className="rpt-bt">
                  <span className="rpt-bt__code">{o.code}</span>
                  <div className="rpt-bt__body">
                    <p className="rpt-bt__title">{o.title}</p>
                    <p className="rpt-bt__meta">
                      {o.kpi
                        ? tRich('rpt.vision.kpi', {
                            kpi: o.kpi.name,
                            target: formatTarget(o.kpi),
                            b: (chunks) => <strong>{chunks}</strong>,
                          })
                        : null}
                      {t('rpt.vision.owner')}
                      <Owner name={o.owner} />
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
