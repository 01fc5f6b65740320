import { useRef, type RefObject } from 'react';
import { SearchIcon } from './icons.tsx';
import '../styles/find.css';
import { t } from '../i18n/intl.ts';

interface FindFieldProps {
  /** The accessible name: "Search the gaps by text or code". */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Enter: go to the first match. */
  onEnter: () => void;
  /** Said beside the field while searching ("3 of 12 findings"), announced politely. */
  count: string | null;
  /** Where Esc sends the focus when it did not come from somewhere in the view (a click into the field). */
  fallback: () => HTMLElement | null;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/**
 * A view's find field, the one Ctrl/Cmd+F focuses (`data-find-field`): typing filters the view, Enter goes to the
 * first match, Esc clears the search and gives the focus back where it was before the field took it.
 */
export function FindField({ label, value, onChange, onEnter, count, fallback, inputRef }: FindFieldProps) {
  const cameFrom = useRef<HTMLElement | null>(null);
  return (
    <div className="find-field" role="search" aria-label={label}>
      <label className="filters__search">
        <SearchIcon />
        <span className="visually-hidden">{label}</span>
        <input
          ref={inputRef}
          data-find-field
          className="input filters__search-input"
          type="search"
          placeholder={t('common.findPlaceholder')}
          value={value}
          onFocus={(e) => {
            const from = e.relatedTarget;
            if (from instanceof HTMLElement && from !== e.currentTarget) cameFrom.current = from;
          }}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'Enter') {
              e.preventDefault();
              onEnter();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              onChange('');
              const back = cameFrom.current?.isConnected ? cameFrom.current : fallback();
              cameFrom.current = null;
              // After the cleared list renders, so the element is in place (and visible) again.
              requestAnimationFrame(() => (back?.isConnected ? back : fallback())?.focus());
            }
          }}
        />
      </label>
      {value.trim() !== '' && count !== null ? (
        <span className="find-field__count" aria-live="polite" data-find-count="">
          {count}
        </span>
      ) : null}
    </div>
  );
}
