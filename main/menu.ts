/** The native menu. Actions are passed in; what the menu holds is in menu-template.ts. */
import { Menu } from 'electron';
import { menuTemplate, type MenuActions, type MenuState } from './menu-template.ts';

export type { MenuActions, MenuState } from './menu-template.ts';

export function buildMenu(state: MenuState, actions: MenuActions): Menu {
  return Menu.buildFromTemplate(menuTemplate(state, actions));
}
