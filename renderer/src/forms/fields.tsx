import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFieldLock, withLock } from './field-lock.ts';
import { getLocale } from '../i18n/intl.ts';
import { useFieldCommit } from './useFieldCommit.ts';

interface FieldFrameProps {
  id: string;
  label: string;
  error: string | null;
  hint?: ReactNode;
  children: ReactNode;
}

/** Label, control, and the API's message for the field right under it, tied together for assistive technology. */
export function FieldFrame({ id, label, error, hint, children }: FieldFrameProps) {
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export const describedBy = (id: string, error: string | null, hint: ReactNode) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

interface TextFieldProps {
  label: string;
  /** The saved value; the field shows it again whenever it changes elsewhere (undo, another view). */
  value: string;
  /** Field path in the operation's input, to place its validation issue here. */
  path: string;
  onSave: (value: string) => Promise<unknown>;
  type?: 'text' | 'date' | 'number';
  multiline?: boolean;
  hint?: ReactNode;
  placeholder?: string;
  className?: string;
  /** Shown but not changeable; a FieldLockContext around the field does the same, with its reason. */
  disabled?: boolean;
  /** Id of a <datalist> of suggestions (PEOPLE_LIST_ID for owners). */
  list?: string;
}

/**
 * A field edited in place and saved the moment it is left (or on Enter; Ctrl/Cmd+Enter in a multi-line field).
 * Escape puts the saved value back. There is no Save button: every change is one undo step.
 */
export function TextField({
  label,
  value,
  path,
  onSave,
  type = 'text',
  multiline,
  hint,
  placeholder,
  className,
  disabled,
  list,
}: TextFieldProps) {
  const id = useId();
  const lock = useFieldLock();
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  const { error, setError, commit } = useFieldCommit(path);
  // A new saved value (from this field or from elsewhere) replaces what is shown.
  if (saved !== value) {
    setSaved(value);
    setDraft(value);
  }

  const save = () => {
    if (draft === value) return;
    void commit(() => onSave(draft));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      if (draft !== value || error) {
        event.preventDefault();
        event.stopPropagation();
        setDraft(value);
        setError(null);
      }
    } else if (
      event.key === 'Enter' &&
      !event.nativeEvent.isComposing &&
      (!multiline || event.ctrlKey || event.metaKey)
    ) {
      event.preventDefault();
      save();
    }
  };
  const common = {
    id,
    value: draft,
    placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: save,
    onKeyDown,
    disabled: disabled || lock !== null,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': withLock(describedBy(id, error, hint), lock),
    // User text in any script reads in its own direction (an Arabic title right to left); a date picker speaks
    // the app's language, as the page does.
    dir: type === 'text' ? 'auto' : undefined,
    lang: type === 'date' ? getLocale() : undefined,
  };
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      {multiline ? (
        <textarea className={`textarea ${className ?? ''}`} rows={4} {...common} />
      ) : (
        <input className={`input ${className ?? ''}`} type={type} autoComplete="off" list={list} {...common} />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  path: string;
  options: readonly { value: V; label: string }[];
  onSave: (value: V) => Promise<unknown>;
  hint?: ReactNode;
  /** Shown but not changeable (a draft's read-only part); say why in `hint`. */
  disabled?: boolean;
}

/** A choice saved as soon as it is made. */
export function SelectField<V extends string>({
  label,
  value,
  path,
  options,
  onSave,
  hint,
  disabled,
}: SelectFieldProps<V>) {
  const id = useId();
  const lock = useFieldLock();
  const { error, commit } = useFieldCommit(path);
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        className="select"
        value={value}
        disabled={disabled || lock !== null}
        onChange={(e) => void commit(() => onSave(e.target.value as V))}
        aria-invalid={error ? true : undefined}
        aria-describedby={withLock(describedBy(id, error, hint), lock)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Text to a nullable contract value: blank means "not set". */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text);
