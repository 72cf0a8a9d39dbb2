// Queries: tab or Consolidado, NITs (also in desembolso codes), codes, date ranges, text, totals.
import {dayOfYmd} from '../../../src/domain/kernel/day';
import {
  type MasterFilter,
  filterChoices,
  nitBodies,
  selectRows,
  totalsByCurrency,
} from '../../../src/domain/master/query';
import {buildTable} from '../../../src/domain/master/table';
import {COSTOS, MANDATO, rawTabOf} from './fixture';

const table = buildTable([rawTabOf(COSTOS), rawTabOf(MANDATO)]);
const all: MasterFilter = {
  tab: 'Consolidado',
  nits: [],
  desembolsos: [],
  dateField: null,
  from: null,
  to: null,
  text: '',
};
const invoices = (f: Partial<MasterFilter>) =>
  selectRows(table, {...all, ...f}).map(i => table.text.invoiceNumber[i]);

describe('selectRows', () => {
  it('selects one tab (spelling-insensitive) or all of them', () => {
    expect(invoices({})).toHaveLength(7);
    expect(invoices({tab: 'relacion facturas MANDATO'})).toEqual([
      'ITPA5678',
      'ITPA5679',
      'ITPA5680',
    ]);
    expect(() => invoices({tab: 'Cesion'})).toThrow(
      "La hoja 'Cesion' no es una hoja de facturas del Master. Hojas disponibles: 'Relacion facturas Costos Fijos', 'Relación facturas mandato' o 'Consolidado'.",
    );
  });

  it('matches a NIT in the NIT column or inside a desembolso code CO:<nit>:', () => {
    // 901082949 is the NIT of the first two Costos rows and appears in mandato's codes with NIT 800062591.
    expect(invoices({nits: ['901082949']})).toEqual([
      'FE10555',
      'FE10556',
      'ITPA5678',
      'ITPA5679',
    ]);
    expect(invoices({nits: nitBodies(['800.197.268-4', '900206480'])})).toEqual(
      ['FE10557', 'FE10558'],
    );
    expect(() => nitBodies(['ACME'])).toThrow('"ACME" no es un NIT.');
  });

  it('filters by desembolso codes ignoring case, and by date ranges on the chosen field', () => {
    expect(invoices({desembolsos: ['co:901082949:1:7:pag']})).toEqual([
      'FE10555',
      'ITPA5678',
    ]);
    const sept = {
      dateField: 'issueDate' as const,
      from: dayOfYmd(2025, 9, 15),
      to: dayOfYmd(2025, 9, 16),
    };
    expect(invoices(sept)).toEqual(['FE10555', 'FE10556']);
    const aug = {
      dateField: 'billingMonth' as const,
      from: dayOfYmd(2025, 8, 1),
      to: dayOfYmd(2025, 8, 31),
    };
    expect(invoices(aug)).toEqual(['ITPA5678']);
    expect(() => invoices({dateField: 'issueDate', from: 10, to: 5})).toThrow(
      'La fecha inicial es posterior a la fecha final.',
    );
  });

  it('searches free text in number, client, code and status, folding accents and case', () => {
    expect(invoices({text: 'acme'})).toEqual(['FE10555', 'FE10556']);
    expect(invoices({text: 'ANULADA'})).toEqual(['FE10557']);
    expect(invoices({text: 'itpa5679'})).toEqual(['ITPA5679']);
  });

  it('matches free text typed as an invoice number or a NIT the way people type them', () => {
    expect(invoices({text: 'fe-010555'})).toEqual(['FE10555']);
    expect(invoices({text: 'FE 10556'})).toEqual(['FE10556']);
    // NIT with dots and DV: the rows whose NIT column holds it (not the mandato rows whose
    // desembolso code merely contains it).
    expect(invoices({text: '901.082.949-3'})).toEqual(['FE10555', 'FE10556']);
    expect(invoices({text: 'fe-99999'})).toEqual([]);
  });

  it('gives rows without a client (mandato) the name known for their NIT elsewhere', () => {
    const mandato = {
      ...MANDATO,
      rows: MANDATO.rows.map(r =>
        r[6] === 'ITPA5678' ? [...r.slice(0, 8), 901082949] : r,
      ),
    };
    const withNames = buildTable([rawTabOf(COSTOS), rawTabOf(mandato)]);
    const found = selectRows(withNames, {...all, text: 'acme'}).map(
      i => withNames.text.invoiceNumber[i],
    );
    expect(found).toEqual(['FE10555', 'FE10556', 'ITPA5678']);
    const itpa = withNames.text.invoiceNumber.indexOf('ITPA5679');
    expect(withNames.text.client[itpa]).toBe(''); // its NIT has no known name
  });
});

describe('totalsByCurrency', () => {
  it('never adds COP and USD; NaN cells are not added', () => {
    const totals = totalsByCurrency(table, selectRows(table, all));
    expect(
      totals.map(t => [
        t.currency,
        t.count,
        t.sums.valorNeto,
        t.sums.costosFijos,
      ]),
    ).toEqual([
      ['COP', 5, 1190000 - 2000 + 20 + 550 + 2, 1000010],
      ['USD', 2, 1785.6 + 10.5, 1500.5],
    ]);
  });
});

describe('filterChoices', () => {
  it('offers the NITs of the tab with their client names, and the codes of the picked NITs', () => {
    const costos = filterChoices(table, {
      tab: 'Relacion facturas Costos Fijos',
      nits: [],
    });
    expect(costos.nits).toEqual([
      {nit: '901082949', client: 'ACME SAS', count: 2},
      {nit: '900206480', client: 'Beta Ltda', count: 1},
      {nit: '800197268', client: 'DIAN', count: 1},
    ]);
    const picked = filterChoices(table, {
      tab: 'Consolidado',
      nits: ['901082949'],
    });
    expect(picked.desembolsos).toEqual([
      {code: 'CO:901082949:1:7:PAG', count: 2},
      {code: 'CO:901082949:1:8:PAG', count: 1},
      {code: 'CO:901082949:9:1:PAG', count: 1},
    ]);
    expect(picked.minDay.issueDate).toBe(dayOfYmd(2025, 8, 31));
    expect(picked.maxDay.issueDate).toBe(dayOfYmd(2025, 10, 1));
  });
});
