/**
 * File > Connect to a Team Plan…: a team server's pages in a window of their own. The page is the server's (its
 * sign-in page, then the plan, which is the same app served by `hoshin team serve`), so the window gets no
 * preload: it reaches nothing of this computer, only its own server, with cookies in a session of its own.
 *
 * - Same locked-down webPreferences as every window (main/web-preferences.ts), without a preload.
 * - Its session (`persist:hoshin-team`) asks no permissions and loads only from the servers of open team
 *   windows; the default session (the app's own page) still loads nothing remote.
 * - Navigation stays on the window's server (the app-wide handler asks `allowsNavigation`); new windows are
 *   denied as everywhere.
 * - The title says where the plan lives: "<plan> — team plan on plans.example.com".
 */
import { BrowserWindow, session as electronSession } from 'electron';
import { teamWindowTitle, type TeamAddress } from '../contract/team-connection.ts';
import { TeamOrigins } from './team-origins.ts';
import { secureWebPreferences } from './web-preferences.ts';

export const TEAM_PARTITION = 'persist:hoshin-team';

const origins = new TeamOrigins();
let sessionReady = false;

/** Whether `url` is a navigation the contents may make: a team window's, to its own server. */
export function allowsNavigation(contentsId: number, url: string): boolean {
  return origins.allowsNavigation(contentsId, url);
}

function lockDownTeamSession(): void {
  if (sessionReady) return;
  sessionReady = true;
  const ses = electronSession.fromPartition(TEAM_PARTITION);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Only the servers of open team windows: a page there cannot make the window fetch from anywhere else.
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) =>
    callback({ cancel: !origins.allowsRequest(details.url) }),
  );
}

export function openTeamWindow(
  address: Extract<TeamAddress, { ok: true }>,
  options: { devTools: boolean },
): BrowserWindow {
  lockDownTeamSession();
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: teamWindowTitle('', address.host),
    webPreferences: secureWebPreferences({ devTools: options.devTools, spellcheck: true, partition: TEAM_PARTITION }),
  });
  const id = win.webContents.id;
  origins.add(id, address.origin);
  win.on('closed', () => origins.remove(id));
  win.on('page-title-updated', (event, title) => {
    event.preventDefault();
    win.setTitle(teamWindowTitle(title.replace(/ — Hoshin Planner$/, ''), address.host));
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(address.startUrl);
  return win;
}
