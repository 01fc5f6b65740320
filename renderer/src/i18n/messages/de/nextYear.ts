import type { nextYear as english } from '../en/nextYear.ts';

export const nextYear: Record<keyof typeof english, string> = {
  'nextYear.carry.unfinished': 'Unerledigte Einträge',
  'nextYear.carry.unfinishedHint':
    'Ziele und Bereichsziele, deren Kennzahlziel nicht erreicht ist, nicht erledigte Maßnahmen und das, dem sie dienen.',
  'nextYear.carry.all': 'Alles',
  'nextYear.carry.allHint': 'Jedes Ziel, Bereichsziel und jede Maßnahme, als Ausgangspunkt.',
  'nextYear.carry.none': 'Nur Durchbruchziele',
  'nextYear.carry.noneHint': 'Den Jahresplan mit einem leeren Blatt beginnen.',
  'nextYear.of.breakthrough': '{carried} von {total, plural, one {# Durchbruchziel} other {# Durchbruchzielen}}',
  'nextYear.of.annual': '{carried} von {total, plural, one {# Jahresziel} other {# Jahreszielen}}',
  'nextYear.of.goal': '{carried} von {total, plural, one {# Bereichsziel} other {# Bereichszielen}}',
  'nextYear.of.tactic': '{carried} von {total, plural, one {# Maßnahme} other {# Maßnahmen}}',
  'nextYear.downloaded':
    '{file} heruntergeladen, der Plan des nächsten Jahres. Dieser Plan bleibt unverändert; öffnen Sie den neuen mit hoshin serve.',
  'nextYear.saved': 'Der Plan des nächsten Jahres ist als {file} gespeichert.',
  'nextYear.title': 'Plan für das nächste Jahr beginnen',
  'nextYear.intro':
    'Schreibt eine neue Plandatei für die nächste Periode. Dieser Plan wird nicht geändert. Durchbruchziele und Abteilungen werden immer übernommen; Istwerte, Gegenmaßnahmen und Notizen beginnen leer.',
  'nextYear.year': 'Jahr des neuen Plans',
  'nextYear.carry': 'Übernehmen',
  'nextYear.carries': '<b>{title}</b> ({start} bis {end}) übernimmt {carried}.',
  'nextYear.reset':
    '{baselines, plural, one {# Kennzahl-Ausgangswert} other {# Kennzahl-Ausgangswerte}} aus den letzten Istwerten gesetzt; {dues, plural, one {# Fälligkeitsdatum} other {# Fälligkeitsdaten}} vor der neuen Periode gelöscht.',
  'nextYear.details': 'Was zurückbleibt und was sich ändert',
  'nextYear.left': 'Zurückgelassen: {code} {title} ({reason})',
  'nextYear.download': 'Plan des nächsten Jahres herunterladen',
  'nextYear.create': 'Plan des nächsten Jahres erstellen…',
};
