// The settings' stored form: header names kept as changes to the defaults, and old full-list records read as changes to the defaults of the versions that wrote them.
import {defaultSettings} from '../../../src/domain/settings/rules';
import {
  settingsInputOf,
  storedSettings,
} from '../../../src/domain/settings/stored';
import {
  synonymChanges,
  withSynonymChanges,
} from '../../../src/domain/settings/synonym-changes';
import {FULL_LIST_DEFAULTS} from '../../../src/domain/settings/full-list-defaults';
import {defaultSynonyms} from '../../../src/domain/master/fields';
import {DEFAULT_HEADERS} from '../../../src/domain/master/vocabulary';
import {MASTER_FIELDS} from '../../../src/common/master-fields';

type Profile = {synonyms: Record<string, string[]>};
const synonymsOf = (input: unknown) =>
  (input as {masterProfile: Profile}).masterProfile.synonyms;

describe('synonym changes', () => {
  it('compares names folded, keeps the first spelling, and leaves untouched fields out', () => {
    const defaults = {nit: ['Nit', 'NIT cliente'], client: ['Cliente']};
    expect(
      synonymChanges(defaults, {
        nit: ['NIT', 'Identificación', 'identificacion '],
        client: ['cliente'],
      }),
    ).toEqual({nit: {added: ['Identificación'], removed: ['NIT cliente']}});
  });

  it('applies the changes to the defaults of the day: kept defaults first, in order, then the added', () => {
    const lists = withSynonymChanges({
      nit: {added: ['Cédula', 'NIT cliente'], removed: ['Nit']},
    });
    expect(lists.nit).toEqual([
      ...DEFAULT_HEADERS.nit.filter(n => n !== 'Nit'),
      'Cédula',
    ]);
    expect(lists.client).toEqual(DEFAULT_HEADERS.client);
  });
});

describe('stored settings', () => {
  it('store the defaults as no change at all, and read back as the full lists', () => {
    const stored = storedSettings(defaultSettings());
    expect(stored.masterProfile).toEqual({
      invoiceTabs: defaultSettings().masterProfile.invoiceTabs,
      headerScanRows: 10,
      synonymChanges: {},
    });
    expect(synonymsOf(settingsInputOf(stored))).toEqual(defaultSynonyms());
  });

  it('read an old full-list record as changes to the defaults of its versions, so a default added since is there', () => {
    const old = {
      ...defaultSettings(),
      masterProfile: {
        invoiceTabs: ['Facturas'],
        headerScanRows: 10,
        synonyms: {
          ...FULL_LIST_DEFAULTS,
          client: ['Nombre cliente', 'Razón social del cliente'],
        },
      },
    };
    const lists = synonymsOf(settingsInputOf(old));
    expect(lists.interesCorriente).toContain('Interes Corriente Facturado FK');
    expect(lists.interesMora).toContain('Interes Mora Facturado FK');
    expect(lists.client).toEqual([
      'Nombre cliente',
      'Razón social del cliente',
    ]);
  });

  it('read a record saved before a field existed with that field at its defaults', () => {
    const before = {...FULL_LIST_DEFAULTS};
    delete before.dueDate;
    const old = {
      ...defaultSettings(),
      masterProfile: {invoiceTabs: ['F'], headerScanRows: 10, synonyms: before},
    };
    expect(synonymsOf(settingsInputOf(old)).dueDate).toEqual(
      DEFAULT_HEADERS.dueDate,
    );
  });

  it('refuse changes to a field that does not exist, or names that are not texts', () => {
    const stored = storedSettings(defaultSettings());
    const withChanges = (synonymChanges: unknown) => ({
      ...stored,
      masterProfile: {...stored.masterProfile, synonymChanges},
    });
    expect(() =>
      settingsInputOf(withChanges({iva: {added: ['IVA'], removed: []}})),
    ).toThrow();
    expect(() =>
      settingsInputOf(withChanges({nit: {added: [3], removed: []}})),
    ).toThrow();
    expect(() =>
      settingsInputOf({
        ...stored,
        masterProfile: {invoiceTabs: ['F'], synonyms: {nit: 'Nit'}},
      }),
    ).toThrow('Encabezados de "NIT": se esperaba una lista de textos.');
  });

  it('the full-list defaults name only Master fields (a field added later has none: it follows the defaults)', () => {
    const keys: string[] = MASTER_FIELDS.map(f => f.key);
    expect(
      Object.keys(FULL_LIST_DEFAULTS).filter(k => !keys.includes(k)),
    ).toEqual([]);
  });
});
