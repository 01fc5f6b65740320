import type { errors as english } from '../en/errors.ts';

export const errors: Record<keyof typeof english, string> = {
  'errorCode.invalid_input': 'Cette valeur ne peut pas être enregistrée telle quelle.',
  'errorCode.not_found': 'Ce à quoi cela renvoie n’est plus dans le plan.',
  'errorCode.read_only': 'Cette partie du plan ne peut pas être modifiée ici.',
  'errorCode.conflict': 'Quelqu’un d’autre a modifié cela entre-temps.',
  'errorCode.exists': 'Cela existe déjà dans le plan.',
  'errorCode.not_a_plan': 'Ce fichier n’est pas un plan Hoshin.',
  'errorCode.foreign_file': 'Ce fichier appartient à un autre programme.',
  'errorCode.corrupt': 'Le fichier du plan est endommagé.',
  'errorCode.truncated': 'Le fichier du plan est incomplet.',
  'errorCode.too_new': 'Ce plan a été enregistré par une version plus récente de Hoshin Planner.',
  'errorCode.migration_failed': 'Le fichier du plan n’a pas pu être mis à jour.',
  'errorCode.io': 'Le fichier n’a pas pu être lu ou écrit.',
  'errorCode.unauthorized': 'Vous n’êtes pas connecté, ou votre session a expiré.',
  'errorCode.internal': 'Un problème est survenu ; la modification n’a pas été faite.',
  'errorCode.locked': 'Le plan est ouvert ailleurs et verrouillé.',
  'errorCode.busy': 'Le plan est occupé ; réessayez dans un instant.',
  'errorCode.forbidden': 'Votre rôle ne permet pas cette modification.',
  'errorCode.rate_limited': 'Trop de tentatives ; patientez un instant puis réessayez.',
  'errorCode.transport': 'L’application n’a pas pu joindre le plan ; vérifiez la connexion.',
  'errorCode.detail': 'Détails (en anglais) : {detail}',
};
