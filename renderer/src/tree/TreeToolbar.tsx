import type { Department } from '../../../contract/plan-format.ts';
import type { Orientation } from './node-geometry.ts';
import { t } from '../i18n/intl.ts';

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

/** Symbols, not words: each of these buttons is named by its aria-label. */
const SYMBOL = { previous: '↑', next: '↓', zoomOut: '−', zoomIn: '+' } as const;

/** Search, filters, orientation and zoom: everything that changes what the tree shows, in one row. */
export function TreeToolbar(props: TreeToolbarProps) {
  const { query, matches, matchIndex } = props;
  const searching = query.trim() !== '';
  return (
    <div className="tree-toolbar" role="toolbar" aria-label={t('tree.toolbar')}>
      <div className="tree-toolbar__search">
        <input
          type="search"
          className="input tree-toolbar__query"
          placeholder={t('tree.search')}
          aria-label={t('tree.search')}
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
              {matches === 0
                ? t('tree.noMatch')
                : matchIndex >= 0
                  ? t('tree.matchOf', { index: matchIndex + 1, count: matches })
                  : t('tree.found', { count: matches })}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={matches === 0}
              aria-label={t('tree.prevMatch')}
              title={t('tree.prevMatchTitle')}
              onClick={() => props.onNextMatch(-1)}
            >
              {SYMBOL.previous}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={matches === 0}
              aria-label={t('tree.nextMatch')}
              title={t('tree.nextMatchTitle')}
              onClick={() => props.onNextMatch(1)}
            >
              {SYMBOL.next}
            </button>
          </>
        ) : null}
      </div>
      <label className="tree-toolbar__field">
        <span className="visually-hidden">{t('tree.department')}</span>
        <select
          className="select tree-toolbar__select"
          value={props.departmentId ?? ''}
          onChange={(e) => props.onDepartment(e.target.value || null)}
        >
          <option value="">{t('tree.allDepartments')}</option>
          {props.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="tree-toolbar__check">
        <input type="checkbox" checked={props.onlyGaps} onChange={(e) => props.onOnlyGaps(e.target.checked)} />
        {t('tree.onlyGaps')}
      </label>
      <div className="tree-toolbar__group tree-toolbar__group--end" role="group" aria-label={t('tree.orientation')}>
        <button
          type="button"
          className={props.orientation === 'horizontal' ? 'button button--small is-active' : 'button button--small'}
          aria-pressed={props.orientation === 'horizontal'}
          title={t('tree.horizontalTitle')}
          onClick={() => props.onOrientation('horizontal')}
        >
          {t('tree.horizontal')}
        </button>
        <button
          type="button"
          className={props.orientation === 'vertical' ? 'button button--small is-active' : 'button button--small'}
          aria-pressed={props.orientation === 'vertical'}
          title={t('tree.verticalTitle')}
          onClick={() => props.onOrientation('vertical')}
        >
          {t('tree.vertical')}
        </button>
      </div>
      <div className="tree-toolbar__group" role="group" aria-label={t('tree.zoom')}>
        <button
          type="button"
          className="button button--small"
          aria-label={t('tree.zoomOut')}
          title={t('tree.zoomOutTitle')}
          onClick={props.onZoomOut}
        >
          {SYMBOL.zoomOut}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('tree.zoomIn')}
          title={t('tree.zoomInTitle')}
          onClick={props.onZoomIn}
        >
          {SYMBOL.zoomIn}
        </button>
        <button type="button" className="button button--small" title={t('tree.fitTitle')} onClick={props.onFit}>
          {t('tree.fit')}
        </button>
      </div>
      <button
        type="button"
        className="button button--small tree-toolbar__export"
        title={t('tree.exportTitle')}
        onClick={props.onExport}
      >
        {t('tree.export')}
      </button>
    </div>
  );
}
