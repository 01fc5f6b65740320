import type { forms as english } from '../en/forms.ts';

export const forms: Record<keyof typeof english, string> = {
  'rename.done': '{count, plural, other {{from} を {to} に変更しました (#か所)。}}',
  'rename.open': '{person} の名前をすべて変更…',
  'rename.form': '{person} の名前をすべて変更',
  'rename.label': '{person} の新しい名前',
  'rename.note':
    '{count, plural, other {{person} という責任者・部門長 (#か所) がすべて新しい名前になります。元に戻すのは 1 回です。}}',
  'rename.submit': '名前を変更',
  'rename.cancel': 'キャンセル',
};
