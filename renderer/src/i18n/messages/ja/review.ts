import type { review as english } from '../en/review.ts';

export const review: Record<keyof typeof english, string> = {
  'actuals.action.create': '新規',
  'actuals.action.update': '変更',
  'actuals.action.unchanged': '変更なし',
  'actuals.action.error': 'エラー',
  'actuals.loaded': '{count, plural, other {{file} から #件の値を読み込みました。}}',
  'actuals.nothingLoaded': '読み込むものはありません: {file} の値はすべてプランに反映済みです。',
  'actuals.choose': 'ファイルから実績を読み込む…',
  'actuals.drop': 'または CSV / Excel ファイルをここにドロップ',
  'actuals.file': '実績ファイル',
  'actuals.heading': '{file} の実績',
  'actuals.summary':
    '新しい値 {create, plural, other {#件}}、変更された値 {update, plural, other {#件}}、変更なし {unchanged, plural, other {#件}}。',
  'actuals.summaryErrors':
    '新しい値 {create, plural, other {#件}}、変更された値 {update, plural, other {#件}}、変更なし {unchanged, plural, other {#件}}、エラーの行 {errors, plural, other {#件}}。エラーの行がある間は何も読み込まれません: ファイルを修正してもう一度選んでください。',
  'actuals.col.row': '行',
  'actuals.col.kpi': 'KPI',
  'actuals.col.month': '月',
  'actuals.col.value': '値',
  'actuals.col.what': '処理内容',
  'actuals.load': '{count, plural, other {#件の値を読み込む}}',
  'actuals.nothing': '読み込むものはありません',
  'actuals.tooLarge': '{file} は 20 MB を超えています: 実績のファイルではありません。',
  'actuals.notXlsx':
    '{file} は Excel ブック (.xlsx) ではありません: Excel で「Excel ブック」として保存し、そのファイルを選んでください。',
  'actuals.notCsv': '{file} は CSV ファイルでも Excel ブック (.xlsx) でもありません。',
  'actuals.damaged':
    '{file} を Excel ブックとして読み込めませんでした: ファイルが壊れているか、ブックではありません (Excel で開いて保存し直してください)。',
  'review.runChart': '{count, plural, other {{code} の推移グラフ: 計画線と実績 #件}}',
  'review.runChartEmpty': '{chart} (データなし)',
};
