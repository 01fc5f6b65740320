import type { forms as english } from '../en/forms.ts';

export const forms: Record<keyof typeof english, string> = {
  'rename.done':
    '{count, plural, one {{from} an # Stelle in {to} umbenannt.} other {{from} an # Stellen in {to} umbenannt.}}',
  'rename.open': '{person} überall umbenennen…',
  'rename.form': '{person} überall umbenennen',
  'rename.label': 'Neuer Name für {person}',
  'rename.note':
    '{count, plural, one {Alle Verantwortlichen und Leitungen namens {person} (# Stelle) erhalten den neuen Namen; ein Rückgängig-Schritt.} other {Alle Verantwortlichen und Leitungen namens {person} (# Stellen) erhalten den neuen Namen; ein Rückgängig-Schritt.}}',
  'rename.submit': 'Umbenennen',
  'rename.cancel': 'Abbrechen',
};
