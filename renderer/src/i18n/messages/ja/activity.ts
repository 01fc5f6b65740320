import type { activity as english } from '../en/activity.ts';

export const activity: Record<keyof typeof english, string> = {
  'activity.nav': 'アクティビティ',
  'activity.heading': 'アクティビティ',
  'activity.subtitle': 'このチーム計画へのすべての変更を、新しい順に、変更した人とともに表示します。',
  'activity.fileOnly':
    'アクティビティはチーム計画のための機能です。計画ファイルは開いている間、元に戻す履歴を保持します。',
  'activity.since': '次の日以降の変更',
  'activity.since.today': '今日',
  'activity.since.week': '過去7日間',
  'activity.since.month': '今月',
  'activity.since.all': 'すべて',
  'activity.loading': 'アクティビティを読み込んでいます…',
  'activity.failed': 'アクティビティを読み込めませんでした。チームサーバーへの接続を確認して、もう一度お試しください。',
  'activity.retry': '再試行',
  'activity.none': 'この期間の変更はありません。',
  'activity.noneAtAll': '計画の公開以降、変更はありません。',
  'activity.older': 'さらに古い変更を表示',
  'activity.count': '{count, plural, other {#件の変更}}',
  'activity.entry': '{by} · {what}',
  'activity.undo': '変更を元に戻しました',
  'activity.redo': 'やり直し: {what}',
  'activity.upgrade': '計画を新しいファイル形式に更新しました',
  'activity.moreItems': '{count, plural, other {ほか#項目}}',
  'activity.removedItem': '{name}(削除済み)',
  'activity.anItem': '項目',
  'activity.showItem': '{name}を表示',
};
