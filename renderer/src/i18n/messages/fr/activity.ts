import type { activity as english } from '../en/activity.ts';

export const activity: Record<keyof typeof english, string> = {
  'activity.nav': 'Activité',
  'activity.heading': 'Activité',
  'activity.subtitle': 'Chaque modification de ce plan d’équipe, la plus récente d’abord, avec son auteur.',
  'activity.fileOnly':
    'Le fil d’activité concerne les plans d’équipe. Un fichier de plan garde son historique d’annulation tant qu’il est ouvert.',
  'activity.since': 'Modifications depuis',
  'activity.since.today': 'Aujourd’hui',
  'activity.since.week': '7 derniers jours',
  'activity.since.month': 'Ce mois-ci',
  'activity.since.all': 'Tout',
  'activity.loading': 'Chargement de l’activité…',
  'activity.failed': 'Impossible de charger l’activité. Vérifiez la connexion au serveur d’équipe et réessayez.',
  'activity.retry': 'Réessayer',
  'activity.none': 'Aucune modification sur cette période.',
  'activity.noneAtAll': 'Aucune modification depuis la publication du plan.',
  'activity.older': 'Afficher les modifications plus anciennes',
  'activity.count': '{count, plural, one {# modification} other {# modifications}}',
  'activity.entry': '{by} · {what}',
  'activity.undo': 'A annulé une modification',
  'activity.redo': 'Rétabli : {what}',
  'activity.upgrade': 'Plan mis à jour vers un format de fichier plus récent',
  'activity.moreItems': '{count, plural, one {et # autre élément} other {et # autres éléments}}',
  'activity.removedItem': '{name} (supprimé depuis)',
  'activity.anItem': 'un élément',
  'activity.showItem': 'Afficher {name}',
};
