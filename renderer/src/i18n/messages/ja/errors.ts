import type { errors as english } from '../en/errors.ts';

export const errors: Record<keyof typeof english, string> = {
  'errorCode.invalid_input': 'この値はこのままでは保存できません。',
  'errorCode.not_found': '参照先はもうプランにありません。',
  'errorCode.read_only': 'プランのこの部分はここでは変更できません。',
  'errorCode.conflict': 'その間に別の人がこれを変更しました。',
  'errorCode.exists': 'それはすでにプランにあります。',
  'errorCode.not_a_plan': 'このファイルは Hoshin のプランではありません。',
  'errorCode.foreign_file': 'このファイルは別のプログラムのものです。',
  'errorCode.corrupt': 'プランファイルが破損しています。',
  'errorCode.truncated': 'プランファイルが不完全です。',
  'errorCode.too_new': 'このプランは新しいバージョンの Hoshin Planner で保存されています。',
  'errorCode.migration_failed': 'プランファイルを最新の形式にできませんでした。',
  'errorCode.io': 'ファイルを読み書きできませんでした。',
  'errorCode.unauthorized': 'サインインしていないか、セッションが終了しました。',
  'errorCode.internal': '問題が発生したため、変更は行われませんでした。',
  'errorCode.locked': 'プランは別の場所で開かれていてロックされています。',
  'errorCode.busy': 'プランは処理中です。少し待ってからもう一度お試しください。',
  'errorCode.forbidden': 'あなたの役割ではこの変更はできません。',
  'errorCode.rate_limited': '試行回数が多すぎます。少し待ってからもう一度お試しください。',
  'errorCode.transport': 'アプリがプランに接続できませんでした。接続を確認してください。',
  'errorCode.detail': '詳細（英語）: {detail}',
};
