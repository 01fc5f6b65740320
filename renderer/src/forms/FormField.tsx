import type { ReactNode } from 'react';

interface FormFieldProps {
  id: string;
  label: string;
  error: string | undefined;
  required?: boolean;
  /** Columns of the form's four-column grid: 1 (default), 2, or the whole row. */
  span?: 2 | 'full';
  children: ReactNode;
}

/** Label, control and the API's message for that field, tied together for assistive technology. */
export function FormField({ id, label, error, required, span, children }: FormFieldProps) {
  const spanClass = span === 2 ? ' form-field--span2' : span === 'full' ? ' form-field--full' : '';
  return (
    <div className={`form-field${spanClass}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
        {required ? <span className="form-field__required"> (required)</span> : null}
      </label>
      {children}
      {error ? (
        <p className="form-field__error" id={errorId(id)}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const errorId = (id: string) => `${id}-error`;

/** Props that mark a control invalid and point it at its message. */
export function invalidProps(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': errorId(id) } : {};
}
