// Tests for invoice numbers in PDF names: exact numbers, renamed files, DIAN names, notes vs invoices.
import {
  invoiceKeysInFileName,
  isDianFileName,
} from '../../../src/domain/pdf/file-name';

describe('invoiceKeysInFileName', () => {
  it.each([
    ['FE10555.pdf', ['FE10555']],
    ['dian_FE10555.pdf', ['FE10555']],
    ['Factura FE-10555 ACME.pdf', ['FE10555']],
    ['fe 010555.PDF', ['FE10555']],
    ['FE10555 (1).pdf', ['FE10555']],
    ['FE105550.pdf', ['FE105550']],
    ['FE91330.pdf', ['FE91330']],
    ['NCFE10555.pdf', ['NCFE10555']],
    ['NCFE12 anula FE10555.pdf', ['NCFE12']],
    ['FE10555 y FE10556.pdf', ['FE10555', 'FE10556']],
    ['FE10555_FE10555.pdf', ['FE10555']],
    ['ITPA5678 mandato.pdf', ['ITPA5678']],
    ['SETP990000001.pdf', ['SETP990000001']],
    ['CAFE10555.pdf', []],
    ['REFE10555.pdf', []],
    ['FE10555.xml', []],
    ['FE10555.pdf.zip', []],
    ['fv08001972680001900000011.xml', []],
    ['z08001972680001900000011.zip', []],
    ['fv08001972680001900000011.pdf', []],
    ['Informe septiembre.pdf', []],
    ['FE0.pdf', []],
    ['FE123456789012.pdf', []],
    ['<script>alert(1)</script>.pdf', []],
    ['=HYPERLINK("x") FE7.pdf', ['FE7']],
  ])('%j -> %j', (name, keys) => {
    expect(invoiceKeysInFileName(name)).toEqual(keys);
  });

  it('never reads a longer number as the shorter one (FE9133 vs FE91330)', () => {
    expect(invoiceKeysInFileName('FE91330.pdf')).not.toContain('FE9133');
    expect(invoiceKeysInFileName('dian_FE91330.pdf')).not.toContain('FE9133');
  });
});

describe('isDianFileName', () => {
  it.each([
    ['fv08001972680001900000011.xml', true],
    ['nc08001972680002500000abc.xml', true],
    ['z08001972680001900000011.zip', true],
    ['FE10555.pdf', false],
    ['ad0800197268.xml', false],
  ])('%j -> %j', (name, dian) => {
    expect(isDianFileName(name)).toBe(dian);
  });
});
