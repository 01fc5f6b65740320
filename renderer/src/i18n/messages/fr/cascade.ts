import type { cascade as english } from '../en/cascade.ts';

export const cascade: Record<keyof typeof english, string> = {
  'cascade.heading': 'Cascade',
  'cascade.subtitle':
    '{objectives, plural, one {# objectif} other {# objectifs}} · {goals, plural, one {# but} other {# buts}} · {tactics, plural, one {# action} other {# actions}}',
  'cascade.filtered': ' · {matched, number} sur {total, number} correspondent',
  'cascade.add': '{kind, select, objective {Ajouter un objectif} goal {Ajouter un but} other {Ajouter une action}}',
  'cascade.addLock': 'Les objectifs sont fixés par la direction : ajoutez une note pour proposer un changement.',
  'cascade.keys':
    'Entrée : nouvel élément · Tab / Maj+Tab : niveau en dessous / au-dessus · F2 : renommer · 1 2 3 : force du lien · O : responsable · D : service · Alt+↑↓ : déplacer · Suppr · Échap : vers l’inspecteur · ? : tous les raccourcis',
  'cascade.noMatch': 'Rien ne correspond à ces filtres.',
  'cascade.empty':
    'Aucun objectif pour l’instant. Appuyez sur Entrée et tapez le premier : la cascade part des objectifs vers le bas (Entrée pour le suivant, Tab pour descendre d’un niveau ; ? liste toutes les touches).',
  'cascade.addFirst': 'Ajouter le premier objectif',
  'cascade.outline': 'Plan de la cascade',
  'cascade.addNote': 'Ajouter une note',
  'cascade.converted':
    '{code} est maintenant {kind, select, objective {un objectif} goal {un but} other {une action}}{relinked, plural, =0 {} one { ; # élément a suivi} other { ; # éléments ont suivi}}{orphaned, plural, =0 {} one { ; # élément ne soutient plus rien} other { ; # éléments ne soutiennent plus rien}}.',
  'cascade.linkAlready': 'Le lien {ends} est déjà {strength, select, strong {fort} medium {moyen} other {faible}}.',
  'cascade.linkNow': 'Le lien {ends} est maintenant {strength, select, strong {fort} medium {moyen} other {faible}}.',
  'cascade.needDepartment':
    '{kind, select, goal {Tapez le nom du service du but, p. ex. Service client.} other {Tapez le nom du service de l’action, p. ex. Service client.}}',
  'cascade.needTitle':
    '{kind, select, goal {Tapez d’abord le titre du but.} other {Tapez d’abord le titre de l’action.}}',
  'cascade.needDepartmentName': 'Tapez le nom d’un service, ou appuyez sur Échap.',
  'cascade.newDepartmentName': '{name} (un nouveau service)',
  'cascade.alreadyIn': '{code} est déjà dans {name}.',
  'cascade.ask.department': 'Service',
  'cascade.ask.departmentPrompt':
    'Tapez un service (un nouveau nom le crée) et appuyez sur Entrée ; Échap garde l’actuel.',
  'cascade.ask.owner': 'Responsable',
  'cascade.ask.noOwner': 'Pas encore de responsable',
  'cascade.ask.ownerPrompt':
    'Tapez le responsable (suggestions : toutes les personnes déjà nommées) et appuyez sur Entrée ; Échap garde l’actuel.',
  'cascade.ask.newDepartment': '{kind, select, goal {Service du nouveau but} other {Service de la nouvelle action}}',
  'cascade.ask.newDepartmentPlaceholder': 'Nom du service, p. ex. Service client',
  'cascade.ask.newDepartmentPrompt':
    '{kind, select, goal {Pas encore de service : tapez le nom du service de ce but et appuyez sur Entrée pour le créer (Échap : retour au titre).} other {Pas encore de service : tapez le nom du service de cette action et appuyez sur Entrée pour le créer (Échap : retour au titre).}}',
};
