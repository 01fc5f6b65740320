import type { departments as english } from '../en/departments.ts';

export const departments: Record<keyof typeof english, string> = {
  'departments.heading': 'Abteilungen',
  'departments.subtitle':
    'Jedes Bereichsziel und jede Maßnahme gehört genau einer Abteilung. Namen und Leitungen werden direkt bearbeitet.',
  'departments.search': 'Abteilungen nach Name oder Leitung durchsuchen',
  'departments.col.name': 'Name',
  'departments.col.head': 'Leitung',
  'departments.col.goals': 'Bereichsziele',
  'departments.col.tactics': 'Maßnahmen',
  'departments.empty':
    'Noch keine Abteilungen. Bereichsziele und Maßnahmen brauchen eine, zu der sie gehören: Fügen Sie unten die erste hinzu.',
  'departments.noMatch': 'Keine Abteilung passt zu „{query}“. Esc leert die Suche.',
  'departments.list': 'Abteilungen',
  'departments.nameOf': 'Name von {department}',
  'departments.headOf': 'Leitung von {department}',
  'departments.noHead': 'Noch keine Leitung',
  'departments.moveUp': '{department} nach oben verschieben',
  'departments.moveUpTitle': 'Nach oben',
  'departments.moveDown': '{department} nach unten verschieben',
  'departments.moveDownTitle': 'Nach unten',
  'departments.delete': '{department} löschen',
  'departments.deleteTitle': 'Löschen…',
  'departments.newName': 'Name der neuen Abteilung',
  'departments.newPlaceholder': 'Neue Abteilung, z. B. Kundenerfolg',
  'departments.add': 'Abteilung hinzufügen',
};
