import type { planSettings as english } from '../en/planSettings.ts';

export const planSettings: Record<keyof typeof english, string> = {
  'planSettings.weekStart': 'Wochen beginnen am',
  'planSettings.weekStartHint':
    'Der erste Tag einer Woche für diesen Plan; er reist mit der Plandatei und ihren Exporten.',
  'planSettings.fiscalYearStart': 'Geschäftsjahr beginnt im',
  'planSettings.fiscalYearStartHint':
    'Ein Plan ohne Zeitraum läuft über das Geschäftsjahr; der Plan des nächsten Jahres beginnt in diesem Monat.',
};
