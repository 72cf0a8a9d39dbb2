// Spanish month names, the one list the domain uses (folder names, messages, "ago-25" labels).

/** Month names in lower case without accents, January first ("septiembre", not "setiembre"). */
export const MONTH_NAMES_ES: readonly string[] = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** Three-letter abbreviations as the Master writes billing months ("ago-25"). */
export const MONTH_ABBR_ES: readonly string[] = MONTH_NAMES_ES.map(m =>
  m.slice(0, 3),
);
