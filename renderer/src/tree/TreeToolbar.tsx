import type { Department } from '../../../contract/plan-format.ts';
import type { Orientation } from './node-geometry.ts';

interface TreeToolbarProps {
  departments: Department[];
  departmentId: string | null;
  onDepartment: (id: string | null) => void;
  onlyGaps: boolean;
  onOnlyGaps: (on: boolean) => void;
  query: string;
  onQuery: (query: string) => void;
  matches: number;
  matchIndex: number;
  onNextMatch: (direction: 1 | -1) => void;
  /** Esc in the search field: the focus goes back to the tree's stage. */
  onLeaveSearch: () => void;
  orientation: Orientation;
  onOrientation: (orientation: Orientation) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Opens Export picture… (the whole tree at the current filters, as SVG or PNG). */
  onExport: () => void;
}

/** Search, filters, orientation and zoom: everything that changes what the tree shows, in one row. */
export function TreeToolbar(props: TreeToolbarProps) {
  const { query, matches, matchIndex } = props;
  const searching = query.trim() !== '';
  return (
    <div className="tree-toolbar" role="toolbar" aria-label="Tree controls">
      <div className="tree-toolbar__search">
        <input
          type="search"
          className="input tree-toolbar__query"
          placeholder="Search the tree"
          aria-label="Search the tree"
          data-find-field
          value={query}
          onChange={(e) => props.onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              props.onNextMatch(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape' && !e.nativeEvent.isComposing) {
              // Back to the tree, on the node found (the matches stay marked until the search is cleared).
              e.preventDefault();
              props.onLeaveSearch();
            }
          }}
        />
        {searching ? (
          <>
            <span className="tree-toolbar__matches" aria-live="polite" data-match-count={matches}>
              {matches === 0 ? 'No match' : matchIndex >= 0 ? `${matchIndex + 1} of ${matches}` : `${matches} found`}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={matches === 0}
              aria-label="Previous match"
              title="Previous match (Shift+Enter)"
              onClick={() => props.onNextMatch(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={matches === 0}
              aria-label="Next match"
              title="Next match (Enter)"
              onClick={() => props.onNextMatch(1)}
            >
              ↓
            </button>
          </>
        ) : null}
      </div>
      <label className="tree-toolbar__field">
        <span className="visually-hidden">Department</span>
        <select
          className="select tree-toolbar__select"
          value={props.departmentId ?? ''}
          onChange={(e) => props.onDepartment(e.target.value || null)}
        >
          <option value="">All departments</option>
          {props.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="tree-toolbar__check">
        <input type="checkbox" checked={props.onlyGaps} onChange={(e) => props.onOnlyGaps(e.target.checked)} />
        Show only gaps
      </label>
      <div className="tree-toolbar__group tree-toolbar__group--end" role="group" aria-label="Orientation">
        <button
          type="button"
          className={props.orientation === 'horizontal' ? 'button button--small is-active' : 'button button--small'}
          aria-pressed={props.orientation === 'horizontal'}
          title="Objectives left to right"
          onClick={() => props.onOrientation('horizontal')}
        >
          Horizontal
        </button>
        <button
          type="button"
          className={props.orientation === 'vertical' ? 'button button--small is-active' : 'button button--small'}
          aria-pressed={props.orientation === 'vertical'}
          title="Objectives top to bottom"
          onClick={() => props.onOrientation('vertical')}
        >
          Vertical
        </button>
      </div>
      <div className="tree-toolbar__group" role="group" aria-label="Zoom">
        <button
          type="button"
          className="button button--small"
          aria-label="Zoom out"
          title="Zoom out (-)"
          onClick={props.onZoomOut}
        >
          −
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label="Zoom in"
          title="Zoom in (+)"
          onClick={props.onZoomIn}
        >
          +
        </button>
        <button type="button" className="button button--small" title="Fit the whole tree (0)" onClick={props.onFit}>
          Fit
        </button>
      </div>
      <button
        type="button"
        className="button button--small tree-toolbar__export"
        title="Save the whole tree as a picture (E)"
        onClick={props.onExport}
      >
        Export picture…
      </button>
    </div>
  );
}
