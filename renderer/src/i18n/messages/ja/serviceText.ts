import type { serviceText as english } from '../en/serviceText.ts';

export const serviceText: Record<keyof typeof english, string> = {
  'finding.breakthrough_annuals_not_carried.noGoal':
    'ブレークスルー目標 {code}「{title}」には {count, plural, other {# 件の年度目標}}（{codes}）が寄与していますが、どれにもまだ部門目標がないため、今年これを担う人がいません。',
  'finding.breakthrough_annuals_not_carried.noTactic':
    'ブレークスルー目標 {code}「{title}」には {count, plural, other {# 件の年度目標}}（{codes}）が寄与していますが、それらの部門目標にまだ施策がないため、今年これに向けて何も行われていません。',
  'finding.uncovered_objective': '目標 {code}「{title}」を支える部門目標がないため、これを担う人がいません。',
  'finding.unexecuted_objective':
    '目標 {code}「{title}」は {count, plural, other {# 件の部門目標}}に支えられていますが、どれにも施策がないため、何も行われていません。',
  'finding.orphaned_goal': '部門目標 {code}「{title}」（{department}）はどの目標も支えていません。',
  'finding.orphaned_tactic.noGoal':
    '施策 {code}「{title}」（{department}）はどの部門目標も支えていないため、どの目標にもつながりません。',
  'finding.orphaned_tactic.orphanedGoals':
    '施策 {code}「{title}」（{department}）は目標を支えていない部門目標だけを支えているため、どの目標にもつながりません。',
  'finding.goal_without_tactics': '部門目標 {code}「{title}」を実行する施策がありません。',
  'finding.weakly_supported_objective':
    '目標 {code}「{title}」は弱い関連だけで支えられています（{count, plural, other {部門目標 # 件}}）。',
  'finding.missing_kpi_target.noTarget': '目標 {code}「{title}」には KPI（{kpi}）がありますが、目標値がありません。',
  'finding.missing_kpi_target.noKpi': '目標 {code}「{title}」には KPI がないため、達成したかどうか誰にも分かりません。',
  'finding.kpi_without_baseline.relative':
    '{kind, select, goal {部門目標} other {目標}} {code}「{title}」の KPI（{kpi}）は基準値から {target} の目標値がありますが、基準値がないため、目標値も進捗も分かりません。',
  'finding.kpi_without_baseline.absolute':
    '{kind, select, goal {部門目標} other {目標}} {code}「{title}」の KPI（{kpi}）には目標値 {target} がありますが、基準値がないため、進捗を測れません。',
  'finding.missing_owner':
    '{kind, select, goal {部門目標} tactic {施策} other {目標}} {code}「{title}」に責任者がいません。',
  'finding.overdue_tactic': '施策 {code}「{title}」の期限は {due} でしたが、完了していません。',
  'finding.tactic_without_due_date': '施策 {code}「{title}」には期限がないため、遅れているかどうか誰にも分かりません。',
  'finding.owner_overloaded': '{owner} は {count} 件を担当しており、プランの上限 {limit} 件を超えています。',
  'finding.too_many_objectives':
    'プランには{horizon, select, breakthrough {ブレークスルー目標} other {年度目標}}が {count} 件あります。焦点の定まったプランでは最大 {limit} 件です。',
  'finding.annual_serves_no_breakthrough': '年度目標 {code}「{title}」はどのブレークスルー目標にも寄与していません。',
  'finding.breakthrough_without_annual':
    'ブレークスルー目標 {code}「{title}」には、今年これを進める年度目標がありません。',
  'finding.red_month_without_countermeasure':
    '{kpi}（{code}）は {month} に赤でした（実績 {actual}、計画 {plan}）。対策がありません。',
  'finding.weights_not_100':
    '{level, select, breakthrough {ブレークスルー目標} annual {年度目標} other {{department} の部門目標}}のウェイトの合計は {sum} % で、100 % ではありません{missing, plural, =0 {} one {（{codes} にウェイトがありません）} other {（# 件にウェイトがありません: {codes}）}}。',
  'finding.department_kpi_without_goal.kpi':
    '{department} は目標 {code}「{title}」とその KPI（{kpi}）の責任部門ですが、{department} の部門目標はどれもこれを支えていないため、取り組んでいない結果に責任を負っています。',
  'finding.department_kpi_without_goal.noKpi':
    '{department} は目標 {code}「{title}」の責任部門ですが、{department} の部門目標はどれもこれを支えていないため、取り組んでいない結果に責任を負っています。',

  'findingFix.createGoalAnnual': '年度目標のいずれかに部門目標を作成…',
  'findingFix.addTacticTheirGoals': 'それらの部門目標のいずれかに施策を追加',
  'findingFix.createGoalIn': 'この目標の部門目標を作成…',
  'findingFix.addTacticItsGoals': 'その部門目標のいずれかに施策を追加',
  'findingFix.linkToObjective': '目標に関連付ける…',
  'findingFix.linkToGoal': '部門目標に関連付ける…',
  'findingFix.addTacticThisGoal': 'この部門目標に施策を追加',
  'findingFix.strengthenLinks': '関連を強めるか、強く支える部門目標を追加',
  'findingFix.setKpiTarget': 'KPI の目標値を設定',
  'findingFix.setKpiBaseline': 'KPI の基準値を設定',
  'findingFix.assignOwner': '責任者を割り当てる',
  'findingFix.markDoneOrReplan': '完了にするか、新しい期限を設定',
  'findingFix.setDueDate': '期限を設定',
  'findingFix.rebalanceOwner': '一部を別の責任者に任せる',
  'findingFix.mergeObjectives': '目標を統合または削除',
  'findingFix.linkToBreakthrough': 'ブレークスルー目標に関連付ける…',
  'findingFix.linkAnnualToIt': '年度目標をこれに関連付ける…',
  'findingFix.addCountermeasure': '対策を追加',
  'findingFix.createGoalInDepartment': '{department} にこの目標の部門目標を作成…',
  'findingFix.setWeights':
    '合計が 100 % になるようにウェイトを変更（{change, select, add {{amount} % 追加} other {{amount} % 削減}}）',

  'findingFix.lockNoOwnGoal':
    '{department} の部門目標はどれもこれを支えていません。先に部門目標を追加するか、メモを書いてください',

  'gapsRule.orphaned_goal': 'すべての部門目標は少なくとも 1 つの目標を支える必要があります。',
  'gapsRule.orphaned_tactic': 'すべての施策は、目標を支える部門目標を支える必要があります。',
  'gapsRule.uncovered_objective': 'すべての目標は少なくとも 1 つの部門目標に支えられる必要があります。',
  'gapsRule.unexecuted_objective': '目標には、施策のある部門目標が少なくとも 1 つ必要です。',
  'gapsRule.goal_without_tactics': 'すべての部門目標には、それを実行する施策が少なくとも 1 つ必要です。',
  'gapsRule.missing_owner': 'すべての目標、部門目標、施策に責任者が必要です。',
  'gapsRule.missing_kpi_target': 'すべての目標には目標値のある KPI が必要です。',
  'gapsRule.kpi_without_baseline': '目標値のある KPI には、進捗を測るための出発点となる基準値が必要です。',
  'gapsRule.overdue_tactic': '期限を過ぎた施策は完了させるか、計画し直す必要があります。',
  'gapsRule.tactic_without_due_date': '完了していないすべての施策には期限が必要です。',
  'gapsRule.owner_overloaded': '責任者はプランの担当上限を超える件数を持つべきではありません。',
  'gapsRule.too_many_objectives': '焦点の定まったプランは、ブレークスルー目標が最大 5 件、年度目標が最大 8 件です。',
  'gapsRule.weakly_supported_objective': '弱い関連だけで支えられた目標は、実際には支えられていません。',
  'gapsRule.annual_serves_no_breakthrough': 'すべての年度目標はブレークスルー目標に寄与するべきです。',
  'gapsRule.breakthrough_without_annual': 'すべてのブレークスルー目標には、今年それを進める年度目標が必要です。',
  'gapsRule.breakthrough_annuals_not_carried':
    'ブレークスルー目標は年度目標を通じて担われます。少なくとも 1 つの年度目標に、施策のある部門目標が必要です。',
  'gapsRule.red_month_without_countermeasure': 'KPI が赤の月にはすべて対策が必要です。',
  'gapsRule.weights_not_100':
    'ウェイトがある場合、各レベル（1 つの期間の目標、1 つの部門の部門目標）のウェイトの合計は 100 % です。',
  'gapsRule.department_kpi_without_goal':
    '目標の責任部門（その KPI の担当）には、その目標を支える自部門の部門目標が必要です。',

  'rollover.change.baseline': '{code}: KPI の基準値 {from, number} → {to, number}（{month} の実績）',
  'rollover.change.baselineSet': '{code}: KPI の基準値 未設定 → {to, number}（{month} の実績）',
  'rollover.change.due':
    '{code}: 期限 {due} を消去しました（新しい期間の開始 {startDate} より前のため）。新しい期限を設定してください',
  'rollover.change.title': 'タイトル:「{from}」→「{to}」',
  'rollover.change.period':
    '期間: {was, select, both {{fromStartDate}～{fromEndDate}} start {{fromStartDate} から} end {{fromEndDate} まで} other {未設定}} → {startDate}～{endDate}',
  'rollover.left.tacticsDone': '施策がすべて完了',
  'rollover.left.goalsFinished': '部門目標がすべて完了',
  'rollover.left.finished': '完了',
  'rollover.left.done': '完了',
  'rollover.left.onlyBreakthroughs': '引き継がない（引き継ぐのはブレークスルー目標のみ）',
  'rollover.left.kpiMet': 'KPI の目標値を達成（{month} に {actual}、目標値 {target}）',
  'undo.codeTitle': '{verb}: {code}「{title}」',
  'undo.named': '{verb}:「{name}」',
  'undo.verb': '{verb}',
  'undo.link.changed': '関連 {from} → {to} を{strength, select, strong {強} medium {中} other {弱}}に変更',
  'undo.link.added': '{from} → {to} を関連付け（{strength, select, strong {強} medium {中} other {弱}}）',
  'undo.link.removed': '関連 {from} → {to} を解除',
  'undo.setWeights': '{count, plural, other {ウェイト # 件を設定}}',
  'undo.createInNewDepartment':
    '新しい部門 {department} に{kind, select, goal {部門目標} other {施策}} {code}「{title}」を追加',
  'undo.convertItem': '{code}「{title}」を{kind, select, objective {目標} goal {部門目標} other {施策}}にする',
  'undo.renumberItem': '{from} を {to} に付番し直し{more, plural, =0 {} other {（施策 # 件も）}}',
  'undo.renamePerson': '{from} を {to} に改名（{count, plural, other {# か所}}）',
  'undo.importFile': '{source} から {count, plural, other {# 行}}を取り込み',
  'undo.importActuals': '{source} から実績を読み込む',
  'undo.mergeDraft':
    '{applied, plural, =0 {{department} のドラフトから何も統合されませんでした{empty, select, yes {（変更はすべてプランに反映済み）} other {}}} other {{department} のドラフトから # 件の変更を統合{kept, plural, =0 {} other {（# 件はプランのまま）}}}}',
  'undo.issueDraft': '「{department}」のドラフトを発行',
  'undo.verb.updatePlan': 'プラン設定を編集',
  'undo.verb.createDepartment': '部門を追加',
  'undo.verb.updateDepartment': '部門を編集',
  'undo.verb.deleteDepartment': '部門を削除',
  'undo.verb.reorderDepartments': '部門を並べ替え',
  'undo.verb.renamePerson': '人名を変更',
  'undo.verb.createObjective': '目標を追加',
  'undo.verb.updateObjective': '目標を編集',
  'undo.verb.deleteObjective': '目標を削除',
  'undo.verb.reorderObjectives': '目標を並べ替え',
  'undo.verb.createGoal': '部門目標を追加',
  'undo.verb.updateGoal': '部門目標を編集',
  'undo.verb.setWeights': 'ウェイトを設定',
  'undo.verb.deleteGoal': '部門目標を削除',
  'undo.verb.reorderGoals': '部門目標を並べ替え',
  'undo.verb.createTactic': '施策を追加',
  'undo.verb.createInNewDepartment': '追加',
  'undo.verb.updateTactic': '施策を編集',
  'undo.verb.deleteTactic': '施策を削除',
  'undo.verb.reorderTactics': '施策を並べ替え',
  'undo.verb.convertItem': '移動',
  'undo.verb.renumberItem': '付番し直す',
  'undo.verb.setLink': '関連付け',
  'undo.verb.removeLink': '関連を解除',
  'undo.verb.mergeDraft': 'ドラフトを統合',
  'undo.verb.issueDraft': 'ドラフトを発行',
  'undo.verb.addNote': 'メモを追加',
  'undo.verb.answerNote': 'メモに返信',
  'undo.verb.deleteNote': 'メモを削除',
  'undo.verb.setKpiMonth': 'KPI の値を入力',
  'undo.verb.setKpiMonths': 'KPI の値を貼り付け',
  'undo.verb.importActuals': '実績を読み込む',
  'undo.verb.addCountermeasure': '対策を追加',
  'undo.verb.updateCountermeasure': '対策を編集',
  'undo.verb.deleteCountermeasure': '対策を削除',
  'undo.verb.addTacticUpdate': '施策の状況を更新',
  'undo.verb.importFile': '取り込み',
};
