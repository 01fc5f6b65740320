/**
 * The native menu's template: what it holds for a given state. Imports only Electron's types, so a unit test can
 * check it without loading Electron.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract/shell.ts';
import { THEMES, type Theme } from './preferences.ts';

export interface MenuState {
  isMac: boolean;
  /** Developer tools and reload appear only in development. */
  isPackaged: boolean;
  hasPlan: boolean;
  /** The open file is a department draft: File > Return Draft… hands it back; issuing and merging are leadership's. */
  isDraft: boolean;
  recentFiles: readonly string[];
  theme: Theme;
}

export interface MenuActions {
  newPlan(): void;
  openPlan(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  saveAs(): void;
  /** Saves a copy of the open draft where the user says, to send back to leadership; the draft stays open. */
  returnDraft(): void;
  /** Opens the report's export dialog (options and preview), whose Export PDF… button prints. */
  exportPdf(): void;
  exportExcel(): void;
  setTheme(theme: Theme): void;
  about(): void;
  /** Forwards a command to the page (plan undo/redo, palette, presentation mode). */
  command(command: MenuCommand): void;
}

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const recent: MenuItemConstructorOptions[] =
    state.recentFiles.length === 0
      ? [{ label: 'No recent plans', enabled: false }]
      : state.recentFiles.map((file) => ({
          label: path.basename(file),
          toolTip: file,
          click: () => actions.openRecent(file),
        }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&New…', accelerator: 'CmdOrCtrl+N', click: () => actions.newPlan() },
      { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openPlan() },
      {
        label: 'Open &Recent',
        submenu: [
          ...recent,
          { type: 'separator' },
          { label: '&Clear Recent', enabled: state.recentFiles.length > 0, click: () => actions.clearRecent() },
        ],
      },
      // The page asks for the server's address, then the team server's sign-in page opens in a window of its own.
      { label: 'Connect to a &Team Plan…', click: () => actions.command('connect-team') },
      { type: 'separator' },
      ...(state.isDraft
        ? [{ label: 'Return &Draft…', enabled: state.hasPlan, click: () => actions.returnDraft() }]
        : [
            { label: '&Merge Draft…', enabled: state.hasPlan, click: () => actions.command('merge-draft') },
            {
              label: 'Send &Draft to a Department…',
              enabled: state.hasPlan,
              click: () => actions.command('send-draft'),
            },
            {
              label: 'S&tart Next Year’s Plan…',
              enabled: state.hasPlan,
              click: () => actions.command('start-next-year'),
            },
            // The page's wizard reads the file (chosen in its own file input) and imports it into this plan.
            {
              label: '&Import from Excel/CSV…',
              enabled: state.hasPlan,
              click: () => actions.command('import-file'),
            },
          ]),
      { type: 'separator' },
      {
        label: 'Save &As…',
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: state.hasPlan,
        click: () => actions.saveAs(),
      },
      { type: 'separator' },
      {
        label: 'Export &PDF…',
        accelerator: 'CmdOrCtrl+Shift+E',
        enabled: state.hasPlan,
        click: () => actions.exportPdf(),
      },
      { label: 'Export E&xcel…', enabled: state.hasPlan, click: () => actions.exportExcel() },
      { type: 'separator' },
      { label: '&Close', role: 'close' },
      ...(state.isMac ? [] : [{ type: 'separator' } as const, { label: 'E&xit', role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The page decides: text undo inside a text field, plan undo (the session's history) elsewhere.
      { label: '&Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.command('undo') },
      { label: '&Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.command('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: '&Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.command('find') },
      { label: '&Command Palette…', accelerator: 'CmdOrCtrl+K', click: () => actions.command('command-palette') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      { label: '&Presentation Mode', accelerator: 'F5', click: () => actions.command('toggle-presentation') },
      { label: 'E&xport Picture…', click: () => actions.command('export-picture') },
      {
        label: '&Theme',
        submenu: THEMES.map((theme) => ({
          label: THEME_LABELS[theme],
          type: 'radio' as const,
          checked: state.theme === theme,
          click: () => actions.setTheme(theme),
        })),
      },
      ...(state.isPackaged
        ? []
        : [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ label: '&About Hoshin Planner', click: () => actions.about() }],
  };

  return [
    ...(state.isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    ...(state.isMac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}
