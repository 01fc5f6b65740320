import type { activity as english } from '../en/activity.ts';

export const activity: Record<keyof typeof english, string> = {
  'activity.nav': 'Aktivität',
  'activity.heading': 'Aktivität',
  'activity.subtitle': 'Jede Änderung an diesem Teamplan, die neueste zuerst, mit ihrem Urheber.',
  'activity.fileOnly':
    'Der Aktivitätsverlauf gehört zu Teamplänen. Eine Plandatei behält ihren Rückgängig-Verlauf, solange sie geöffnet ist.',
  'activity.since': 'Änderungen seit',
  'activity.since.today': 'Heute',
  'activity.since.week': 'Letzte 7 Tage',
  'activity.since.month': 'Dieser Monat',
  'activity.since.all': 'Alle',
  'activity.loading': 'Aktivität wird geladen…',
  'activity.failed':
    'Die Aktivität konnte nicht geladen werden. Prüfen Sie die Verbindung zum Teamserver und versuchen Sie es erneut.',
  'activity.retry': 'Erneut versuchen',
  'activity.none': 'Keine Änderungen in diesem Zeitraum.',
  'activity.noneAtAll': 'Keine Änderungen seit der Veröffentlichung des Plans.',
  'activity.older': 'Ältere Änderungen zeigen',
  'activity.count': '{count, plural, one {# Änderung} other {# Änderungen}}',
  'activity.entry': '{by} · {what}',
  'activity.undo': 'Hat eine Änderung rückgängig gemacht',
  'activity.redo': 'Wiederhergestellt: {what}',
  'activity.upgrade': 'Plan auf ein neueres Dateiformat aktualisiert',
  'activity.moreItems': '{count, plural, one {und # weiteres Element} other {und # weitere Elemente}}',
  'activity.removedItem': '{name} (inzwischen entfernt)',
  'activity.anItem': 'ein Element',
  'activity.reviewLink': 'Was sich seit Monatsbeginn geändert hat (wer, wann, welche Elemente)',
  'activity.showItem': '{name} zeigen',
  'teamConnect.title': 'Mit einem Teamplan verbinden',
  'teamConnect.intro':
    'Ein Teamplan liegt auf dem Hoshin-Planner-Server Ihrer Organisation. Geben Sie dessen Adresse ein oder fügen Sie die Adresse eines Plans aus dem Browser ein; die Anmeldung folgt auf der nächsten Seite.',
  'teamConnect.address': 'Serveradresse',
  'teamConnect.placeholder': 'plaene.beispiel.de',
  'teamConnect.connect': 'Verbinden',
  'teamConnect.openDesktop': 'Die Anmeldeseite des Servers öffnet sich in einem eigenen Fenster.',
  'teamConnect.openWeb': 'Die Anmeldeseite des Servers öffnet sich in einem neuen Tab.',
  'teamConnect.refused.empty': 'Geben Sie die Adresse Ihres Teamservers ein, etwa plaene.beispiel.de.',
  'teamConnect.refused.tooLong': 'Diese Adresse ist zu lang für einen Server.',
  'teamConnect.refused.notAddress': '„{typed}“ ist keine Webadresse. Geben Sie eine wie plaene.beispiel.de ein.',
  'teamConnect.refused.scheme': 'Die Adresse eines Teamservers beginnt mit https://.',
  'teamConnect.refused.credentials':
    'Lassen Sie Name und Passwort aus der Adresse weg: Sie melden sich auf der nächsten Seite an.',
  'teamConnect.refused.insecure':
    '{host} muss über https:// erreicht werden, damit Passwort und Plan verschlüsselt übertragen werden. Verwenden Sie https://{host}.',
  'teamConnect.cmd': 'Mit einem Teamplan verbinden…',
};
