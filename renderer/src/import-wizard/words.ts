/**
 * The words the wizard shows for the importer's levels, fields and actions (its codes stay in the mapping and
 * in `data-*` attributes). A level or field added to the importer later is shown by its own name until it gets
 * words here.
 */
import type { ImportFileReport } from '../../../contract/api.ts';
import { hasMessage, t } from '../i18n/intl.ts';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The catalogue's words for a level or field code (`import.level.goal`), else the code capitalised. */
function words(kind: 'level' | 'field', code: string): string {
  const key = `import.${kind}.${code}`;
  return hasMessage(key) ? t(key) : capitalised(code);
}

export const levelWords = (level: string) => words('level', level);
export const fieldWords = (field: string) => words('field', field);

export type RowAction = ImportFileReport['rows'][number]['action'];

export const ACTION_WORDS: Readonly<Record<RowAction, string>> = {
  get create() {
    return t('import.action.create');
  },
  get update() {
    return t('import.action.update');
  },
  get unchanged() {
    return t('import.action.unchanged');
  },
  get error() {
    return t('import.action.error');
  },
};
