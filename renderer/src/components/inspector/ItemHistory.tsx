import { useEffect, useState } from 'react';
import { itemHistory, teamPage, type ItemChange } from '../../api/team-page.ts';
import { appIntl, t } from '../../i18n/intl.ts';
import { operationVerb } from '../../i18n/service-text.ts';

/** How many of an item's changes the inspector lists (the newest); `hoshin team log` has them all. */
const SHOWN = 8;

/**
 * A team plan item's history in the inspector: who changed it, when and how, newest first. Fetched again when
 * the plan changes (`version`), so another person's change shows here too. Nothing on a file's page.
 */
export function ItemHistory({ itemId, version }: { itemId: string; version: unknown }) {
  const [changes, setChanges] = useState<ItemChange[] | null>(null);
  useEffect(() => {
    let live = true;
    itemHistory(itemId).then(
      (list) => live && setChanges(list),
      () => live && setChanges([]),
    );
    return () => {
      live = false;
    };
  }, [itemId, version]);
  if (!teamPage() || changes === null) return null;
  // One operation writes several rows of an item (its links, say): one line per operation and time.
  const lines = changes
    .filter((c, i, all) => i === 0 || c.at !== all[i - 1]!.at || c.operation !== all[i - 1]!.operation)
    .reverse()
    .slice(0, SHOWN);
  return (
    <section className="inspector__section item-history" aria-labelledby="item-history-heading">
      <h4 id="item-history-heading" className="inspector__subheading">
        {t('inspector.history')}
      </h4>
      {lines.length === 0 ? (
        <p className="muted">{t('inspector.history.none')}</p>
      ) : (
        <ul className="item-history__list" data-item-history={itemId}>
          {lines.map((c) => (
            <li key={`${c.at}-${c.operation}`}>
              {t('inspector.history.line', {
                by: c.by,
                what: operationLabel(c.operation),
                when: appIntl().formatDate(new Date(c.at), { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function operationLabel(operation: string): string {
  if (operation === 'undo') return t('inspector.history.undo');
  if (operation === 'redo') return t('inspector.history.redo');
  if (operation === 'upgrade') return t('inspector.history.upgrade');
  return operationVerb(operation);
}
