/** The main window: the shared locked-down webPreferences (main/web-preferences.ts), remembered bounds. */
import { BrowserWindow, nativeTheme, screen, type Rectangle } from 'electron';
import type { Preferences, WindowState } from './preferences.ts';
import { secureWebPreferences } from './web-preferences.ts';

const DEFAULT_SIZE = { width: 1280, height: 820 };

export interface MainWindowOptions {
  preload: string;
  devTools: boolean;
  icon?: string;
}

export function createMainWindow(prefs: Preferences, options: MainWindowOptions): BrowserWindow {
  const saved = visibleState(prefs.window);
  const bounds = saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_SIZE;
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Hoshin Planner',
    // The renderer's --color-bg (renderer/src/styles/tokens.css), so no white flash shows before the page paints.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#0e1115' : '#f3f4f7',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences({ preload: options.preload, devTools: options.devTools, spellcheck: true }),
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // The window title names the open file; the page's <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('close', () => prefs.setWindow(currentState(win)));
  return win;
}

function currentState(win: BrowserWindow): WindowState {
  const b = win.getNormalBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
}

/** The saved state, without its position when that would put the window off every screen now attached. */
function visibleState(state: WindowState | null): WindowState | null {
  if (!state) return null;
  if (state.x === undefined || state.y === undefined) return state;
  const rect: Rectangle = { x: state.x, y: state.y, width: state.width, height: state.height };
  const visible = screen.getAllDisplays().some((d) => overlaps(rect, d.workArea, 64));
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}

function overlaps(a: Rectangle, b: Rectangle, margin: number): boolean {
  return (
    a.x + a.width - margin > b.x &&
    a.x + margin < b.x + b.width &&
    a.y + margin < b.y + b.height &&
    a.y + a.height - margin > b.y
  );
}
