import type { Locale } from '../locales.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';
import { es } from './es/index.ts';
import { fr } from './fr/index.ts';
import { ja } from './ja/index.ts';

export type { MessageKey } from './en/index.ts';

export const catalogues: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en, de, fr, es, ja };
