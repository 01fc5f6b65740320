import type { shell as english } from '../en/shell.ts';

export const shell: Record<keyof typeof english, string> = {
  'app.name': 'Hoshin Planner',

  'nav.label': 'Vues',
  'nav.plan': 'Plan',
  'nav.cascade': 'Cascade',
  'nav.departments': 'Services',
  'nav.tree': 'Arbre',
  'nav.gaps': 'Lacunes',
  'nav.report': 'Rapport',
  'nav.xmatrix': 'Matrice X',
  'nav.review': 'Revue',
  'nav.notes': 'Notes',
  'nav.gapCount': '{count, plural, one {# lacune structurelle} other {# lacunes structurelles}}',
  'nav.theme': 'Changer de thème',
  'nav.theme.toLight': 'Passer au thème clair',
  'nav.theme.toDark': 'Passer au thème sombre',

  'header.saved': '{file} · enregistré',
  'header.savedHint': 'Chaque modification est enregistrée dans ce fichier dès que vous la faites',
  'header.toolbar': 'Plan',
  'header.undo': 'Annuler',
  'header.undoTitle': 'Annuler : {change} (Ctrl+Z)',
  'header.nothingToUndo': 'Rien à annuler',
  'header.redo': 'Rétablir',
  'header.redoTitle': 'Rétablir : {change} (Ctrl+Maj+Z)',
  'header.nothingToRedo': 'Rien à rétablir',
  'header.palette': 'Palette de commandes',
  'header.paletteTitle': 'Palette de commandes (Ctrl+K)',
  'header.presentation': 'Mode présentation',
  'header.presentationTitle': 'Mode présentation (F5)',
  'header.download': 'Télécharger une copie du fichier du plan',
  'header.import': 'Importer depuis Excel/CSV…',
  'header.gapPill':
    '{count, plural, =0 {Aucune lacune structurelle} one {# lacune structurelle} other {# lacunes structurelles}}',

  'period.range': '{start} – {end}',
  'period.from': 'à partir du {start}',
  'period.until': 'jusqu’au {end}',

  'plan.heading': 'Plan',
  'plan.subtitle':
    'L’en-tête dont partent chaque rapport et chaque export. Les modifications sont enregistrées dès que vous quittez un champ.',
  'plan.title': 'Titre',
  'plan.organisation': 'Organisation',
  'plan.periodStart': 'Début de la période',
  'plan.periodEnd': 'Fin de la période',
  'plan.ownerLoadLimit': 'Charge maximale par responsable',
  'plan.ownerLoadLimitHint':
    'Nombre d’éléments qu’une personne peut porter avant que l’analyse des lacunes la signale.',
  'plan.vision': 'Vision : ce que nous avons compris de nos clients et auquel ce plan répond (le « pourquoi »)',
  'plan.visionPlaceholder': 'Qu’avons-nous appris de nos clients, à quoi chaque objectif doit-il répondre ?',
  'plan.visionHint': 'Ctrl+Entrée ou quitter le champ enregistre.',
  'plan.size': 'Taille du plan',
  'plan.stat.departments': '{count, plural, one {Service} other {Services}}',
  'plan.stat.objectives': '{count, plural, one {Objectif} other {Objectifs}}',
  'plan.stat.goals': '{count, plural, one {But} other {Buts}}',
  'plan.stat.tactics': '{count, plural, one {Action} other {Actions}}',

  'prefs.heading': 'Cet ordinateur',
  'prefs.subtitle': 'Réglages conservés pour vous sur cet ordinateur, pas dans le fichier du plan.',
  'prefs.language': 'Langue',
  'prefs.languageHint': 'L’application, le rapport et toutes les dates et nombres la suivent.',
  'prefs.languageSystem': 'Comme le système ({language})',

  'notes.heading': 'Notes',
  'notes.subtitleDraft':
    'Questions et propositions de {department} à la direction, sur n’importe quel élément du plan. Elles repartent avec le brouillon.',
  'notes.subtitle':
    'Questions et propositions des services sur n’importe quel élément du plan, et les réponses de la direction.',

  'comingSoon.badge': 'Bientôt',
};
