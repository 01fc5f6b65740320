import type { Department } from '../../../contract/plan-format.ts';
import { DEPARTMENT_SLOTS } from './department-palette.ts';
import { t } from '../i18n/intl.ts';

/**
 * What the picture's lines and colours mean: link strengths and department colours. Always shown, under the tree;
 * the gap marks are explained by the gap counts above it, which carry the same swatches.
 */
export function TreeLegend({ departments }: { departments: Department[] }) {
  return (
    <aside className="tree-legend" aria-label={t('tree.legend')}>
      <ul className="tree-legend__list" aria-label={t('tree.legend.links')}>
        <li className="tree-legend__heading">{t('tree.legend.links')}</li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <path className="tree-edge tree-edge--strong" d="M1 5H33" />
          </svg>
          {t('tree.legend.strong')}
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <path className="tree-edge tree-edge--medium" d="M1 5H33" />
          </svg>
          {t('tree.legend.medium')}
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <path className="tree-edge tree-edge--weak" d="M1 5H33" />
          </svg>
          {t('tree.legend.weak')}
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <path className="tree-edge tree-edge--medium tree-edge--secondary" d="M1 5H33" />
          </svg>
          {t('tree.legend.other')}
        </li>
      </ul>
      {departments.length > 0 ? (
        <ul className="tree-legend__list" aria-label={t('tree.legend.departments')}>
          <li className="tree-legend__heading">{t('tree.legend.departments')}</li>
          {departments.map((d, i) => (
            <li key={d.id}>
              <span className={`tree-swatch tree-swatch--dept tree-dept-${i % DEPARTMENT_SLOTS}`} aria-hidden="true" />
              {d.name}
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}
