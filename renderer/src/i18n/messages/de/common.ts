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
};
