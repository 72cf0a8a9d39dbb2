// Parsing what a user types into a playground cell.
import {parseFormula} from '../../dev/formula';

describe('parseFormula', () => {
  it('reads a function with a cell or a range', () => {
    expect(parseFormula('=nit_dv(A2)')).toEqual({
      ok: true,
      call: {
        name: 'NIT_DV',
        args: [
          {
            kind: 'range',
            sheet: null,
            rect: {row: 2, column: 1, lastRow: 2, lastColumn: 1},
            text: 'A2',
          },
        ],
      },
    });
    const r = parseFormula("=NIT_DV('Relacion facturas'!A2:A10001)");
    expect(r.ok && r.call.args[0]).toEqual({
      kind: 'range',
      sheet: 'Relacion facturas',
      rect: {row: 2, column: 1, lastRow: 10001, lastColumn: 1},
      text: "'Relacion facturas'!A2:A10001",
    });
  });

  it('reads literals, empty arguments and both separators', () => {
    const r = parseFormula(
      '=FACTURADO("900.206.480"; ; 12.5, VERDADERO; "di ""x""")',
    );
    expect(r.ok && r.call.args).toEqual([
      {kind: 'literal', value: '900.206.480'},
      {kind: 'empty'},
      {kind: 'literal', value: 12.5},
      {kind: 'literal', value: true},
      {kind: 'literal', value: 'di "x"'},
    ]);
    expect(parseFormula('=F()')).toEqual({
      ok: true,
      call: {name: 'F', args: []},
    });
    expect(parseFormula('=F("a;b")')).toEqual({
      ok: true,
      call: {name: 'F', args: [{kind: 'literal', value: 'a;b'}]},
    });
  });

  it('explains what it cannot evaluate, in Spanish', () => {
    const messages = [
      'NIT_DV(A2)',
      '=NIT_DV',
      '=NIT_DV(SUM(A1:A3))',
      '=NIT_DV("abc)',
      '=NIT_DV(hola)',
      '=1+2(3)',
    ]
      .map(t => parseFormula(t))
      .map(r => (r.ok ? 'parsed' : r.message));
    expect(messages[0]).toMatch(/empieza con "="/);
    expect(messages[1]).toMatch(/no es una llamada a función/);
    expect(messages[2]).toMatch(/no admite funciones anidadas/);
    expect(messages[3]).toMatch(/comillas/);
    expect(messages[4]).toMatch(/"hola" no es un rango/);
    expect(messages[5]).toMatch(/no es un nombre de función/);
  });
});
