import type { Change } from '../../../contract/catchball.ts';
import {
  chipLabel,
  describeChange,
  effectiveAccepted,
  fieldLabel,
  formatValue,
  groupChanges,
  isFieldChange,
  kindLabel,
  missingRequirements,
} from './change-format.ts';

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
  if (changes.length === 0)
    return <p className="muted">No changes to merge: everything in the draft is already in the plan.</p>;
  return (
    <ul className="merge-groups" aria-label="Changes by item">
      {groupChanges(changes).map((group) => (
        <li key={group.id} className="merge-group card">
          <h4 className="merge-group__title">{names.get(group.id) ?? group.id}</h4>
          <ul className="merge-changes">
            {group.items.map((c) => {
              const missing = missingRequirements(c, changes, effective);
              const blocked = missing.length > 0;
              const on = effective.has(c.key);
              const description = describeChange(c, names);
              const withWhat = missing.map((m) => `${kindLabel(m.kind).toLowerCase()} ${names.get(m.id) ?? m.id}`);
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
                      aria-label={`Accept ${description}`}
                      aria-describedby={blocked ? `requires-${c.key}` : undefined}
                      onChange={(e) => onToggle(c.key, e.target.checked)}
                    />
                    <span aria-hidden="true">Accept</span>
                  </label>
                  <span className={`merge-op merge-op--${c.op}`}>{chipLabel(c)}</span>
                  <span className="merge-change__text">{description}</span>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${on ? 'Reject' : 'Accept'} ${description}`}
                    disabled={blocked}
                    onClick={() => onToggle(c.key, !on)}
                  >
                    {on ? 'Reject' : 'Accept'}
                  </button>
                  {blocked ? (
                    <span className="merge-change__reason" id={`requires-${c.key}`}>
                      Rejected with {withWhat.join(' and ')}: it cannot be merged without{' '}
                      {missing.length === 1 ? 'it' : 'them'}.
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
                <span aria-label="becomes"> → </span>
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
