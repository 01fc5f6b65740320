import { useCallback, useEffect, useState } from 'react';
import type { DraftStatus } from '../../../contract/catchball.ts';
import type { Department, PlanDocument } from '../../../contract/plan-format.ts';
import { useAppActions } from '../state/app-context.ts';
import { usePlatform } from '../platform/platform.ts';
import { formatInstant } from './change-format.ts';
import '../styles/catchball.css';
import { t, tRich } from '../i18n/intl.ts';

/** An empty cell. */
const NONE = '—';

const mergedText = (at: string, changes: number | null): string =>
  changes === null ? formatInstant(at) : t('status.mergedChanges', { when: formatInstant(at), count: changes });

/** Per department: where its catchball draft stands, and a way to send it one. */
export function DraftStatusPanel({ plan }: { plan: PlanDocument }) {
  const { reportError, run } = useAppActions();
  const [statuses, setStatuses] = useState<ReadonlyMap<string, DraftStatus>>(new Map());

  const refresh = useCallback(() => {
    run('getDraftStatus', {}).then((list) => setStatuses(new Map(list.map((s) => [s.departmentId, s]))), reportError);
  }, [reportError, run]);
  useEffect(refresh, [refresh, plan]);

  if (plan.departments.length === 0) return null;
  return (
    <section className="card catchball-status" aria-labelledby="catchball-heading">
      <h3 id="catchball-heading" className="section-heading">
        {t('status.heading')}
      </h3>
      <p className="muted">{tRich('status.intro', { merge: (chunks) => <a href="#/merge">{chunks}</a> })}</p>
      <table className="catchball-status__table">
        <thead>
          <tr>
            <th scope="col">{t('status.department')}</th>
            <th scope="col">{t('status.issued')}</th>
            <th scope="col">{t('status.returned')}</th>
            <th scope="col">{t('status.merged')}</th>
            <th scope="col" className="num">
              {t('status.openNotes')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('status.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.departments.map((d) => {
            const s = statuses.get(d.id);
            return (
              <tr key={d.id} data-department-id={d.id}>
                <th scope="row">{d.name}</th>
                <td>{s?.issuedAt ? formatInstant(s.issuedAt) : <span className="muted">{t('status.notYet')}</span>}</td>
                <td>{s?.returnedAt ? formatInstant(s.returnedAt) : NONE}</td>
                <td>{s?.mergedAt ? mergedText(s.mergedAt, s.mergedChanges) : NONE}</td>
                <td className="num">{s?.openNotes ?? 0}</td>
                <td>
                  <SendDraft department={d} onSent={refresh} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function SendDraft({ department, onSent }: { department: Department; onSent: () => void }) {
  // Issuing is a recorded change: run through mutate, so the plan and the header's Undo ("Issue draft for …")
  // are reloaded after it.
  const { reportError, notify, mutate } = useAppActions();
  const { browser, files } = usePlatform();
  // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
  const label = t('status.sendTo', { department: department.name });
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={label}
      onClick={() => {
        mutate(() => files.issueDraft(department.id)).then((file) => {
          if (!file) return;
          const message = browser
            ? t('status.issuedWeb', { department: department.name, file })
            : t('status.saved', { department: department.name, file });
          notify({ message, undoable: browser });
          onSent();
        }, reportError);
      }}
    >
      {t('status.send')}
    </button>
  );
}
