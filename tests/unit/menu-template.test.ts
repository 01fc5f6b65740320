/** The native menu's template (Electron-free): what File holds in a master plan and in a department draft. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuActions, type MenuState } from '../../main/menu-template.ts';

const state = (over: Partial<MenuState> = {}): MenuState => ({
  isMac: false,
  isPackaged: true,
  hasPlan: true,
  isDraft: false,
  recentFiles: [],
  theme: 'system',
  ...over,
});

function actions(): MenuActions & Record<string, ReturnType<typeof vi.fn>> {
  const names = ['newPlan', 'openPlan', 'openRecent', 'clearRecent', 'saveAs', 'returnDraft', 'exportPdf'];
  const more = ['exportExcel', 'setTheme', 'about', 'command'];
  return Object.fromEntries([...names, ...more].map((n) => [n, vi.fn()])) as never;
}

function fileMenu(s: MenuState, a: MenuActions): MenuItemConstructorOptions[] {
  const file = menuTemplate(s, a).find((m) => m.label === '&File');
  return (file?.submenu ?? []) as MenuItemConstructorOptions[];
}

const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label).filter(Boolean);

describe('File menu', () => {
  it('offers Merge Draft… and Send Draft… in a master plan, and no Return Draft…', () => {
    const a = actions();
    const items = fileMenu(state(), a);
    expect(labels(items)).toContain('&Merge Draft…');
    expect(labels(items)).toContain('Send &Draft to a Department…');
    expect(labels(items)).not.toContain('Return &Draft…');
    items.find((i) => i.label === '&Merge Draft…')?.click?.(undefined as never, undefined, undefined as never);
    expect(a['command']).toHaveBeenCalledWith('merge-draft');
  });

  it('offers Return Draft… in a department draft, instead of leadership’s issue and merge', () => {
    const a = actions();
    const items = fileMenu(state({ isDraft: true }), a);
    expect(labels(items)).toContain('Return &Draft…');
    expect(labels(items)).not.toContain('&Merge Draft…');
    expect(labels(items)).not.toContain('Send &Draft to a Department…');
    const item = items.find((i) => i.label === 'Return &Draft…');
    expect(item?.enabled).toBe(true);
    item?.click?.(undefined as never, undefined, undefined as never);
    expect(a['returnDraft']).toHaveBeenCalledTimes(1);
  });

  it('offers Import from Excel/CSV… in a master plan only, handing it to the page’s wizard', () => {
    const a = actions();
    const label = '&Import from Excel/CSV…';
    fileMenu(state(), a)
      .find((i) => i.label === label)
      ?.click?.(undefined as never, undefined, undefined as never);
    expect(a['command']).toHaveBeenCalledWith('import-file');
    expect(labels(fileMenu(state({ isDraft: true }), a))).not.toContain(label);
    expect(fileMenu(state({ hasPlan: false }), a).find((i) => i.label === label)?.enabled).toBe(false);
  });

  it('offers Connect to a Team Plan… in a plan, a draft or with none open, handing it to the page’s dialog', () => {
    const label = 'Connect to a &Team Plan…';
    for (const over of [{}, { isDraft: true }, { hasPlan: false }]) {
      const a = actions();
      const item = fileMenu(state(over), a).find((i) => i.label === label);
      expect(item?.enabled).not.toBe(false);
      item?.click?.(undefined as never, undefined, undefined as never);
      expect(a['command']).toHaveBeenCalledWith('connect-team');
    }
  });

  it('offers Start Next Year’s Plan… in a master plan only, handing it to the page’s dialog', () => {
    const a = actions();
    const items = fileMenu(state(), a);
    items
      .find((i) => i.label === 'S&tart Next Year’s Plan…')
      ?.click?.(undefined as never, undefined, undefined as never);
    expect(a['command']).toHaveBeenCalledWith('start-next-year');
    expect(labels(fileMenu(state({ isDraft: true }), a))).not.toContain('S&tart Next Year’s Plan…');
    expect(fileMenu(state({ hasPlan: false }), a).find((i) => i.label === 'S&tart Next Year’s Plan…')?.enabled).toBe(
      false,
    );
  });

  it('disables what needs a plan when none is open', () => {
    const items = fileMenu(state({ hasPlan: false }), actions());
    expect(items.find((i) => i.label === 'Save &As…')?.enabled).toBe(false);
    expect(items.find((i) => i.label === '&Merge Draft…')?.enabled).toBe(false);
  });
});
