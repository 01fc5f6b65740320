import type { Change } from '../../../contract/catchball.ts';
import {
  chipLabel,
  describeChange,
  effectiveAccepted,
  fieldLabel,
  formatValue,
  groupChanges,
  isFieldChange,
  missingRequirements,
  requiredLabel,
} from './change-format.ts';
import { joinList } from '../domain/delete-message.ts';
import { t } from '../i18n/intl.ts';

interface ChangeListProps {
  changes: readonly Change[];
  names: Map<string, string>;
  accepted: ReadonlySet<string>;
  onToggle: (key: string, accept: boolean) => void;
}

/**
 * Every change of the draft under the item it touches, each accepted until the reviewer rejects it. A change
 * that needs another one (a link to an added goal) shows as rejected with it while that one is rejected, and
 * cannot be accepted on its own.
 */
export function ChangeList({ changes, names, accepted, onToggle }: ChangeListProps) {
  const effective = effectiveAccepted(changes, accepted);
  if (changes.length === 0) return <p className="muted">{t('changes.none')}</p>;
  return (
    <ul className="merge-groups" aria-label={t('changes.byItem')}>
      {groupChanges(changes).map((group) => (
        <li key={group.id} className="merge-group card">
          <h4 className="merge-group__title">{names.get(group.id) ?? group.id}</h4>
          <ul className="merge-changes">
            {group.items.map((c) => {
              const missing = missingRequirements(c, changes, effective);
              const blocked = missing.length > 0;
              const on = effective.has(c.key);
              const description = describeChange(c, names);
              const withWhat = joinList(missing.map((m) => requiredLabel(m.kind, names.get(m.id) ?? m.id)));
              return (
                <li
                  key={c.key}
                  className={on ? 'merge-change' : 'merge-change is-rejected'}
                  data-change-key={c.key}
                  data-rejected-with={blocked ? missing.map((m) => m.key).join(' ') : undefined}
                >
                  <label className="merge-change__accept">
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={blocked}
                      aria-label={t('changes.acceptLabel', { change: description })}
                      aria-describedby={blocked ? `requires-${c.key}` : undefined}
                      onChange={(e) => onToggle(c.key, e.target.checked)}
                    />
                    <span aria-hidden="true">{t('changes.accept')}</span>
                  </label>
                  <span className={`merge-op merge-op--${c.op}`}>{chipLabel(c)}</span>
                  <span className="merge-change__text">{description}</span>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t(on ? 'changes.rejectLabel' : 'changes.acceptLabel', { change: description })}
                    disabled={blocked}
                    onClick={() => onToggle(c.key, !on)}
                  >
                    {on ? t('changes.reject') : t('changes.accept')}
                  </button>
                  {blocked ? (
                    <span className="merge-change__reason" id={`requires-${c.key}`}>
                      {t('changes.rejectedWith', { what: withWhat, count: missing.length })}
                    </span>
                  ) : null}
                  {c.op === 'update' ? <FieldDiff fields={c.fields} /> : null}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** Between a field's old and new value (named "becomes" for assistive technology). */
const ARROW = ' → ';

function FieldDiff({ fields }: { fields: Record<string, unknown> }) {
  return (
    <dl className="merge-diff">
      {Object.entries(fields).map(([field, value]) => (
        <div key={field} className="merge-diff__row">
          <dt>{fieldLabel(field)}</dt>
          <dd>
            {isFieldChange(value) ? (
              <>
                <del>{formatValue(value.before)}</del>
                <span aria-label={t('changes.becomes')}>{ARROW}</span>
                <ins>{formatValue(value.after)}</ins>
              </>
            ) : (
              formatValue(value)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
