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
  'delete.label.item': '{kind, select, objective {l’objectif {code}} goal {le but {code}} other {l’action {code}}}',
  'delete.parts.goals': '{count, plural, one {# but} other {# buts}}',
  'delete.parts.tactics': '{count, plural, one {# action} other {# actions}}',
  'delete.parts.links': '{count, plural, one {# lien} other {# liens}}',
  'delete.orphans':
    '{count, plural, one {# élément ne mène plus à aucun objectif} other {# éléments ne mènent plus à aucun objectif}}',
  'delete.done': 'Supprimé : {label}.',
  'delete.doneWith': 'Supprimé : {label}, avec {parts}.',
  'delete.doneOrphans': 'Supprimé : {label} ; {orphans}.',
  'delete.doneWithOrphans': 'Supprimé : {label}, avec {parts} ; {orphans}.',
  'find.all':
    '{noun, select, department {{total, plural, one {Le # service} other {Les # services}}} finding {{total, plural, one {Le # constat} other {Les # constats}}} other {{total, plural, one {# indicateur ou action} other {Les # indicateurs et actions}}}}',
  'find.some':
    '{noun, select, department {{total, plural, one {{shown} sur # service} other {{shown} sur # services}}} finding {{total, plural, one {{shown} sur # constat} other {{shown} sur # constats}}} other {{total, plural, one {{shown} sur # indicateur ou action} other {{shown} sur # indicateurs et actions}}}}',
  'find.none': 'Aucun résultat',
};
