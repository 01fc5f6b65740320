import { common } from './common.ts';
import { shell } from './shell.ts';
import { tree } from './tree.ts';

/** Every area's catalogue in this language; each must hold exactly the English area's keys (the compiler checks). */
export const fr = { ...shell, ...common, ...tree };
