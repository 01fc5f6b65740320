import type { Chapter } from '../blocks.ts';
import { formatDate, formatPeriod } from '../format.ts';
import type { BuildContext } from './build-context.ts';
import { t } from '../../i18n/intl.ts';

export function coverChapter(ctx: BuildContext): Chapter {
  const { plan, logo, preparedOn } = ctx.facts.data;
  const header = plan.plan;
  const period = formatPeriod(header);
  const height = ctx.box(ctx.body).height - 2;
  return {
    id: 'cover',
    section: 'cover',
    title: header.title,
    level: 0,
    format: ctx.body,
    newPage: true,
    frame: false,
    blocks: [
      {
        kind: 'flow',
        key: 'cover',
        node: (
          <div className="rpt-cover" style={{ height }}>
            <div className="rpt-cover__top">
              {logo ? (
                <img
                  className="rpt-cover__logo"
                  src={logo}
                  alt={
                    header.organisation
                      ? t('rpt.cover.logo', { organisation: header.organisation })
                      : t('rpt.cover.organisationLogo')
                  }
                />
              ) : null}
              <p className="rpt-cover__kind">{t('rpt.cover.kind')}</p>
            </div>
            <div className="rpt-cover__main">
              <div className="rpt-cover__rule" />
              {header.organisation ? <p className="rpt-cover__org">{header.organisation}</p> : null}
              <h1 id="cover" className="rpt-cover__title">
                {header.title}
              </h1>
              {period ? <p className="rpt-cover__period">{period}</p> : null}
              <p className="rpt-cover__scope">
                {[
                  t('rpt.count.objectives', { count: plan.objectives.length }),
                  t('rpt.count.goals', { count: plan.goals.length }),
                  t('rpt.count.tactics', { count: plan.tactics.length }),
                  t('rpt.count.departments', { count: plan.departments.length }),
                ].join(' · ')}
              </p>
            </div>
            <dl className="rpt-cover__facts">
              <div>
                <dt>{t('rpt.cover.prepared')}</dt>
                <dd>{formatDate(preparedOn, true)}</dd>
              </div>
              {header.organisation ? (
                <div>
                  <dt>{t('rpt.cover.organisation')}</dt>
                  <dd>{header.organisation}</dd>
                </div>
              ) : null}
              {period ? (
                <div>
                  <dt>{t('rpt.cover.period')}</dt>
                  <dd>{period}</dd>
                </div>
              ) : null}
            </dl>
          </div>
        ),
      },
    ],
  };
}
