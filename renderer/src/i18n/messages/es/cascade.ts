import type { cascade as english } from '../en/cascade.ts';

export const cascade: Record<keyof typeof english, string> = {
  'cascade.heading': 'Cascada',
  'cascade.subtitle':
    '{objectives, plural, one {# objetivo} other {# objetivos}} · {goals, plural, one {# meta} other {# metas}} · {tactics, plural, one {# táctica} other {# tácticas}}',
  'cascade.filtered': ' · {matched, number} de {total, number} coinciden',
  'cascade.add': '{kind, select, objective {Añadir objetivo} goal {Añadir meta} other {Añadir táctica}}',
  'cascade.addLock': 'Los objetivos los fija la dirección: añada una nota para proponer un cambio.',
  'cascade.keys':
    'Intro: nuevo elemento · Tab / Mayús+Tab: nivel abajo / arriba · F2: renombrar · 1 2 3: fuerza del vínculo · O: responsable · D: departamento · Alt+↑↓: mover · Supr · Esc: al inspector · ?: todos los atajos',
  'cascade.noMatch': 'Nada coincide con estos filtros.',
  'cascade.empty':
    'Aún no hay objetivos. Pulse Intro y escriba el primero: la cascada crece desde los objetivos hacia abajo (Intro para el siguiente, Tab para bajarlo un nivel; ? muestra todas las teclas).',
  'cascade.addFirst': 'Añadir el primer objetivo',
  'cascade.outline': 'Esquema de la cascada',
  'cascade.addNote': 'Añadir una nota',
  'cascade.converted':
    '{code} es ahora {kind, select, objective {un objetivo} goal {una meta} other {una táctica}}{relinked, plural, =0 {} one {; # elemento se movió con él} other {; # elementos se movieron con él}}{orphaned, plural, =0 {} one {; # elemento ya no apoya nada} other {; # elementos ya no apoyan nada}}.',
  'cascade.linkAlready': 'El vínculo {ends} ya es {strength, select, strong {fuerte} medium {medio} other {débil}}.',
  'cascade.linkNow': 'El vínculo {ends} es ahora {strength, select, strong {fuerte} medium {medio} other {débil}}.',
  'cascade.needDepartment':
    '{kind, select, goal {Escriba el nombre del departamento de la meta, p. ej. Atención al cliente.} other {Escriba el nombre del departamento de la táctica, p. ej. Atención al cliente.}}',
  'cascade.needTitle':
    '{kind, select, goal {Escriba primero el título de la meta.} other {Escriba primero el título de la táctica.}}',
  'cascade.needDepartmentName': 'Escriba el nombre de un departamento, o pulse Esc.',
  'cascade.newDepartmentName': '{name} (un departamento nuevo)',
  'cascade.alreadyIn': '{code} ya está en {name}.',
  'cascade.ask.department': 'Departamento',
  'cascade.ask.departmentPrompt':
    'Escriba un departamento (un nombre nuevo lo crea) y pulse Intro; Esc mantiene el actual.',
  'cascade.ask.owner': 'Responsable',
  'cascade.ask.noOwner': 'Aún sin responsable',
  'cascade.ask.ownerPrompt':
    'Escriba el responsable (sugerencias: todas las personas nombradas hasta ahora) y pulse Intro; Esc mantiene el actual.',
  'cascade.ask.newDepartment':
    '{kind, select, goal {Departamento de la nueva meta} other {Departamento de la nueva táctica}}',
  'cascade.ask.newDepartmentPlaceholder': 'Nombre del departamento, p. ej. Atención al cliente',
  'cascade.ask.newDepartmentPrompt':
    '{kind, select, goal {Aún no hay departamento: escriba el nombre del departamento de esta meta y pulse Intro para crearlo (Esc: volver al título).} other {Aún no hay departamento: escriba el nombre del departamento de esta táctica y pulse Intro para crearlo (Esc: volver al título).}}',
};
