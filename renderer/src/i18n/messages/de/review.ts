import type { review as english } from '../en/review.ts';

export const review: Record<keyof typeof english, string> = {
  'actuals.action.create': 'Neu',
  'actuals.action.update': 'Geändert',
  'actuals.action.unchanged': 'Unverändert',
  'actuals.action.error': 'Fehler',
  'actuals.loaded': '{count, plural, one {# Wert aus {file} geladen.} other {# Werte aus {file} geladen.}}',
  'actuals.nothingLoaded': 'Nichts zu laden: Jeder Wert aus {file} steht bereits im Plan.',
  'actuals.choose': 'Istwerte aus Datei laden…',
  'actuals.drop': 'oder eine CSV- oder Excel-Datei hier ablegen',
  'actuals.file': 'Datei mit Istwerten',
  'actuals.heading': 'Istwerte aus {file}',
  'actuals.summary':
    '{create, plural, one {# neuer Wert} other {# neue Werte}}, {update, plural, one {# geänderter Wert} other {# geänderte Werte}}, {unchanged, plural, other {# unverändert}}.',
  'actuals.summaryErrors':
    '{create, plural, one {# neuer Wert} other {# neue Werte}}, {update, plural, one {# geänderter Wert} other {# geänderte Werte}}, {unchanged, plural, other {# unverändert}}, {errors, plural, one {# fehlerhafte Zeile} other {# fehlerhafte Zeilen}}. Solange eine Zeile fehlerhaft ist, wird nichts geladen: Korrigieren Sie die Datei und wählen Sie sie erneut.',
  'actuals.col.row': 'Zeile',
  'actuals.col.kpi': 'Kennzahl',
  'actuals.col.month': 'Monat',
  'actuals.col.value': 'Wert',
  'actuals.col.what': 'Was geschieht',
  'actuals.load': '{count, plural, one {# Wert laden} other {# Werte laden}}',
  'actuals.nothing': 'Nichts zu laden',
  'actuals.tooLarge': '{file} ist größer als 20 MB: Das ist keine Datei mit Istwerten.',
  'actuals.notXlsx':
    '{file} ist keine Excel-Arbeitsmappe (.xlsx): Speichern Sie sie in Excel als „Excel-Arbeitsmappe“ und wählen Sie diese.',
  'actuals.notCsv': '{file} ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (.xlsx).',
  'actuals.damaged':
    '{file} konnte nicht als Excel-Arbeitsmappe gelesen werden: Die Datei ist beschädigt oder keine Arbeitsmappe (öffnen Sie sie in Excel und speichern Sie sie erneut).',
  'review.runChart':
    '{count, plural, one {Verlaufsdiagramm von {code}: Planlinie und # Istwert} other {Verlaufsdiagramm von {code}: Planlinie und # Istwerte}}',
  'review.runChartEmpty': '{chart} (keine Daten)',
};
