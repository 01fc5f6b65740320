import type { Department } from '../../../contract/plan-format.ts';
import { DEPARTMENT_SLOTS } from './department-palette.ts';

/**
 * What the picture's lines and colours mean: link strengths and department colours. Always shown, under the tree;
 * the gap marks are explained by the gap counts above it, which carry the same swatches.
 */
export function TreeLegend({ departments }: { departments: Department[] }) {
  return (
    <aside className="tree-legend" aria-label="Legend">
      <ul className="tree-legend__list" aria-label="Links">
        <li className="tree-legend__heading">Links</li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <path className="tree-edge tree-edge--strong" d="M1 5H33" />
          </svg>
          Strong
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <path className="tree-edge tree-edge--medium" d="M1 5H33" />
          </svg>
          Medium
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <path className="tree-edge tree-edge--weak" d="M1 5H33" />
          </svg>
          Weak link
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <path className="tree-edge tree-edge--medium tree-edge--secondary" d="M1 5H33" />
          </svg>
          Other link (an item sits under its strongest)
        </li>
      </ul>
      {departments.length > 0 ? (
        <ul className="tree-legend__list" aria-label="Departments">
          <li className="tree-legend__heading">Departments</li>
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
