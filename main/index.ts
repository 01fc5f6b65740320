/**
 * Electron main process: one window showing the renderer from app://hoshin/, one plan file open at a time.
 *
 * Security (see also window.ts, app-protocol.ts, ipc.ts): every renderer sandboxed with context isolation and
 * no Node; the renderer's files served under app://hoshin/ with a strict CSP header; no remote content (web
 * requests to http(s)/ws(s) are cancelled, except the dev server in development); navigation away from the app,
 * new windows, <webview>, downloads and permission requests all refused; the preload exposes one named method
 * per operation and IPC handlers accept calls only from our window's top frame.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, session as electronSession } from 'electron';
import { CARRY_MODES, type CarryMode } from '../contract/rollover.ts';
import { setMigrationsFolder } from '../db/plan-file.ts';
import type { PlanService } from '../services/plan-service.ts';
import { handleAppProtocol, registerAppScheme } from './app-protocol.ts';
import { APP_INDEX_URL, isAppUrl } from './app-url.ts';
import { hasFlag, optionValue, planFileFromArgv } from './args.ts';
import { Documents } from './documents.ts';
import { registerIpcHandlers } from './ipc.ts';
import { isTrustedSender } from './sender-check.ts';
import { buildMenu } from './menu.ts';
import { exportReport } from './report-export.ts';
import { checkPicture } from './picture-file.ts';
import { savePicture } from './picture-save.ts';
import { Preferences, type Theme } from './preferences.ts';
import { createMainWindow } from './window.ts';
import { allowsNavigation, openTeamWindow } from './team-window.ts';
import { parseTeamAddress } from '../contract/team-connection.ts';
import {
  CHOOSE_DRAFT_CHANNEL,
  EXPORT_REPORT_CHANNEL,
  MENU_COMMAND_CHANNEL,
  OPEN_FILE_CHANNEL,
  SAVE_PICTURE_CHANNEL,
  CONNECT_TEAM_CHANNEL,
  SEND_DRAFT_CHANNEL,
  START_NEXT_YEAR_CHANNEL,
} from '../contract/shell.ts';

const APP_ID = 'org.hoshinplanner.app';
const PRODUCT_NAME = 'Hoshin Planner';
const isMac = process.platform === 'darwin';

/** out/main when built; the preload and renderer are built beside it. */
const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_ROOT = path.join(here, '..', 'renderer');
const PRELOAD = path.join(here, '..', 'preload', 'preload.cjs');

/** electron-vite dev sets this; honoured only when not packaged. */
const devServerUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null;
const isOwnUrl = (url: string): boolean => isAppUrl(url, devServerUrl);

// Tests and portable setups point userData elsewhere; must happen before anything reads it (the single-instance
// lock included, which is per userData folder).
const userDataOverride = process.env.HOSHIN_USER_DATA || optionValue(process.argv, '--user-data-dir');
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

if (!app.requestSingleInstanceLock()) {
  // Another instance runs with this userData: it received our argv ('second-instance') and opens our file.
  app.quit();
} else {
  start();
}

function start(): void {
  const prefs = new Preferences(app.getPath('userData'));
  let mainWindow: BrowserWindow | null = null;
  /** Files asked for (macOS open-file, a second instance) before the app was ready. */
  const pendingFiles: string[] = [];

  const documents = new Documents(prefs, {
    switched: (session) => {
      updateMenu();
      if (mainWindow && !mainWindow.isDestroyed()) {
        showSessionInWindow(mainWindow, session);
        void loadRenderer(mainWindow);
      }
    },
  });

  registerAppScheme();
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.setAboutPanelOptions({
    applicationName: PRODUCT_NAME,
    applicationVersion: app.getVersion(),
    copyright: 'MIT License, Hoshin Planner contributors',
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // The app's own page, or a team window's own server (main/team-window.ts).
    contents.on('will-navigate', (event) => {
      if (!isOwnUrl(event.url) && !allowsNavigation(contents.id, event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isOwnUrl(event.url) && !allowsNavigation(contents.id, event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = planFileFromArgv(argv, workingDirectory);
    if (file) openRequested(file);
    else {
      if (!documents.current && !mainWindow) void openAtStart([], workingDirectory).then(focusOrCreateWindow);
      else focusOrCreateWindow();
    }
  });

  app.on('open-file', (event, file) => {
    event.preventDefault();
    openRequested(file);
  });

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) {
      void openAtStart([], process.cwd()).then(focusOrCreateWindow);
    }
  });

  // The plan's worker closes the file and releases its lock before the app ends.
  app.on('will-quit', (event) => {
    if (!documents.current) return;
    event.preventDefault();
    void documents.close().finally(() => app.quit());
  });

  void app.whenReady().then(() => {
    setMigrationsFolder(migrationsFolder());
    lockDownSession();
    handleAppProtocol(RENDERER_ROOT);
    const ipcContext = {
      mainContents: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
      isAppUrl: isOwnUrl,
      session: () => documents.current,
    };
    registerIpcHandlers(ipcContext);
    // A file dropped on the window: same checks as File > Open (a bad file is reported, never modified).
    ipcMain.on(OPEN_FILE_CHANNEL, (event, file: unknown) => {
      if (!isTrustedSender(ipcContext, event) || typeof file !== 'string' || file === '') return;
      openRequested(path.resolve(file));
    });
    ipcMain.handle(SEND_DRAFT_CHANNEL, (event, departmentId: unknown) => {
      if (!isTrustedSender(ipcContext, event) || typeof departmentId !== 'string') return null;
      return documents.sendDraft(windowOrNull(), departmentId);
    });
    ipcMain.handle(EXPORT_REPORT_CHANNEL, (event, kind: unknown, query: unknown) => {
      const session = documents.current;
      if (!isTrustedSender(ipcContext, event) || !session) return null;
      if ((kind !== 'pdf' && kind !== 'xlsx') || typeof query !== 'string' || query.length > 4096) return null;
      return exportReport(windowOrNull(), session, kind, query);
    });
    ipcMain.handle(START_NEXT_YEAR_CHANNEL, (event, period: unknown, carry: unknown) => {
      if (!isTrustedSender(ipcContext, event) || typeof period !== 'string' || period.length > 20) return null;
      if (!(CARRY_MODES as readonly unknown[]).includes(carry)) return null;
      return documents.startNextYear(windowOrNull(), period, carry as CarryMode).then((file) => {
        ensureWindow();
        return file;
      });
    });
    ipcMain.handle(SAVE_PICTURE_CHANNEL, (event, fileName: unknown, data: unknown) => {
      if (!isTrustedSender(ipcContext, event)) return null;
      const picture = checkPicture(fileName, data);
      if (!picture) return null;
      const current = documents.currentFile;
      const folder = current ? path.dirname(current) : app.getPath('pictures');
      return savePicture(windowOrNull(), folder, picture);
    });
    ipcMain.handle(CONNECT_TEAM_CHANNEL, (event, address: unknown) => {
      if (!isTrustedSender(ipcContext, event)) return null;
      const parsed = typeof address === 'string' ? parseTeamAddress(address) : null;
      if (!parsed) return 'Type the address of your team server, like plans.example.com.';
      if (!parsed.ok) return parsed.message;
      openTeamWindow(parsed, { devTools: !app.isPackaged });
      return null;
    });
    ipcMain.handle(CHOOSE_DRAFT_CHANNEL, (event) => {
      if (!isTrustedSender(ipcContext, event)) return null;
      return documents.chooseDraft(windowOrNull());
    });
    nativeTheme.themeSource = prefs.theme;
    void openAtStart(process.argv, process.cwd()).then(() => {
      updateMenu();
      focusOrCreateWindow();
    });
  });

  /** A file named on the command line or dropped on the dock first, then `--sample`, the last plan, the sample. */
  async function openAtStart(argv: readonly string[], cwd: string): Promise<void> {
    const requested = [planFileFromArgv(argv, cwd), ...pendingFiles.splice(0)].filter((f) => f !== null);
    for (const file of requested.reverse()) if (await documents.open(file)) return;
    if (hasFlag(argv, '--sample')) {
      const sample = documents.ensureSample();
      if (sample && (await documents.open(sample))) return;
    }
    const last = prefs.lastFile;
    if (last) {
      if (fs.existsSync(last)) {
        if (await documents.open(last)) return;
      } else prefs.forgetRecent(last);
    }
    const sample = documents.ensureSample();
    if (sample) await documents.open(sample);
  }

  function openRequested(file: string): void {
    if (!app.isReady()) {
      pendingFiles.push(file);
      return;
    }
    void documents.open(file, mainWindow).then(() => {
      if (mainWindow && !mainWindow.isDestroyed()) focusOrCreateWindow();
      else ensureWindow();
    });
  }

  function focusOrCreateWindow(): void {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    const win = createMainWindow(prefs, { preload: PRELOAD, devTools: !app.isPackaged, icon: devIcon() });
    mainWindow = win;
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      // Each window works on the open plan; with none left the file is closed (its WAL folded back in).
      void documents.close().then(updateMenu);
    });
    showSessionInWindow(win, documents.current);
    void loadRenderer(win);
  }

  function updateMenu(): void {
    const parent = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
    const menu = buildMenu(
      {
        isMac,
        isPackaged: app.isPackaged,
        hasPlan: documents.current !== null,
        isDraft: documents.currentIsDraft,
        recentFiles: prefs.recentFiles,
        theme: prefs.theme,
      },
      {
        newPlan: () => void documents.newPlan(parent()).then(ensureWindow),
        openPlan: () => void documents.openWithDialog(parent()).then(ensureWindow),
        openRecent: (file) =>
          void documents.open(file, parent()).then(() => {
            ensureWindow();
            updateMenu();
          }),
        clearRecent: () => {
          prefs.clearRecent();
          app.clearRecentDocuments();
          updateMenu();
        },
        saveAs: () => void documents.saveAs(parent()),
        returnDraft: () => void documents.returnDraft(parent()),
        // The export dialog is the report view; its Export PDF… button comes back through EXPORT_REPORT_CHANNEL.
        exportPdf: () => void parent()?.webContents.executeJavaScript("window.location.hash = '#/report'; true"),
        exportExcel: () => {
          const session = documents.current;
          if (session) void exportReport(parent(), session, 'xlsx', '');
        },
        setTheme: (theme: Theme) => {
          nativeTheme.themeSource = theme;
          prefs.setTheme(theme);
          updateMenu();
        },
        about: () => void showAbout(parent()),
        command: (command) => {
          if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command);
        },
      },
    );
    Menu.setApplicationMenu(menu);
  }

  function windowOrNull(): BrowserWindow | null {
    return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  }

  /** On macOS the menu lives on without a window: a plan opened from it brings one back. */
  function ensureWindow(): void {
    if ((!mainWindow || mainWindow.isDestroyed()) && documents.current) focusOrCreateWindow();
  }

  function lockDownSession(): void {
    const ses = electronSession.defaultSession;
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    ses.setDevicePermissionHandler(() => false);
    ses.on('will-download', (event) => event.preventDefault());
    // No remote content: the CSP already says so; this holds even for a page that has no CSP (DevTools aside).
    ses.webRequest.onBeforeRequest(
      { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
      (details, callback) => callback({ cancel: !isDevServerUrl(details.url) }),
    );
  }
}

function isDevServerUrl(url: string): boolean {
  if (devServerUrl === null) return false;
  try {
    return new URL(url).host === new URL(devServerUrl).host;
  } catch {
    return false;
  }
}

function showSessionInWindow(win: BrowserWindow, session: PlanService | null): void {
  win.setTitle(session ? `${path.basename(session.info.file)} — ${PRODUCT_NAME}` : PRODUCT_NAME);
  if (isMac) win.setRepresentedFilename(session ? session.info.file : '');
}

/** Loads (or reloads, after the plan changed) the renderer: a fresh page reads the new plan from scratch. */
async function loadRenderer(win: BrowserWindow): Promise<void> {
  try {
    await win.loadURL(devServerUrl ?? APP_INDEX_URL);
  } catch (err) {
    // A navigation superseded by a newer load (two quick switches) rejects; only a real failure is worth logging.
    if ((err as { code?: string }).code !== 'ERR_ABORTED') console.error('loading the renderer failed:', err);
  }
}

/** The packaged app ships migrations as an extra resource; in development they sit in db/ of the sources. */
function migrationsFolder(): string {
  if (app.isPackaged) return path.join(process.resourcesPath, 'migrations');
  const candidates = [path.join(app.getAppPath(), 'db', 'migrations'), path.join(here, '..', '..', 'db', 'migrations')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'meta', '_journal.json'))) ?? candidates[0]!;
}

/** Linux and Windows take the window icon from the installer's files when packaged; in development use ours. */
function devIcon(): string | undefined {
  if (app.isPackaged) return undefined;
  const icon = path.join(app.getAppPath(), 'build', 'icon.png');
  return fs.existsSync(icon) ? icon : undefined;
}

async function showAbout(parent: BrowserWindow | null): Promise<void> {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: `About ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail: [
      'Hoshin Kanri strategy deployment: objectives cascaded into department goals and tactics, with gap analysis.',
      '',
      'MIT License, Hoshin Planner contributors.',
      `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node.js ${process.versions.node}.`,
    ].join('\n'),
    buttons: ['OK'],
  };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}
