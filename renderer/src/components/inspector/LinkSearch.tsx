import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Strength } from '../../../../contract/plan-format.ts';
import { StrengthSelect } from '../../forms/StrengthSelect.tsx';
import { t } from '../../i18n/intl.ts';

export interface LinkCandidate {
  id: string;
  code: string;
  title: string;
  /** A second line: the department or the objective, to tell similar titles apart. */
  detail?: string;
}

interface LinkSearchProps {
  /** "Link to an objective", also the input's accessible name. */
  label: string;
  candidates: readonly LinkCandidate[];
  onPick: (id: string, strength: Strength) => Promise<unknown>;
  inputRef?: (el: HTMLInputElement | null) => void;
  /** Shown but not usable (a draft's read-only part), described by `describedBy`. */
  disabled?: boolean;
  describedBy?: string;
}

const MAX_RESULTS = 12;

/** Finds a link target by code or title (a combobox with a list box) and links it at the chosen strength. */
export function LinkSearch({ label, candidates, onPick, inputRef, disabled, describedBy }: LinkSearchProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [strength, setStrength] = useState<Strength>('strong');

  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q === '') return candidates.slice(0, MAX_RESULTS);
    const out: LinkCandidate[] = [];
    for (const c of candidates) {
      if (c.code.toLowerCase().includes(q) || c.title.toLowerCase().includes(q)) out.push(c);
      if (out.length === MAX_RESULTS) break;
    }
    return out;
  }, [candidates, query]);

  const pick = (c: LinkCandidate | undefined) => {
    if (!c) return;
    setQuery('');
    setOpen(false);
    setActive(0);
    void onPick(c.id, strength);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open) pick(results[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const showList = open && results.length > 0;
  return (
    <div className="link-search">
      <div className="link-search__controls">
        <input
          id={id}
          ref={inputRef}
          className="input"
          type="text"
          role="combobox"
          aria-label={label}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          disabled={disabled}
          aria-describedby={describedBy}
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          placeholder={t('inspector.link.searchPlaceholder', { label })}
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <StrengthSelect
          id={`${id}-strength`}
          label={t('inspector.link.newStrength')}
          value={strength}
          disabled={disabled}
          onChange={setStrength}
        />
      </div>
      {/* The list stays in the DOM (hidden) so aria-controls always points at something. */}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('inspector.link.matches', { label })}
        className="link-search__list"
        hidden={!showList}
      >
        {results.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'link-search__option is-active' : 'link-search__option'}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(c);
            }}
          >
            <span className="code">{c.code}</span>
            <span className="link-search__title">{c.title}</span>
            {c.detail ? <span className="link-search__detail">{c.detail}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
