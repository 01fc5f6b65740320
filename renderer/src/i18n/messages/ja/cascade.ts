import type { cascade as english } from '../en/cascade.ts';

export const cascade: Record<keyof typeof english, string> = {
  'cascade.heading': 'カスケード',
  'cascade.subtitle':
    '{objectives, plural, other {目標 # 件}} · {goals, plural, other {部門目標 # 件}} · {tactics, plural, other {施策 # 件}}',
  'cascade.filtered': ' · {total, number} 件中 {matched, number} 件が一致',
  'cascade.add': '{kind, select, objective {目標を追加} goal {部門目標を追加} other {施策を追加}}',
  'cascade.addLock': '目標は経営層が設定します。変更を提案するにはメモを追加してください。',
  'cascade.keys':
    'Enter: 新しい項目 · Tab / Shift+Tab: 1 段下げる / 上げる · F2: 名前を変更 · 1 2 3: 関連の強さ · O: 責任者 · D: 部門 · Alt+↑↓: 移動 · Delete · Esc: インスペクターへ · ?: すべてのショートカット',
  'cascade.noMatch': 'これらのフィルターに一致するものはありません。',
  'cascade.empty':
    'まだ目標がありません。Enter を押して最初の目標を入力してください。カスケードは目標から下へ広がります（Enter で次の項目、Tab で 1 段下げる。? ですべてのキーを表示）。',
  'cascade.addFirst': '最初の目標を追加',
  'cascade.outline': 'カスケードのアウトライン',
  'cascade.addNote': 'メモを追加',
  'cascade.converted':
    '{code} は{kind, select, objective {目標} goal {部門目標} other {施策}}になりました{relinked, plural, =0 {} other {。# 件が一緒に移動しました}}{orphaned, plural, =0 {} other {。# 件は何も支えなくなりました}}。',
  'cascade.linkAlready': '関連 {ends} はすでに{strength, select, strong {強} medium {中} other {弱}}です。',
  'cascade.linkNow': '関連 {ends} は{strength, select, strong {強} medium {中} other {弱}}になりました。',
  'cascade.needDepartment':
    '{kind, select, goal {部門目標の部門名を入力してください（例: カスタマーサクセス）。} other {施策の部門名を入力してください（例: カスタマーサクセス）。}}',
  'cascade.needTitle':
    '{kind, select, goal {先に部門目標のタイトルを入力してください。} other {先に施策のタイトルを入力してください。}}',
  'cascade.needDepartmentName': '部門名を入力するか、Esc を押してください。',
  'cascade.newDepartmentName': '{name}（新しい部門）',
  'cascade.alreadyIn': '{code} はすでに {name} にあります。',
  'cascade.ask.department': '部門',
  'cascade.ask.departmentPrompt':
    '部門を入力して Enter を押してください（新しい名前なら作成されます）。Esc で現在のままにします。',
  'cascade.ask.owner': '責任者',
  'cascade.ask.noOwner': '責任者はまだいません',
  'cascade.ask.ownerPrompt':
    '責任者を入力して Enter を押してください（候補: これまでに挙がった全員）。Esc で現在のままにします。',
  'cascade.ask.newDepartment': '{kind, select, goal {新しい部門目標の部門} other {新しい施策の部門}}',
  'cascade.ask.newDepartmentPlaceholder': '部門名（例: カスタマーサクセス）',
  'cascade.ask.newDepartmentPrompt':
    '{kind, select, goal {まだ部門がありません。この部門目標の部門名を入力し、Enter で作成してください（Esc: タイトルに戻る）。} other {まだ部門がありません。この施策の部門名を入力し、Enter で作成してください（Esc: タイトルに戻る）。}}',
};
