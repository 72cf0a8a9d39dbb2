// Days of the week of a report schedule: ScriptApp.WeekDay names with their Spanish names.

/** Days of the week, with their Spanish names (the schedule form and its messages). */
export const WEEKDAYS = [
  {key: 'MONDAY', label: 'lunes'},
  {key: 'TUESDAY', label: 'martes'},
  {key: 'WEDNESDAY', label: 'miércoles'},
  {key: 'THURSDAY', label: 'jueves'},
  {key: 'FRIDAY', label: 'viernes'},
  {key: 'SATURDAY', label: 'sábado'},
  {key: 'SUNDAY', label: 'domingo'},
] as const;

/** A day of the week as a ScriptApp.WeekDay name. */
export type WeekdayKey = (typeof WEEKDAYS)[number]['key'];

/** Last day of the month a monthly schedule may use: every month has it. */
export const MAX_MONTH_DAY = 28;
