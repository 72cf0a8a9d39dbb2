// The Drive name-search words that reach every PDF name the file-name reader maps to an invoice key.
import {parseInvoiceNumber} from '../kernel/invoice-number';

/**
 * Drive's `name contains 'w'` is a word-prefix match after splitting the name at anything that is
 * not a letter or a digit (developers.google.com/workspace/drive/api/guides/ref-search-terms: "The
 * contains operator only performs prefix matching for a name term"). A name stands for FE10555
 * (file-name.ts) when "FE" starts a word and its digits follow directly ("FE10555.pdf",
 * "dian_FE10555.pdf": a word starting "fe10555") or after one or two separators ("Factura
 * FE-10555 ACME.pdf": a word starting "10555"). So the two words FE10555 and 10555 reach every
 * such name; the hits are then read exactly (FE105550.pdf is not FE10555). Not reached: names
 * with the consecutive zero-padded ("FE010555.pdf"), which only the index finds.
 */
export function searchWordsFor(key: string): string[] {
  const parsed = parseInvoiceNumber(key);
  if (!parsed.ok) return [];
  return [parsed.number.key, parsed.number.consecutive];
}
