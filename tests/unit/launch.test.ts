import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideLaunch, userDataDir } from '../../scripts/launch.ts';
import { tempDir } from '../helpers/temp.ts';

/** A fake `electron` package folder: `path.txt` naming the binary, and the binary itself when `downloaded`. */
function electronPackage(downloaded: boolean): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
  if (downloaded) {
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
  }
  return dir;
}

describe('npm start: desktop app or web mode', () => {
  const display = { DISPLAY: ':0' };

  it('starts Electron when its binary is downloaded and there is a display', () => {
    const dir = electronPackage(true);
    expect(decideLaunch({ platform: 'linux', env: display, electronPackageDir: dir })).toEqual({
      kind: 'electron',
      binary: path.join(dir, 'dist', 'electron'),
    });
  });

  it('falls back to web mode, saying why, when the binary was never downloaded', () => {
    const decision = decideLaunch({ platform: 'linux', env: display, electronPackageDir: electronPackage(false) });
    expect(decision).toEqual({ kind: 'web', reason: expect.stringContaining('has not been downloaded') });
  });

  it('falls back to web mode when path.txt names a binary that is missing', () => {
    const dir = electronPackage(false);
    expect(decideLaunch({ platform: 'darwin', env: {}, electronPackageDir: dir }).kind).toBe('web');
  });

  it('falls back to web mode without the electron package at all', () => {
    expect(decideLaunch({ platform: 'linux', env: display, electronPackageDir: null })).toEqual({
      kind: 'web',
      reason: 'the electron package is not installed',
    });
  });

  it('falls back to web mode on Linux without a display, but not on macOS or Windows', () => {
    const dir = electronPackage(true);
    expect(decideLaunch({ platform: 'linux', env: {}, electronPackageDir: dir })).toEqual({
      kind: 'web',
      reason: expect.stringContaining('no display'),
    });
    expect(
      decideLaunch({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, electronPackageDir: dir }).kind,
    ).toBe('electron');
    expect(decideLaunch({ platform: 'darwin', env: {}, electronPackageDir: dir }).kind).toBe('electron');
    expect(decideLaunch({ platform: 'win32', env: {}, electronPackageDir: dir }).kind).toBe('electron');
  });

  it('honours HOSHIN_WEB=1 and ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = electronPackage(true);
    expect(
      decideLaunch({ platform: 'linux', env: { ...display, HOSHIN_WEB: '1' }, electronPackageDir: dir }).kind,
    ).toBe('web');
    const elsewhere = tempDir();
    const env = { ...display, ELECTRON_OVERRIDE_DIST_PATH: elsewhere };
    expect(decideLaunch({ platform: 'linux', env, electronPackageDir: dir }).kind).toBe('web');
    fs.writeFileSync(path.join(elsewhere, 'electron'), '');
    expect(decideLaunch({ platform: 'linux', env, electronPackageDir: dir })).toEqual({
      kind: 'electron',
      binary: path.join(elsewhere, 'electron'),
    });
  });

  it('uses the folder Electron uses as userData, so both modes open the same sample plan', () => {
    expect(userDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Hoshin Planner');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Hoshin Planner');
    expect(userDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Hoshin Planner');
    expect(userDataDir('win32', { APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'C:/Users/ana')).toBe(
      path.join('C:/Users/ana/AppData/Roaming', 'Hoshin Planner'),
    );
    expect(userDataDir('linux', { HOSHIN_USER_DATA: '/tmp/portable' }, '/home/ana')).toBe('/tmp/portable');
  });
});
