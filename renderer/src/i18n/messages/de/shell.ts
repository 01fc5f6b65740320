import type { shell as english } from '../en/shell.ts';

export const shell: Record<keyof typeof english, string> = {
  'app.name': 'Hoshin Planner',

  'nav.label': 'Ansichten',
  'nav.plan': 'Plan',
  'nav.cascade': 'Kaskade',
  'nav.departments': 'Abteilungen',
  'nav.tree': 'Baum',
  'nav.gaps': 'Lücken',
  'nav.report': 'Bericht',
  'nav.xmatrix': 'X-Matrix',
  'nav.review': 'Review',
  'nav.notes': 'Notizen',
  'nav.gapCount': '{count, plural, one {# strukturelle Lücke} other {# strukturelle Lücken}}',
  'nav.theme': 'Farbschema wechseln',
  'nav.theme.toLight': 'Zum hellen Farbschema wechseln',
  'nav.theme.toDark': 'Zum dunklen Farbschema wechseln',

  'header.saved': '{file} · gespeichert',
  'header.savedHint': 'Jede Änderung wird sofort in dieser Datei gespeichert',
  'header.toolbar': 'Plan',
  'header.undo': 'Rückgängig',
  'header.undoTitle': 'Rückgängig: {change} (Strg+Z)',
  'header.nothingToUndo': 'Nichts rückgängig zu machen',
  'header.redo': 'Wiederholen',
  'header.redoTitle': 'Wiederholen: {change} (Strg+Umschalt+Z)',
  'header.nothingToRedo': 'Nichts zu wiederholen',
  'header.palette': 'Befehlspalette',
  'header.paletteTitle': 'Befehlspalette (Strg+K)',
  'header.presentation': 'Präsentationsmodus',
  'header.presentationTitle': 'Präsentationsmodus (F5)',
  'header.download': 'Eine Kopie der Plandatei herunterladen',
  'header.import': 'Aus Excel/CSV importieren…',
  'header.gapPill':
    '{count, plural, =0 {Keine strukturellen Lücken} one {# strukturelle Lücke} other {# strukturelle Lücken}}',

  'period.range': '{start} – {end}',
  'period.from': 'ab {start}',
  'period.until': 'bis {end}',

  'plan.heading': 'Plan',
  'plan.subtitle':
    'Der Kopf, mit dem jeder Bericht und jeder Export beginnt. Änderungen werden gespeichert, sobald Sie ein Feld verlassen.',
  'plan.title': 'Titel',
  'plan.organisation': 'Organisation',
  'plan.periodStart': 'Beginn des Zeitraums',
  'plan.periodEnd': 'Ende des Zeitraums',
  'plan.ownerLoadLimit': 'Höchstlast je Verantwortlichem',
  'plan.ownerLoadLimitHint': 'So viele Einträge darf eine Person verantworten, bevor die Lückenanalyse sie meldet.',
  'plan.vision': 'Vision: die Kundenerkenntnis, auf die dieser Plan antwortet (das „Warum“)',
  'plan.visionPlaceholder': 'Was haben wir über unsere Kunden gelernt, worauf jedes Ziel antworten muss?',
  'plan.visionHint': 'Strg+Eingabe oder das Verlassen des Feldes speichert.',
  'plan.size': 'Umfang des Plans',
  'plan.stat.departments': '{count, plural, one {Abteilung} other {Abteilungen}}',
  'plan.stat.objectives': '{count, plural, one {Ziel} other {Ziele}}',
  'plan.stat.goals': '{count, plural, one {Bereichsziel} other {Bereichsziele}}',
  'plan.stat.tactics': '{count, plural, one {Maßnahme} other {Maßnahmen}}',

  'prefs.heading': 'Dieser Computer',
  'prefs.subtitle': 'Einstellungen, die für Sie auf diesem Computer gelten, nicht in der Plandatei.',
  'prefs.language': 'Sprache',
  'prefs.languageHint': 'Die App, der Bericht und alle Daten und Zahlen folgen ihr.',
  'prefs.languageSystem': 'Wie das System ({language})',

  'notes.heading': 'Notizen',
  'notes.subtitleDraft':
    'Fragen und Vorschläge von {department} an die Leitung zu jedem Eintrag des Plans. Sie gehen mit dem Entwurf zurück.',
  'notes.subtitle': 'Fragen und Vorschläge der Abteilungen zu jedem Eintrag des Plans und die Antworten der Leitung.',

  'comingSoon.badge': 'Demnächst',
};
