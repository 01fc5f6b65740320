import type { nextYear as english } from '../en/nextYear.ts';

export const nextYear: Record<keyof typeof english, string> = {
  'nextYear.carry.unfinished': '未完了の項目',
  'nextYear.carry.unfinishedHint':
    'KPI の目標値に届いていない目標と部門目標、完了していない施策、およびそれらが寄与する項目。',
  'nextYear.carry.all': 'すべて',
  'nextYear.carry.allHint': 'すべての目標、部門目標、施策を出発点として。',
  'nextYear.carry.none': 'ブレークスルー目標のみ',
  'nextYear.carry.noneHint': '年度計画を白紙から始めます。',
  'nextYear.of.breakthrough': 'ブレークスルー目標 {total, plural, other {#件}}中 {carried}件',
  'nextYear.of.annual': '年度目標 {total, plural, other {#件}}中 {carried}件',
  'nextYear.of.goal': '部門目標 {total, plural, other {#件}}中 {carried}件',
  'nextYear.of.tactic': '施策 {total, plural, other {#件}}中 {carried}件',
  'nextYear.downloaded':
    '来年度のプラン {file} をダウンロードしました。このプランは変更されていません。新しいプランは hoshin serve で開いてください。',
  'nextYear.saved': '来年度のプランを {file} として保存しました。',
  'nextYear.title': '来年度のプランを始める',
  'nextYear.intro':
    '次の期間の新しいプランファイルを書き出します。このプランは変更されません。ブレークスルー目標と部門は常に引き継がれ、実績、対策、メモは空から始まります。',
  'nextYear.year': '新しいプランの年',
  'nextYear.carry': '引き継ぐもの',
  'nextYear.carries': '<b>{title}</b> ({start} – {end}) に引き継ぐもの: {carried}。',
  'nextYear.reset':
    'KPI の基準値 {baselines, plural, other {#件}}を最新の実績から設定し、新しい期間より前の期限 {dues, plural, other {#件}}をクリアします。',
  'nextYear.details': '残る項目と変わる項目',
  'nextYear.left': '引き継がない: {code} {title} ({reason})',
  'nextYear.download': '来年度のプランをダウンロード',
  'nextYear.create': '来年度のプランを作成…',
};
