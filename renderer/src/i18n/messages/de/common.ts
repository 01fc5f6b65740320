import type { common as english } from '../en/common.ts';

export const common: Record<keyof typeof english, string> = {
  'strength.strong': 'Stark',
  'strength.medium': 'Mittel',
  'strength.weak': 'Schwach',
  'horizon.breakthrough': 'Durchbruch',
  'horizon.annual': 'Jährlich',
  'status.not_started': 'Nicht begonnen',
  'status.on_track': 'Im Plan',
  'status.at_risk': 'Gefährdet',
  'status.off_track': 'Im Verzug',
  'status.done': 'Erledigt',

  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.addNote': 'Notiz hinzufügen',
  'common.reapply': 'Meine Änderung erneut anwenden',
  'common.noOwner': 'Ohne Verantwortliche',
  'common.dismissError': 'Fehlermeldung schließen',
  'common.dismissMessage': 'Meldung schließen',
  'common.undo': 'Rückgängig',
  'common.findPlaceholder': 'Text oder Code suchen (Strg+F)',
  'common.support':
    '{strength, select, strong {Starke Unterstützung} medium {Mittlere Unterstützung} other {Schwache Unterstützung}}',
  'common.shared':
    '{kind, select, objective {Unterstützt {count, plural, one {# Ziel} other {# Ziele}}: unter jedem davon aufgeführt} other {Unterstützt {count, plural, one {# Bereichsziel} other {# Bereichsziele}}: unter jedem davon aufgeführt}}',
  'common.openNotes': '{count, plural, one {# offene Notiz} other {# offene Notizen}}',
  'common.sharedCount': 'Geteilt ×{count}',
  'gap.uncovered': 'Nicht abgedeckt',
  'gap.uncovered.why': 'Kein Bereichsziel einer Abteilung unterstützt dieses Ziel',
  'gap.unexecuted': 'Nicht umgesetzt',
  'gap.unexecuted.why': 'Keines der Bereichsziele dieses Ziels hat eine Maßnahme',
  'gap.orphaned': 'Verwaist',
  'gap.orphaned.why': 'Führt zu keinem Ziel',
  'delete.label.item': '{kind, select, objective {Ziel {code}} goal {Bereichsziel {code}} other {Maßnahme {code}}}',
  'delete.parts.goals': '{count, plural, one {# Bereichsziel} other {# Bereichszielen}}',
  'delete.parts.tactics': '{count, plural, one {# Maßnahme} other {# Maßnahmen}}',
  'delete.parts.links': '{count, plural, one {# Verknüpfung} other {# Verknüpfungen}}',
  'delete.orphans':
    '{count, plural, one {# Eintrag führt jetzt zu keinem Ziel} other {# Einträge führen jetzt zu keinem Ziel}}',
  'delete.done': '{label} gelöscht.',
  'delete.doneWith': '{label} mit {parts} gelöscht.',
  'delete.doneOrphans': '{label} gelöscht; {orphans}.',
  'delete.doneWithOrphans': '{label} mit {parts} gelöscht; {orphans}.',
  'find.all':
    '{noun, select, department {{total, plural, one {Die # Abteilung} other {Alle # Abteilungen}}} finding {{total, plural, one {Der # Befund} other {Alle # Befunde}}} other {{total, plural, one {# Kennzahl oder Maßnahme} other {Alle # Kennzahlen und Maßnahmen}}}}',
  'find.some':
    '{noun, select, department {{total, plural, one {{shown} von # Abteilung} other {{shown} von # Abteilungen}}} finding {{total, plural, one {{shown} von # Befund} other {{shown} von # Befunden}}} other {{total, plural, one {{shown} von # Kennzahl oder Maßnahme} other {{shown} von # Kennzahlen und Maßnahmen}}}}',
  'find.none': 'Kein Treffer',
};
