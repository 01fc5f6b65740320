import type { departments as english } from '../en/departments.ts';

export const departments: Record<keyof typeof english, string> = {
  'departments.heading': '部門',
  'departments.subtitle': '部門目標と施策はそれぞれ 1 つの部門に属します。名前と部門長はその場で編集できます。',
  'departments.search': '部門を名前または部門長で検索',
  'departments.col.name': '名前',
  'departments.col.head': '部門長',
  'departments.col.goals': '部門目標',
  'departments.col.tactics': '施策',
  'departments.empty':
    '部門はまだありません。部門目標と施策には所属する部門が必要です: 下で最初の部門を追加してください。',
  'departments.noMatch': '「{query}」に一致する部門はありません。Esc で検索をクリアします。',
  'departments.list': '部門',
  'departments.nameOf': '{department} の名前',
  'departments.headOf': '{department} の部門長',
  'departments.noHead': '部門長はまだいません',
  'departments.moveUp': '{department} を上へ移動',
  'departments.moveUpTitle': '上へ',
  'departments.moveDown': '{department} を下へ移動',
  'departments.moveDownTitle': '下へ',
  'departments.delete': '{department} を削除',
  'departments.deleteTitle': '削除…',
  'departments.newName': '新しい部門の名前',
  'departments.newPlaceholder': '新しい部門 (例: カスタマーサクセス)',
  'departments.add': '部門を追加',
};
