import type { outline as english } from '../en/outline.ts';

export const outline: Record<keyof typeof english, string> = {
  'kpi.reading': '{direction, select, decrease {diminuer {name}} other {augmenter {name}}}',
  'kpi.readingFrom':
    '{direction, select, decrease {diminuer {name} depuis {baseline}} other {augmenter {name} depuis {baseline}}}',
  'kpi.readingTo': '{direction, select, decrease {diminuer {name} à {target}} other {augmenter {name} à {target}}}',
  'kpi.readingFromTo':
    '{direction, select, decrease {diminuer {name} de {baseline} à {target}} other {augmenter {name} de {baseline} à {target}}}',
  'kpi.readingFromByTo':
    '{direction, select, decrease {diminuer {name} de {baseline} de {change}, à {target}} other {augmenter {name} de {baseline} de {change}, à {target}}}',
  'kpi.readingBy':
    '{direction, select, decrease {diminuer {name} de {change} (valeur de départ pas encore fixée)} other {augmenter {name} de {change} (valeur de départ pas encore fixée)}}',
  'outline.filters': 'Filtrer la cascade',
  'outline.search': 'Chercher dans la cascade par texte ou code',
  'outline.department': 'Service',
  'outline.owner': 'Responsable',
  'outline.status': 'Statut',
  'outline.tag': 'Étiquette',
  'outline.all': 'Tous',
  'outline.clear': 'Effacer les filtres',
  'outline.titleOf':
    '{kind, select, objective {Titre de l’objectif} goal {Titre du but} tactic {Titre de l’action} other {Titre de la section}}',
  'outline.titleOfNew':
    '{kind, select, objective {Titre du nouvel objectif} goal {Titre du nouveau but} tactic {Titre de la nouvelle action} other {Titre de la nouvelle section}}',
  'outline.newPlaceholder':
    '{kind, select, objective {Nouvel objectif : tapez son titre} goal {Nouveau but : tapez son titre} tactic {Nouvelle action : tapez son titre} other {Nouvelle section : tapez son titre}}',
  'outline.new': 'Nouveau',
  'outline.noKpi': 'Pas d’indicateur',
  'outline.goals': '{count, plural, one {# but} other {# buts}}',
  'outline.kpiTitle': 'Indicateur : {reading}',
  'outline.kpiTarget': 'Cible de l’indicateur ',
  'outline.noTarget': 'Pas de cible',
  'outline.tactics': '{count, plural, =0 {Aucune action} one {# action} other {# actions}}',
  'outline.unaligned': 'Non aligné',
  'outline.unalignedNote':
    '{count, plural, one {# élément ne soutient rien au-dessus de lui} other {# éléments ne soutiennent rien au-dessus d’eux}}',
  'outline.noIndent': 'Rien à indenter ici.',
  'outline.tacticLowest': 'Une action est le niveau le plus bas de la cascade.',
  'outline.noneAbove':
    '{kind, select, objective {Il n’y a aucun objectif au-dessus sous lequel le placer.} other {Il n’y a aucun but au-dessus sous lequel le placer.}}',
  'outline.noOutdent': 'Rien à désindenter ici.',
  'outline.objectiveTop': 'Un objectif est déjà au niveau le plus haut.',
  'outline.tacticNoObjective':
    'Cette action n’a aucun objectif au-dessus d’elle sous lequel devenir un but : liez-la d’abord à un but qui en soutient un.',
};
