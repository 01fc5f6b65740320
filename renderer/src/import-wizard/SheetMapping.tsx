import { useId } from 'react';
import type { MappingAction, RecognisedSheet } from './mapping-state.ts';
import { fieldWords, levelWords } from './words.ts';
import { t } from '../i18n/intl.ts';

interface SheetMappingProps {
  sheets: RecognisedSheet[];
  choices: { levels: string[]; fields: string[] };
  dispatch: (action: MappingAction) => void;
}

/**
 * Step 1: each sheet with the level it was recognised as, and each column with its field, as selects. A change
 * is a correction (mapping-state.ts); the next preview is asked with it.
 */
export function SheetMapping({ sheets, choices, dispatch }: SheetMappingProps) {
  const id = useId();
  // "Not recognised" is what the importer says of a header, not something to choose.
  const fields = choices.fields.filter((f) => f !== 'unmapped');
  return (
    <div className="import-sheets">
      {sheets.map((sheet, i) => {
        const headers = Object.entries(sheet.columns);
        return (
          <section key={sheet.name} className="import-sheet" data-import-sheet={sheet.name}>
            <div className="import-sheet__head">
              <h3 className="import-sheet__name" id={`${id}-${i}`}>
                {sheet.name}
              </h3>
              <label className="import-sheet__level">
                <span className="field__label">{t('import.holds')}</span>
                <select
                  className="input"
                  value={sheet.level}
                  aria-label={t('import.sheetHolds', { sheet: sheet.name })}
                  data-sheet-level=""
                  onChange={(e) => dispatch({ type: 'set-level', sheet: sheet.name, level: e.target.value })}
                >
                  {choices.levels.map((level) => (
                    <option key={level} value={level}>
                      {levelWords(level)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {sheet.level === 'ignored' ? (
              <p className="muted import-sheet__note">{t('import.notImported')}</p>
            ) : headers.length === 0 ? (
              <p className="muted import-sheet__note">
                {['plan', 'departments', 'correlation'].includes(sheet.level)
                  ? t('import.byRows')
                  : t('import.readLater')}
              </p>
            ) : (
              <table className="import-sheet__columns" aria-labelledby={`${id}-${i}`}>
                <thead>
                  <tr>
                    <th scope="col">{t('import.colInFile')}</th>
                    <th scope="col">{t('import.importedAs')}</th>
                  </tr>
                </thead>
                <tbody>
                  {headers.map(([header, field]) => (
                    <tr key={header} data-field={field}>
                      <th scope="row">{header}</th>
                      <td>
                        <select
                          className="input"
                          value={field}
                          aria-label={t('import.columnAs', { header, sheet: sheet.name })}
                          data-column={header}
                          onChange={(e) =>
                            dispatch({ type: 'set-field', sheet: sheet.name, header, field: e.target.value })
                          }
                        >
                          {field === 'unmapped' ? <option value="unmapped">{fieldWords('unmapped')}</option> : null}
                          {fields.map((f) => (
                            <option key={f} value={f}>
                              {fieldWords(f)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
