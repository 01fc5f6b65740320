import type { common as english } from '../en/common.ts';

export const common: Record<keyof typeof english, string> = {
  'strength.strong': '強',
  'strength.medium': '中',
  'strength.weak': '弱',
  'horizon.breakthrough': 'ブレークスルー',
  'horizon.annual': '年度',
  'status.not_started': '未着手',
  'status.on_track': '順調',
  'status.at_risk': '要注意',
  'status.off_track': '遅延',
  'status.done': '完了',

  'common.cancel': 'キャンセル',
  'common.close': '閉じる',
  'common.addNote': 'メモを追加',
  'common.noOwner': '責任者なし',
  'common.dismissError': 'エラーを閉じる',
  'common.dismissMessage': 'メッセージを閉じる',
  'common.undo': '元に戻す',
  'common.findPlaceholder': 'テキストまたはコードを検索 (Ctrl+F)',
  'common.support': '{strength, select, strong {強い寄与} medium {中程度の寄与} other {弱い寄与}}',
  'common.shared':
    '{kind, select, objective {{count, plural, other {#件の目標}}に寄与: それぞれの下に表示} other {{count, plural, other {#件の部門目標}}に寄与: それぞれの下に表示}}',
  'common.openNotes': '未回答のメモ {count, plural, other {#件}}',
  'common.sharedCount': '共有 ×{count}',
  'gap.uncovered': '未カバー',
  'gap.uncovered.why': 'この目標を支える部門目標がありません',
  'gap.unexecuted': '未実行',
  'gap.unexecuted.why': 'この目標を支える部門目標のどれにも施策がありません',
  'gap.orphaned': '孤立',
  'gap.orphaned.why': 'どの目標にもつながっていません',
};
