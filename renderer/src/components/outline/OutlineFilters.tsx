import { memo, type KeyboardEvent, type Ref } from 'react';
import type { Department, TacticStatus } from '../../../../contract/plan-format.ts';
import { STATUS_LABEL, TACTIC_STATUSES } from '../../domain/constants.ts';
import { isFiltering, NO_FILTER, type OutlineFilter } from '../../outline/filter.ts';
import { SearchIcon } from '../icons.tsx';
import { t } from '../../i18n/intl.ts';

interface OutlineFiltersProps {
  filter: OutlineFilter;
  departments: readonly Department[];
  owners: readonly string[];
  tags: readonly string[];
  searchRef: Ref<HTMLInputElement>;
  onChange: (filter: OutlineFilter) => void;
  /** Enter in the search box: go to the first match. */
  onSearchEnter: () => void;
}

/** Filter by department, owner, status and tag, and find any item by text or code. */
export const OutlineFilters = memo(function OutlineFilters(props: OutlineFiltersProps) {
  const { filter, departments, owners, tags, onChange, searchRef } = props;
  const set = (patch: Partial<OutlineFilter>) => onChange({ ...filter, ...patch });
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      props.onSearchEnter();
    } else if (e.key === 'Escape' && filter.text !== '') {
      e.preventDefault();
      set({ text: '' });
    }
  };
  return (
    <div className="filters" role="search" aria-label={t('outline.filters')}>
      <label className="filters__search">
        <SearchIcon />
        <span className="visually-hidden">{t('outline.search')}</span>
        <input
          ref={searchRef}
          data-find-field
          className="input filters__search-input"
          type="search"
          placeholder={t('common.findPlaceholder')}
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={onSearchKey}
        />
      </label>
      <FilterSelect
        label={t('outline.department')}
        value={filter.departmentId}
        onChange={(departmentId) => set({ departmentId })}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
      />
      <FilterSelect
        label={t('outline.owner')}
        value={filter.owner}
        onChange={(owner) => set({ owner })}
        options={owners.map((o) => ({ value: o, label: o }))}
      />
      <FilterSelect
        label={t('outline.status')}
        value={filter.status}
        onChange={(status) => set({ status: status as TacticStatus | '' })}
        options={TACTIC_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
      />
      <FilterSelect
        label={t('outline.tag')}
        value={filter.tag}
        onChange={(tag) => set({ tag })}
        options={tags.map((tag) => ({ value: tag, label: tag }))}
      />
      {isFiltering(filter) ? (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            onChange(NO_FILTER);
            // The button goes with the filters: the focus moves to the search field beside it, not to the page.
            if (searchRef && typeof searchRef === 'object') searchRef.current?.focus();
          }}
        >
          {t('outline.clear')}
        </button>
      ) : null}
    </div>
  );
});

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label className={value ? 'filters__select is-set' : 'filters__select'}>
      <span className="filters__label">{label}</span>
      <select className="select select--compact" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('outline.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
