import type { nextYear as english } from '../en/nextYear.ts';

export const nextYear: Record<keyof typeof english, string> = {
  'nextYear.carry.unfinished': 'Éléments inachevés',
  'nextYear.carry.unfinishedHint':
    'Objectifs et buts dont la cible d’indicateur n’est pas atteinte, actions non terminées, et ce qu’ils servent.',
  'nextYear.carry.all': 'Tout',
  'nextYear.carry.allHint': 'Chaque objectif, but et action, comme point de départ.',
  'nextYear.carry.none': 'Objectifs de percée seulement',
  'nextYear.carry.noneHint': 'Commencer le plan annuel sur une page blanche.',
  'nextYear.of.breakthrough': '{carried} sur {total, plural, one {# objectif de percée} other {# objectifs de percée}}',
  'nextYear.of.annual': '{carried} sur {total, plural, one {# objectif annuel} other {# objectifs annuels}}',
  'nextYear.of.goal': '{carried} sur {total, plural, one {# but} other {# buts}}',
  'nextYear.of.tactic': '{carried} sur {total, plural, one {# action} other {# actions}}',
  'nextYear.downloaded':
    '{file} téléchargé, le plan de l’année prochaine. Ce plan est inchangé ; ouvrez le nouveau avec hoshin serve.',
  'nextYear.saved': 'Le plan de l’année prochaine est enregistré sous {file}.',
  'nextYear.title': 'Commencer le plan de l’année prochaine',
  'nextYear.intro':
    'Écrit un nouveau fichier de plan pour la période suivante. Ce plan n’est pas modifié. Les objectifs de percée et les services sont toujours reportés ; les réalisés, contre-mesures et notes repartent à vide.',
  'nextYear.year': 'Année du nouveau plan',
  'nextYear.carry': 'Reporter',
  'nextYear.carries': '<b>{title}</b> (du {start} au {end}) reporte {carried}.',
  'nextYear.reset':
    '{baselines, plural, one {# valeur de départ d’indicateur fixée} other {# valeurs de départ d’indicateur fixées}} d’après les derniers réalisés ; {dues, plural, one {# échéance antérieure à la nouvelle période effacée} other {# échéances antérieures à la nouvelle période effacées}}.',
  'nextYear.details': 'Ce qui reste et ce qui change',
  'nextYear.left': 'Laissé : {code} {title} ({reason})',
  'nextYear.download': 'Télécharger le plan de l’année prochaine',
  'nextYear.create': 'Créer le plan de l’année prochaine…',
};
