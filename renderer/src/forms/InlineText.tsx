import { useId, useState, type KeyboardEvent } from 'react';
import { useFieldCommit } from './useFieldCommit.ts';

interface InlineTextProps {
  /** Accessible name: the cell has no visible label of its own (its column heading says what it is). */
  label: string;
  value: string;
  path: string;
  onSave: (value: string) => Promise<unknown>;
  placeholder?: string;
  className?: string;
  /** Id of a <datalist> of suggestions (PEOPLE_LIST_ID for a department's head). */
  list?: string;
}

/** A table cell edited in place: saved on Enter or when left, Escape restores, the API's refusal shown under it. */
export function InlineText({ label, value, path, onSave, placeholder, className, list }: InlineTextProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  const { error, setError, commit } = useFieldCommit(path);
  if (saved !== value) {
    setSaved(value);
    setDraft(value);
  }
  const save = () => {
    if (draft !== value) void commit(() => onSave(draft));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape' && (draft !== value || error)) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
      setError(null);
    }
  };
  return (
    <span className="inline-text">
      <input
        id={id}
        className={`input ${className ?? ''}`}
        aria-label={label}
        value={draft}
        placeholder={placeholder}
        autoComplete="off"
        list={list}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </span>
  );
}
