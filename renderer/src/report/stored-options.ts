import type { ReportOptions } from '../../../contract/report.ts';
import { DEFAULT_OPTIONS, optionsQuery, parseOptions } from './options.ts';

const KEY = 'hoshin.report.options';

/** The export dialog's last choices, kept across sessions (as the report query). */
export function readStoredOptions(): ReportOptions {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored ? parseOptions(stored) : DEFAULT_OPTIONS;
  } catch {
    return DEFAULT_OPTIONS;
  }
}

export function storeOptions(options: ReportOptions): void {
  try {
    window.localStorage.setItem(KEY, optionsQuery(options));
  } catch {
    // Storage may be disabled; the choices then last as long as the view.
  }
}
