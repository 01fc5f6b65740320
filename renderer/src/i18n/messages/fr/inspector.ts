import type { inspector as english } from '../en/inspector.ts';

export const inspector: Record<keyof typeof english, string> = {
  'inspector.heading': 'Inspecteur',
  'inspector.empty':
    'Sélectionnez un objectif, un but, une action ou un service pour voir et modifier ses détails et ses liens.',
  'inspector.gone': 'L’élément sélectionné n’existe plus (supprimé ou annulé).',
  'inspector.kind.department': 'Service',
  'inspector.kind.objective': 'Objectif',
  'inspector.kind.goal': 'But',
  'inspector.kind.tactic': 'Action',
  'inspector.delete':
    '{kind, select, objective {Supprimer l’objectif} goal {Supprimer le but} other {Supprimer l’action}}',
  'inspector.carried': 'Reporté du plan de la période précédente.',
  'inspector.findings': 'Constats',

  'inspector.field.title': 'Titre',
  'inspector.field.code': 'Code',
  'inspector.field.horizon': 'Horizon',
  'inspector.field.owner': 'Responsable',
  'inspector.field.description': 'Description',
  'inspector.field.descriptionHint': 'Ctrl+Entrée ou quitter le champ enregistre.',
  'inspector.field.department': 'Service',
  'inspector.field.due': 'Échéance',
  'inspector.field.status': 'Statut',
  'inspector.field.tags': 'Étiquettes',
  'inspector.field.tagsHint': 'Séparez les étiquettes par des virgules.',
  'inspector.field.name': 'Nom',
  'inspector.field.head': 'Responsable du service',
  'inspector.departmentLock':
    '{kind, select, goal {Les buts d’un brouillon restent dans {department}.} other {Les actions d’un brouillon restent dans {department}.}}',
  'inspector.departmentFacts':
    '{goals, plural, one {# but} other {# buts}} · {tactics, plural, one {# action} other {# actions}}',
  'inspector.deleteDepartment': 'Supprimer le service…',

  'inspector.links.serves': 'Sert des objectifs de percée',
  'inspector.links.servesEmpty': 'Ne sert encore aucun objectif de percée.',
  'inspector.links.servesSearch': 'Lier à un objectif de percée',
  'inspector.links.servedBy': 'Servi par des objectifs annuels',
  'inspector.links.servedByEmpty': 'Aucun objectif annuel ne sert encore cette percée.',
  'inspector.links.servedBySearch': 'Ajouter un objectif annuel',
  'inspector.links.supportedBy': 'Soutenu par des buts',
  'inspector.links.supportedByUncovered': 'Aucun but ne soutient cet objectif : il n’est pas couvert.',
  'inspector.links.supportedByBreakthrough':
    'Aucun but ne soutient directement cette percée : elle est jugée à travers les objectifs annuels qui la servent.',
  'inspector.links.supportedBySearch': 'Ajouter un but qui le soutient',
  'inspector.links.goalSupports': 'Soutient des objectifs',
  'inspector.links.goalSupportsEmpty': 'Ne soutient aucun objectif : ce but est orphelin.',
  'inspector.links.goalSupportsSearch': 'Lier à un objectif',
  'inspector.links.carriedBy': 'Réalisé par des actions',
  'inspector.links.carriedByEmpty': 'Aucune action ne réalise encore ce but.',
  'inspector.links.carriedBySearch': 'Ajouter une action',
  'inspector.links.tacticSupports': 'Soutient des buts',
  'inspector.links.tacticSupportsEmpty': 'Ne soutient aucun but : cette action est orpheline.',
  'inspector.links.tacticSupportsSearch': 'Lier à un but',
  'inspector.link.removed': 'Lien vers {code} supprimé.',
  'inspector.link.inspect': 'Inspecter {code}',
  'inspector.link.strengthOf': 'Force du lien vers {code}',
  'inspector.link.remove': 'Supprimer le lien vers {code}',
  'inspector.link.newStrength': 'Force du nouveau lien',
  'inspector.link.searchPlaceholder': '{label}…',
  'inspector.link.matches': '{label} : résultats',

  'inspector.kpi.none': 'Pas encore d’indicateur : comment saurez-vous que cela a fonctionné ?',
  'inspector.kpi.add': 'Ajouter un indicateur',
  'inspector.kpi.legend': 'Indicateur',
  'inspector.kpi.nameFirst': 'Nommez l’indicateur pour commencer à mesurer.',
  'inspector.kpi.name': 'Nom de l’indicateur',
  'inspector.kpi.unit': 'Unité',
  'inspector.kpi.direction': 'Sens',
  'inspector.kpi.increase': 'Augmenter',
  'inspector.kpi.decrease': 'Diminuer',
  'inspector.kpi.baseline': 'Valeur de départ',
  'inspector.kpi.target': 'Cible',
  'inspector.kpi.targetRelative': 'Cible (variation en %)',
  'inspector.kpi.remove': 'Supprimer l’indicateur',
  'inspector.kpi.notNumber': 'doit être un nombre',

  'inspector.notes': 'Notes',
  'inspector.notes.emptyDraft':
    'Pas encore de notes. Une question ou une proposition écrite ici part à la direction avec le brouillon.',
  'inspector.notes.empty': 'Pas encore de notes.',

  'lock.leadership': 'Fixé par la direction : ajoutez une note pour proposer une modification',
  'lock.department': 'Fixé par {department} : ajoutez une note pour proposer une modification',
  'lock.anotherDepartment': 'Fixé par un autre service : ajoutez une note pour proposer une modification',
  'lock.readOnlyDraft':
    'Cette partie du plan est en lecture seule dans le brouillon de {department} : ajoutez une note pour proposer une modification.',
  'lock.readOnly':
    'Cette partie du plan est en lecture seule dans ce brouillon : ajoutez une note pour proposer une modification.',
  'lock.writeNote': 'Écrire une note',
  'lock.legend': 'En lecture seule dans ce brouillon',

  'move.renumberable':
    '{code} est maintenant dans {department} ; son code reste {code} jusqu’à ce que vous le renumérotiez.',
  'move.moved': '{code} est maintenant dans {department}.',
  'move.renumber': 'Renuméroter',

  'deleteDepartment.title': 'Supprimer {department} ?',
  'deleteDepartment.titleNone': 'Supprimer le service ?',
  'deleteDepartment.confirm': 'Supprimer le service',
  'deleteDepartment.undo': 'Vous pouvez l’annuler avec Ctrl+Z (⌘Z sur Mac).',
  'deleteDepartment.label': 'le service {department}',
};
