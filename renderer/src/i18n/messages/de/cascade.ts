import type { cascade as english } from '../en/cascade.ts';

export const cascade: Record<keyof typeof english, string> = {
  'cascade.heading': 'Kaskade',
  'cascade.subtitle':
    '{objectives, plural, one {# Ziel} other {# Ziele}} · {goals, plural, one {# Bereichsziel} other {# Bereichsziele}} · {tactics, plural, one {# Maßnahme} other {# Maßnahmen}}',
  'cascade.filtered': ' · {matched, number} von {total, number} passen',
  'cascade.add':
    '{kind, select, objective {Ziel hinzufügen} goal {Bereichsziel hinzufügen} other {Maßnahme hinzufügen}}',
  'cascade.addLock': 'Ziele legt die Leitung fest: Schreiben Sie eine Notiz, um eine Änderung vorzuschlagen.',
  'cascade.keys':
    'Eingabe: neuer Eintrag · Tab / Umschalt+Tab: Ebene tiefer / höher · F2: umbenennen · 1 2 3: Stärke der Verknüpfung · O: Verantwortliche(r) · D: Abteilung · Alt+↑↓: verschieben · Entf · Esc: zum Inspektor · ?: alle Tastenkürzel',
  'cascade.noMatch': 'Nichts passt zu diesen Filtern.',
  'cascade.empty':
    'Noch keine Ziele. Drücken Sie die Eingabetaste und tippen Sie das erste: Die Kaskade wächst von den Zielen abwärts (Eingabe für das nächste, Tab für eine Ebene tiefer; ? listet alle Tasten).',
  'cascade.addFirst': 'Das erste Ziel hinzufügen',
  'cascade.outline': 'Gliederung der Kaskade',
  'cascade.addNote': 'Notiz hinzufügen',
  'cascade.converted':
    '{code} ist jetzt {kind, select, objective {ein Ziel} goal {ein Bereichsziel} other {eine Maßnahme}}{relinked, plural, =0 {} one {; # Eintrag ist mitgewandert} other {; # Einträge sind mitgewandert}}{orphaned, plural, =0 {} one {; # Eintrag unterstützt nun nichts mehr} other {; # Einträge unterstützen nun nichts mehr}}.',
  'cascade.linkAlready':
    'Die Verknüpfung {ends} ist bereits {strength, select, strong {stark} medium {mittel} other {schwach}}.',
  'cascade.linkNow':
    'Die Verknüpfung {ends} ist jetzt {strength, select, strong {stark} medium {mittel} other {schwach}}.',
  'cascade.needDepartment':
    '{kind, select, goal {Tippen Sie den Namen der Abteilung des Bereichsziels, z. B. Kundenservice.} other {Tippen Sie den Namen der Abteilung der Maßnahme, z. B. Kundenservice.}}',
  'cascade.needTitle':
    '{kind, select, goal {Tippen Sie zuerst den Titel des Bereichsziels.} other {Tippen Sie zuerst den Titel der Maßnahme.}}',
  'cascade.needDepartmentName': 'Tippen Sie den Namen einer Abteilung oder drücken Sie Esc.',
  'cascade.newDepartmentName': '{name} (eine neue Abteilung)',
  'cascade.alreadyIn': '{code} ist bereits in {name}.',
  'cascade.ask.department': 'Abteilung',
  'cascade.ask.departmentPrompt':
    'Tippen Sie eine Abteilung (ein neuer Name legt sie an) und drücken Sie die Eingabetaste; Esc behält die jetzige.',
  'cascade.ask.owner': 'Verantwortlich',
  'cascade.ask.noOwner': 'Noch niemand verantwortlich',
  'cascade.ask.ownerPrompt':
    'Tippen Sie die verantwortliche Person (Vorschläge: alle bisher Genannten) und drücken Sie die Eingabetaste; Esc behält die jetzige.',
  'cascade.ask.newDepartment':
    '{kind, select, goal {Abteilung des neuen Bereichsziels} other {Abteilung der neuen Maßnahme}}',
  'cascade.ask.newDepartmentPlaceholder': 'Name der Abteilung, z. B. Kundenservice',
  'cascade.ask.newDepartmentPrompt':
    '{kind, select, goal {Noch keine Abteilung: Tippen Sie den Namen der Abteilung dieses Bereichsziels und drücken Sie die Eingabetaste, um sie anzulegen (Esc: zurück zum Titel).} other {Noch keine Abteilung: Tippen Sie den Namen der Abteilung dieser Maßnahme und drücken Sie die Eingabetaste, um sie anzulegen (Esc: zurück zum Titel).}}',
};
