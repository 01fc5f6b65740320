import type { planSettings as english } from '../en/planSettings.ts';

export const planSettings: Record<keyof typeof english, string> = {
  'planSettings.weekStart': '週の始まり',
  'planSettings.weekStartHint': 'このプランの週の最初の曜日。プランファイルとそのエクスポートに含まれます。',
  'planSettings.fiscalYearStart': '会計年度の開始月',
  'planSettings.fiscalYearStartHint': '期間のないプランは会計年度に沿って進み、翌年度のプランはこの月に始まります。',
};
