import type { review as english } from '../en/review.ts';

export const review: Record<keyof typeof english, string> = {
  'actuals.action.create': 'Nouveau',
  'actuals.action.update': 'Modifié',
  'actuals.action.unchanged': 'Inchangé',
  'actuals.action.error': 'Erreur',
  'actuals.loaded': '{count, plural, one {# valeur chargée depuis {file}.} other {# valeurs chargées depuis {file}.}}',
  'actuals.nothingLoaded': 'Rien à charger : toutes les valeurs de {file} sont déjà dans le plan.',
  'actuals.choose': 'Charger les réalisés depuis un fichier…',
  'actuals.drop': 'ou déposez ici un fichier CSV ou Excel',
  'actuals.file': 'Fichier des réalisés',
  'actuals.heading': 'Réalisés de {file}',
  'actuals.summary':
    '{create, plural, one {# nouvelle valeur} other {# nouvelles valeurs}}, {update, plural, one {# valeur modifiée} other {# valeurs modifiées}}, {unchanged, plural, one {# inchangée} other {# inchangées}}.',
  'actuals.summaryErrors':
    '{create, plural, one {# nouvelle valeur} other {# nouvelles valeurs}}, {update, plural, one {# valeur modifiée} other {# valeurs modifiées}}, {unchanged, plural, one {# inchangée} other {# inchangées}}, {errors, plural, one {# ligne en erreur} other {# lignes en erreur}}. Rien n’est chargé tant qu’une ligne est en erreur : corrigez le fichier et choisissez-le à nouveau.',
  'actuals.col.row': 'Ligne',
  'actuals.col.kpi': 'Indicateur',
  'actuals.col.month': 'Mois',
  'actuals.col.value': 'Valeur',
  'actuals.col.what': 'Ce qui se passe',
  'actuals.load': '{count, plural, one {Charger # valeur} other {Charger # valeurs}}',
  'actuals.nothing': 'Rien à charger',
  'actuals.tooLarge': '{file} dépasse 20 Mo : ce n’est pas un fichier de réalisés.',
  'actuals.notXlsx':
    '{file} n’est pas un classeur Excel (.xlsx) : enregistrez-le depuis Excel au format « Classeur Excel » et choisissez celui-ci.',
  'actuals.notCsv': '{file} n’est ni un fichier CSV ni un classeur Excel (.xlsx).',
  'actuals.damaged':
    '{file} n’a pas pu être lu comme classeur Excel : le fichier est endommagé ou n’est pas un classeur (ouvrez-le dans Excel et enregistrez-le à nouveau).',
  'review.runChart':
    '{count, plural, one {Graphique de suivi de {code} : ligne du plan et # réalisé} other {Graphique de suivi de {code} : ligne du plan et # réalisés}}',
  'review.runChartEmpty': '{chart} (aucune donnée)',
};
