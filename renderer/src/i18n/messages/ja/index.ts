import { shell } from './shell.ts';

/** Every area's catalogue in this language; each must hold exactly the English area's keys (the compiler checks). */
export const ja = { ...shell };
