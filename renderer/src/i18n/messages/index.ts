import type { Locale } from '../locales.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';

export type { MessageKey } from './en.ts';

export const catalogues: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en, de, fr, es, ja };
