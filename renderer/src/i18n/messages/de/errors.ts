import type { errors as english } from '../en/errors.ts';

export const errors: Record<keyof typeof english, string> = {
  'errorCode.invalid_input': 'Dieser Wert kann so nicht gespeichert werden.',
  'errorCode.not_found': 'Worauf sich das bezieht, ist nicht mehr im Plan.',
  'errorCode.read_only': 'Dieser Teil des Plans kann hier nicht geändert werden.',
  'errorCode.conflict': 'Jemand anderes hat das inzwischen geändert.',
  'errorCode.exists': 'Das gibt es im Plan bereits.',
  'errorCode.not_a_plan': 'Diese Datei ist kein Hoshin-Plan.',
  'errorCode.foreign_file': 'Diese Datei gehört zu einem anderen Programm.',
  'errorCode.corrupt': 'Die Plandatei ist beschädigt.',
  'errorCode.truncated': 'Die Plandatei ist unvollständig.',
  'errorCode.too_new': 'Dieser Plan wurde mit einer neueren Version von Hoshin Planner gespeichert.',
  'errorCode.migration_failed': 'Die Plandatei konnte nicht auf den neuesten Stand gebracht werden.',
  'errorCode.io': 'Die Datei konnte nicht gelesen oder geschrieben werden.',
  'errorCode.unauthorized': 'Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen.',
  'errorCode.internal': 'Etwas ist schiefgegangen; die Änderung wurde nicht vorgenommen.',
  'errorCode.locked': 'Der Plan ist anderswo geöffnet und gesperrt.',
  'errorCode.busy': 'Der Plan ist gerade beschäftigt; versuchen Sie es gleich noch einmal.',
  'errorCode.forbidden': 'Ihre Rolle erlaubt diese Änderung nicht.',
  'errorCode.rate_limited': 'Zu viele Versuche; warten Sie kurz und versuchen Sie es erneut.',
  'errorCode.transport': 'Die App konnte den Plan nicht erreichen; prüfen Sie die Verbindung.',
  'errorCode.detail': 'Details (auf Englisch): {detail}',
};
