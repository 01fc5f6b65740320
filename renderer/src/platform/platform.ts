/**
 * Where the page runs, decided once at start-up (main.tsx): the desktop app (Electron's preload gave it a shell),
 * a browser tab on `hoshin serve` (web mode) or on `hoshin team serve` (a team plan). Views ask this object, never
 * `window.hoshinShell` or a web-mode flag of their own, and files go in and out through its declared calls:
 *
 * - `shell`: the desktop's menus and native dialogs (null in a browser);
 * - `files`: the plan's download, a department draft issued and read back, next year's plan, a picture, each
 *   through the shell on the desktop and through web mode's file routes in a browser.
 */
import { createContext, useContext } from 'react';
import type { HoshinApi } from '../../../contract/api.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import type { CarryMode } from '../../../contract/rollover.ts';
import type { HoshinShell } from '../../../contract/shell.ts';
import { teamPage, type TeamPage } from '../api/team-page.ts';
import { downloadBlob, postForFile, uploadForPlan } from './web-files.ts';
import { t } from '../i18n/intl.ts';

export type PlatformKind = 'desktop' | 'web' | 'team';

export interface PlatformFiles {
  /** The plan file as it is now, as a browser download (web mode); null where the File menu saves it. */
  planDownloadUrl: string | null;
  /** Issues a department's draft and saves it: the file written, or null when the save was cancelled. */
  issueDraft(departmentId: string): Promise<string | null>;
  /** The plan JSON of a returned draft: the one chosen in a native dialog (null: cancelled), or `file` read. */
  readDraft(file?: File): Promise<PlanDocument | null>;
  /** Writes next year's plan from the open one: the file written or downloaded, or null when cancelled. */
  nextYear(period: string, carry: CarryMode): Promise<string | null>;
  /** Saves a picture the page drew: where it went, or null when cancelled. */
  savePicture(blob: Blob, fileName: string): Promise<string | null>;
}

export interface Platform {
  kind: PlatformKind;
  /** A browser tab (web mode or a team plan): no native menus or dialogs, files through downloads. */
  browser: boolean;
  /** The page's one transport to the service layer. */
  api: HoshinApi;
  shell: HoshinShell | null;
  /** A team plan's page: its API base and CSRF token. */
  team: TeamPage | null;
  files: PlatformFiles;
}

/** Same origin, authenticated by the session cookie `hoshin serve` set when the page first opened. */
const PLAN_DOWNLOAD_URL = '/api/download';

export function createPlatform(api: HoshinApi): Platform {
  const shell = typeof window !== 'undefined' ? (window.hoshinShell ?? null) : null;
  const team = teamPage();
  const kind: PlatformKind = window.hoshin !== undefined ? 'desktop' : team ? 'team' : 'web';
  if (kind === 'desktop' && shell) {
    return {
      kind,
      browser: false,
      api,
      shell,
      team: null,
      files: {
        planDownloadUrl: null,
        issueDraft: (departmentId) => shell.sendDraft(departmentId),
        readDraft: () => shell.chooseDraft(),
        nextYear: (period, carry) => shell.startNextYear(period, carry),
        savePicture: async (blob, fileName) => shell.savePicture(fileName, new Uint8Array(await blob.arrayBuffer())),
      },
    };
  }
  return {
    kind,
    browser: true,
    api,
    shell: null,
    team,
    files: {
      planDownloadUrl: team ? null : PLAN_DOWNLOAD_URL,
      issueDraft: (departmentId) =>
        postForFile(
          '/api/draft',
          { department: departmentId },
          { label: 'draft', failure: t('app.issueFailed'), fallbackName: 'draft.hoshin' },
        ),
      readDraft: async (file) => (file ? uploadForPlan('/api/read-draft', file) : null),
      nextYear: (period, carry) =>
        postForFile(
          '/api/rollover',
          { period, carry },
          { label: 'rollover', failure: t('app.rolloverFailed'), fallbackName: 'next year.hoshin' },
        ),
      savePicture: async (blob, fileName) => {
        downloadBlob(blob, fileName);
        return fileName;
      },
    },
  };
}

export const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform outside PlatformContext: main.tsx provides it');
  return platform;
}

/** The page's one transport to the service layer, for views that call operations themselves. */
export function useApi(): HoshinApi {
  return usePlatform().api;
}
