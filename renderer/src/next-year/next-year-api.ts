import type { CarryMode } from '../../../contract/rollover.ts';
import { postForFile } from '../api/file-download.ts';
import { t } from '../i18n/intl.ts';

/**
 * Web mode's "Start next year's plan": the server writes next year's plan from the open one (which it only
 * reads) and answers the file, saved through the browser. A POST, never a GET: it makes the server write a file.
 * Resolves with the saved file's name.
 */
export function downloadNextYear(period: string, carry: CarryMode): Promise<string> {
  return postForFile(
    '/api/rollover',
    { period, carry },
    { label: 'rollover', failure: t('app.rolloverFailed'), fallbackName: 'next year.hoshin' },
  );
}
