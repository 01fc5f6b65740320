import type { departments as english } from '../en/departments.ts';

export const departments: Record<keyof typeof english, string> = {
  'departments.heading': 'Services',
  'departments.subtitle':
    'Chaque but et chaque action appartient à un service. Les noms et les responsables se modifient sur place.',
  'departments.search': 'Chercher les services par nom ou responsable',
  'departments.col.name': 'Nom',
  'departments.col.head': 'Responsable',
  'departments.col.goals': 'Buts',
  'departments.col.tactics': 'Actions',
  'departments.empty':
    'Pas encore de services. Les buts et les actions doivent appartenir à un service : ajoutez le premier ci-dessous.',
  'departments.noMatch': 'Aucun service ne correspond à « {query} ». Échap efface la recherche.',
  'departments.list': 'Services',
  'departments.nameOf': 'Nom de {department}',
  'departments.headOf': 'Responsable de {department}',
  'departments.noHead': 'Pas encore de responsable',
  'departments.moveUp': 'Monter {department}',
  'departments.moveUpTitle': 'Monter',
  'departments.moveDown': 'Descendre {department}',
  'departments.moveDownTitle': 'Descendre',
  'departments.delete': 'Supprimer {department}',
  'departments.deleteTitle': 'Supprimer…',
  'departments.newName': 'Nom du nouveau service',
  'departments.newPlaceholder': 'Nouveau service, p. ex. Succès client',
  'departments.add': 'Ajouter un service',
};
