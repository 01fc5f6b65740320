import type { common as english } from '../en/common.ts';

export const common: Record<keyof typeof english, string> = {
  'strength.strong': 'Fort',
  'strength.medium': 'Moyen',
  'strength.weak': 'Faible',
  'horizon.breakthrough': 'Percée',
  'horizon.annual': 'Annuel',
  'status.not_started': 'Non commencée',
  'status.on_track': 'En bonne voie',
  'status.at_risk': 'À risque',
  'status.off_track': 'En retard',
  'status.done': 'Terminée',

  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.addNote': 'Ajouter une note',
  'common.noOwner': 'Sans responsable',
  'common.dismissError': 'Fermer l’erreur',
  'common.dismissMessage': 'Fermer le message',
  'common.undo': 'Annuler',
  'common.findPlaceholder': 'Chercher un texte ou un code (Ctrl+F)',
  'common.support': '{strength, select, strong {Soutien fort} medium {Soutien moyen} other {Soutien faible}}',
  'common.shared':
    '{kind, select, objective {Soutient {count, plural, one {# objectif} other {# objectifs}} : listé sous chacun d’eux} other {Soutient {count, plural, one {# but} other {# buts}} : listé sous chacun d’eux}}',
  'common.openNotes': '{count, plural, one {# note ouverte} other {# notes ouvertes}}',
  'common.sharedCount': 'Partagé ×{count}',
  'gap.uncovered': 'Non couvert',
  'gap.uncovered.why': 'Aucun but de service ne soutient cet objectif',
  'gap.unexecuted': 'Non exécuté',
  'gap.unexecuted.why': 'Aucun des buts qui soutiennent cet objectif n’a d’action',
  'gap.orphaned': 'Orphelin',
  'gap.orphaned.why': 'Ne se rattache à aucun objectif',
};
