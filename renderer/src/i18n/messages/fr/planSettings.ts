import type { planSettings as english } from '../en/planSettings.ts';

export const planSettings: Record<keyof typeof english, string> = {
  'planSettings.weekStart': 'Les semaines commencent le',
  'planSettings.weekStartHint':
    'Le premier jour de la semaine pour ce plan ; il suit le fichier du plan et ses exports.',
  'planSettings.fiscalYearStart': 'L’exercice commence en',
  'planSettings.fiscalYearStartHint':
    'Un plan sans période couvre l’exercice ; le plan de l’année suivante commence ce mois-là.',
};
