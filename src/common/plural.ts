// The one place for plural agreement in Spanish (es-CO), for the sidebar and the server alike.

const pluralRules = new Intl.PluralRules('es-CO');
const countFormat = new Intl.NumberFormat('es-CO');

/** The words after a number, singular and plural: {one: 'fila omitida', other: 'filas omitidas'}. */
export interface PluralForms {
  one: string;
  other: string;
}

/** The form that agrees with n (Intl.PluralRules): 1 -> one, 0 and 2 -> other. */
export function pluralForm(n: number, forms: PluralForms): string {
  return pluralRules.select(n) === 'one' ? forms.one : forms.other;
}

/** "1 celda con problemas", "2.345 celdas con problemas" (es-CO thousands separators). */
export function countText(n: number, forms: PluralForms): string {
  return `${countFormat.format(n)} ${pluralForm(n, forms)}`;
}
