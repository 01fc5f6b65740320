/**
 * Which team server each team window may show (main/team-window.ts), Electron-free so a unit test reads it:
 * a window navigates only on its own server, and the team session loads only from servers of open windows.
 */
import { isTeamUrl } from '../contract/team-connection.ts';

export class TeamOrigins {
  /** webContents id -> its server's origin. */
  private readonly byContents = new Map<number, string>();

  add(contentsId: number, origin: string): void {
    this.byContents.set(contentsId, origin);
  }

  remove(contentsId: number): void {
    this.byContents.delete(contentsId);
  }

  /** A navigation the contents may make: a team window's, to its own server. */
  allowsNavigation(contentsId: number, url: string): boolean {
    const origin = this.byContents.get(contentsId);
    return origin !== undefined && isTeamUrl(url, origin);
  }

  /** A request the team session may make: to the server of an open team window. */
  allowsRequest(url: string): boolean {
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      return false;
    }
    for (const open of this.byContents.values()) if (open === origin) return true;
    return false;
  }
}
