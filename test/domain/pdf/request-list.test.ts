// Tests for reading pasted invoice lists: separators, case, garbage, repeats and the size limit.
import {
  MAX_REQUESTED_INVOICES,
  parseRequestList,
} from '../../../src/domain/pdf/request-list';

describe('parseRequestList', () => {
  it('reads any separators and mixed case', () => {
    const out = parseRequestList(
      'fe-010555, FE 10556;ncfe7\tITPA 12|gl3\r\nSETP990000001 FE8',
    );
    expect(out.keys).toEqual([
      'FE10555',
      'FE10556',
      'NCFE7',
      'ITPA12',
      'GL3',
      'SETP990000001',
      'FE8',
    ]);
    expect(out.ignored).toEqual([]);
    expect(out.messages).toEqual([]);
  });

  it('reports garbage with its line, never guesses', () => {
    const out = parseRequestList('FE1\nhola\n10555\nFE10555A\nFE0\n\n');
    expect(out.keys).toEqual(['FE1']);
    expect(out.ignored).toEqual([
      {line: 2, text: 'hola'},
      {line: 3, text: '10555'},
      {line: 4, text: 'FE10555A'},
      {line: 5, text: 'FE0'},
    ]);
    expect(out.messages[0]).toBe(
      'Se ignoraron 4 textos que no son números de factura (línea 2: "hola"; línea 3: "10555"; línea 4: "FE10555A"; línea 5: "FE0").',
    );
  });

  it('counts repeats once', () => {
    const out = parseRequestList('FE1\nfe-1\nFE 001');
    expect(out.keys).toEqual(['FE1']);
    expect(out.repeated).toBe(2);
    expect(out.messages).toEqual([
      '2 números estaban repetidos y se buscaron una sola vez.',
    ]);
  });

  it('one repeat agrees in the singular', () => {
    expect(parseRequestList('FE1\nFE1').messages).toEqual([
      '1 número estaba repetido y se buscó una sola vez.',
    ]);
  });

  it('reads punctuation that ends a number as a separator, not as ignored text', () => {
    const out = parseRequestList('FE10007.\nFE10008; (FE10009) - ¿ok?');
    expect(out.keys).toEqual(['FE10007', 'FE10008', 'FE10009']);
    expect(out.ignored).toEqual([{line: 2, text: '¿ok?'}]);
    expect(out.messages).toEqual([
      'Se ignoró 1 texto que no es un número de factura (línea 2: "¿ok?").',
    ]);
  });

  it('says clearly when nothing was a number', () => {
    const out = parseRequestList('=HYPERLINK("x")\n<script>alert(1)</script>');
    expect(out.keys).toEqual([]);
    expect(out.messages[0]).toMatch(/^No se encontró ningún número de factura/);
  });

  it('reads 10,000 lines with garbage, quoting only the first ignored pieces', () => {
    const lines: string[] = [];
    for (let i = 1; i <= 10000; i++)
      lines.push(i % 10 === 0 ? `basura ${i}` : `FE${i}`);
    const out = parseRequestList(lines.join('\n'));
    expect(out.keys.length).toBe(9000);
    expect(out.ignored.length).toBe(2000);
    expect(out.messages[0]).toContain('Se ignoraron 2.000 textos');
    expect(out.messages[0]).toContain('línea 10: "basura"');
    expect(out.messages[0]).toContain('y 1.980 más');
  });

  it('caps the request size with a message', () => {
    const lines: string[] = [];
    for (let i = 1; i <= MAX_REQUESTED_INVOICES + 5; i++) lines.push(`FE${i}`);
    const out = parseRequestList(lines);
    expect(out.keys.length).toBe(MAX_REQUESTED_INVOICES);
    expect(out.overLimit).toBe(5);
    expect(out.messages.join(' ')).toContain('se dejaron fuera 5');
  });
});
