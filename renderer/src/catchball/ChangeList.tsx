import type { Change } from '../../../contract/catchball.ts';
import { describeChange, fieldLabel, formatValue, groupChanges, isFieldChange, chipLabel } from './change-format.ts';

interface ChangeListProps {
  changes: readonly Change[];
  names: Map<string, string>;
  accepted: ReadonlySet<string>;
  onToggle: (key: string, accept: boolean) => void;
}

/** Every change of the draft under the item it touches, each accepted until the reviewer rejects it. */
export function ChangeList({ changes, names, accepted, onToggle }: ChangeListProps) {
  if (changes.length === 0)
    return <p className="muted">No changes to merge: everything in the draft is already in the plan.</p>;
  return (
    <ul className="merge-groups" aria-label="Changes by item">
      {groupChanges(changes).map((group) => (
        <li key={group.id} className="merge-group card">
          <h4 className="merge-group__title">{names.get(group.id) ?? group.id}</h4>
          <ul className="merge-changes">
            {group.items.map((c) => {
              const on = accepted.has(c.key);
              const description = describeChange(c, names);
              return (
                <li key={c.key} className={on ? 'merge-change' : 'merge-change is-rejected'} data-change-key={c.key}>
                  <label className="merge-change__accept">
                    <input
                      type="checkbox"
                      checked={on}
                      aria-label={`Accept ${description}`}
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
                    onClick={() => onToggle(c.key, !on)}
                  >
                    {on ? 'Reject' : 'Accept'}
                  </button>
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
