import type { outline as english } from '../en/outline.ts';

export const outline: Record<keyof typeof english, string> = {
  'kpi.reading': '{direction, select, decrease {{name} senken} other {{name} steigern}}',
  'kpi.readingFrom':
    '{direction, select, decrease {{name} von {baseline} senken} other {{name} von {baseline} steigern}}',
  'kpi.readingTo': '{direction, select, decrease {{name} auf {target} senken} other {{name} auf {target} steigern}}',
  'kpi.readingFromTo':
    '{direction, select, decrease {{name} von {baseline} auf {target} senken} other {{name} von {baseline} auf {target} steigern}}',
  'kpi.readingFromByTo':
    '{direction, select, decrease {{name} von {baseline} um {change} auf {target} senken} other {{name} von {baseline} um {change} auf {target} steigern}}',
  'kpi.readingBy':
    '{direction, select, decrease {{name} um {change} senken (Ausgangswert noch nicht gesetzt)} other {{name} um {change} steigern (Ausgangswert noch nicht gesetzt)}}',
  'outline.filters': 'Kaskade filtern',
  'outline.search': 'Kaskade nach Text oder Code durchsuchen',
  'outline.department': 'Abteilung',
  'outline.owner': 'Verantwortlich',
  'outline.status': 'Status',
  'outline.tag': 'Schlagwort',
  'outline.all': 'Alle',
  'outline.clear': 'Filter zurücksetzen',
  'outline.titleOf':
    '{kind, select, objective {Titel des Ziels} goal {Titel des Bereichsziels} tactic {Titel der Maßnahme} other {Titel des Abschnitts}}',
  'outline.titleOfNew':
    '{kind, select, objective {Titel des neuen Ziels} goal {Titel des neuen Bereichsziels} tactic {Titel der neuen Maßnahme} other {Titel des neuen Abschnitts}}',
  'outline.newPlaceholder':
    '{kind, select, objective {Neues Ziel: Titel eingeben} goal {Neues Bereichsziel: Titel eingeben} tactic {Neue Maßnahme: Titel eingeben} other {Neuer Abschnitt: Titel eingeben}}',
  'outline.new': 'Neu',
  'outline.noKpi': 'Keine Kennzahl',
  'outline.goals': '{count, plural, one {# Bereichsziel} other {# Bereichsziele}}',
  'outline.kpiTitle': 'Kennzahl: {reading}',
  'outline.kpiTarget': 'Kennzahl-Zielwert ',
  'outline.noTarget': 'Kein Zielwert',
  'outline.tactics': '{count, plural, =0 {Keine Maßnahmen} one {# Maßnahme} other {# Maßnahmen}}',
  'outline.unaligned': 'Nicht ausgerichtet',
  'outline.unalignedNote':
    '{count, plural, one {# Eintrag unterstützt nichts darüber} other {# Einträge unterstützen nichts darüber}}',
  'outline.noIndent': 'Hier gibt es nichts einzurücken.',
  'outline.tacticLowest': 'Eine Maßnahme ist die unterste Ebene der Kaskade.',
  'outline.noneAbove':
    '{kind, select, objective {Über diesem gibt es kein Ziel, unter das es gehören könnte.} other {Über diesem gibt es kein Bereichsziel, unter das es gehören könnte.}}',
  'outline.noOutdent': 'Hier gibt es nichts auszurücken.',
  'outline.objectiveTop': 'Ein Ziel ist bereits die oberste Ebene.',
  'outline.tacticNoObjective':
    'Über dieser Maßnahme steht kein Ziel, unter dem sie ein Bereichsziel werden könnte: Verknüpfen Sie sie zuerst mit einem Bereichsziel, das eines unterstützt.',
};
