import type { outline as english } from '../en/outline.ts';

export const outline: Record<keyof typeof english, string> = {
  'kpi.reading': '{direction, select, decrease {{name}を減らす} other {{name}を増やす}}',
  'kpi.readingFrom':
    '{direction, select, decrease {{name}を {baseline} から減らす} other {{name}を {baseline} から増やす}}',
  'kpi.readingTo': '{direction, select, decrease {{name}を {target} まで減らす} other {{name}を {target} まで増やす}}',
  'kpi.readingFromTo':
    '{direction, select, decrease {{name}を {baseline} から {target} に減らす} other {{name}を {baseline} から {target} に増やす}}',
  'kpi.readingFromByTo':
    '{direction, select, decrease {{name}を {baseline} から {change}（{target}）に減らす} other {{name}を {baseline} から {change}（{target}）に増やす}}',
  'kpi.readingBy':
    '{direction, select, decrease {{name}を {change} 減らす（基準値は未設定）} other {{name}を {change} 増やす（基準値は未設定）}}',
  'outline.filters': 'カスケードを絞り込む',
  'outline.search': 'カスケードをテキストまたはコードで検索',
  'outline.department': '部門',
  'outline.owner': '責任者',
  'outline.status': '状況',
  'outline.tag': 'タグ',
  'outline.all': 'すべて',
  'outline.clear': '絞り込みを解除',
  'outline.titleOf':
    '{kind, select, objective {目標のタイトル} goal {部門目標のタイトル} tactic {施策のタイトル} other {セクションのタイトル}}',
  'outline.titleOfNew':
    '{kind, select, objective {新しい目標のタイトル} goal {新しい部門目標のタイトル} tactic {新しい施策のタイトル} other {新しいセクションのタイトル}}',
  'outline.newPlaceholder':
    '{kind, select, objective {新しい目標: タイトルを入力} goal {新しい部門目標: タイトルを入力} tactic {新しい施策: タイトルを入力} other {新しいセクション: タイトルを入力}}',
  'outline.new': '新規',
  'outline.noKpi': 'KPI なし',
  'outline.goals': '部門目標 {count, plural, other {#件}}',
  'outline.kpiTitle': 'KPI: {reading}',
  'outline.kpiTarget': 'KPI 目標値 ',
  'outline.noTarget': '目標値なし',
  'outline.tactics': '{count, plural, =0 {施策なし} other {施策 #件}}',
  'outline.unaligned': '未整合',
  'outline.unalignedNote': '{count, plural, other {#件の項目が上位のどれも支えていません}}',
  'outline.noIndent': 'ここには下げる項目がありません。',
  'outline.tacticLowest': '施策はカスケードの最下位レベルです。',
  'outline.noneAbove':
    '{kind, select, objective {上に入れ先となる目標がありません。} other {上に入れ先となる部門目標がありません。}}',
  'outline.noOutdent': 'ここには上げる項目がありません。',
  'outline.objectiveTop': '目標はすでに最上位レベルです。',
  'outline.tacticNoObjective':
    'この施策の上には部門目標として入れる先の目標がありません: 先に、目標を支える部門目標に関連付けてください。',
};
