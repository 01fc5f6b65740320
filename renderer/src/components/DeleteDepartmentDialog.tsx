import { useState } from 'react';
import type { DeleteEffect } from '../../../contract/api.ts';
import type { Department } from '../../../contract/plan-format.ts';
import { deletedMessage } from '../domain/delete-message.ts';
import { useAppActions } from '../state/app-context.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { t } from '../i18n/intl.ts';

interface Pending {
  department: Department;
  effect: DeleteEffect;
}

/**
 * Deleting a department takes its goals and tactics with it, so it asks first, saying exactly what goes
 * (from previewDelete); the delete is still one undo step.
 */
export function useDeleteDepartment() {
  const { run, notify, reportError, selection, select } = useAppActions();
  const [pending, setPending] = useState<Pending | null>(null);

  const ask = (department: Department) => {
    run('previewDelete', { kind: 'department', id: department.id }).then(
      (effect) => setPending({ department, effect }),
      reportError,
    );
  };
  const confirm = () => {
    if (!pending) return;
    const { department } = pending;
    setPending(null);
    run('deleteDepartment', { id: department.id }).then((effect) => {
      if (selection?.id === department.id) select(null);
      notify({
        message: deletedMessage(effect, t('deleteDepartment.label', { department: department.name })),
        undoable: true,
      });
    }, reportError);
  };

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title={
        pending ? t('deleteDepartment.title', { department: pending.department.name }) : t('deleteDepartment.titleNone')
      }
      confirmLabel={t('deleteDepartment.confirm')}
      danger
      onConfirm={confirm}
      onCancel={() => setPending(null)}
    >
      {pending ? (
        <>
          <p>{pending.effect.summary}</p>
          <p className="muted">{t('deleteDepartment.undo')}</p>
        </>
      ) : null}
    </ConfirmDialog>
  );
  return { ask, dialog };
}
