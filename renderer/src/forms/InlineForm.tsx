import { useEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';

interface InlineFormProps {
  title: string;
  submitLabel: string;
  busy: boolean;
  /** Changes whenever a submit comes back with field errors; focus then moves to the first invalid field. */
  errors: object;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
  note?: ReactNode;
  canSubmit?: boolean;
}

/**
 * The frame of every small create/edit form: Enter submits from any single-line field or select, Escape cancels,
 * and the first field takes focus when the form opens.
 */
export function InlineForm({
  title,
  submitLabel,
  busy,
  errors,
  onSubmit,
  onCancel,
  children,
  note,
  canSubmit = true,
}: InlineFormProps) {
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canSubmit) onSubmit();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    // Browsers submit on Enter from text inputs only; selects should too. Textareas keep Enter for new lines
    // and submit on Ctrl/Cmd+Enter.
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    const isTextarea = target instanceof HTMLTextAreaElement;
    if (target instanceof HTMLSelectElement || (isTextarea && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  return (
    <form
      ref={formRef}
      className="inline-form"
      aria-label={title}
      onSubmit={handleSubmit}
      onKeyDown={handleKeyDown}
      noValidate
    >
      <h3 className="inline-form__title">{title}</h3>
      {note}
      <div className="inline-form__fields">{children}</div>
      <div className="inline-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || !canSubmit}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="inline-form__hint">Enter to save · Esc to cancel</span>
      </div>
    </form>
  );
}
