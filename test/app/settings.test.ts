// Settings use cases: defaults, normalisation, Spanish errors naming the bad value, folder checks.
import {
  describeFolders,
  readSettings,
  writeSettings,
  type FolderCheck,
  type FolderLookup,
  type SettingsStore,
} from '../../src/app/settings';
import {defaultSettings} from '../../src/domain/settings/rules';

function memoryStore(initial: string | null = null) {
  let value = initial;
  const store: SettingsStore = {read: () => value, write: v => (value = v)};
  return {store, stored: () => value};
}

function folders(map: Record<string, FolderCheck>): FolderLookup & {
  asked: string[];
} {
  const asked: string[] = [];
  return {
    asked,
    check(id) {
      asked.push(id);
      return map[id] ?? {status: 'not-found'};
    },
    ancestors: id => (id === FOLDER_A ? ['Mi unidad', 'Finanzas'] : []),
  };
}

const FOLDER_A = '1AAAAAAAAAAAAAAAAAAAAAA';
const FOLDER_B = '1BBBBBBBBBBBBBBBBBBBBBB';

describe('settings', () => {
  it('returns the defaults when nothing was saved, and when the stored value is damaged', () => {
    expect(readSettings(memoryStore().store)).toEqual(defaultSettings());
    expect(readSettings(memoryStore('{not json').store)).toEqual(
      defaultSettings(),
    );
    expect(defaultSettings().masterSource).toEqual({kind: 'active'});
    expect(defaultSettings().masterProfile.invoiceTabs).toContain(
      'Relacion facturas mandato',
    );
  });

  it('stores folder URLs as ids after checking each in Drive, and reads them back', () => {
    const {store} = memoryStore();
    const lookup = folders({
      [FOLDER_A]: {status: 'folder', name: 'Facturacion'},
      [FOLDER_B]: {status: 'folder', name: 'Exportes'},
    });
    const saved = writeSettings(store, lookup, {
      ...defaultSettings(),
      pdfRootFolders: [
        `https://drive.google.com/drive/folders/${FOLDER_A}?usp=sharing`,
      ],
      exportFolder: ` ${FOLDER_B} `,
      reportRecipients: [' cartera@finkargo.com '],
    });
    expect(saved.pdfRootFolders).toEqual([FOLDER_A]);
    expect(saved.exportFolder).toBe(FOLDER_B);
    expect(saved.reportRecipients).toEqual(['cartera@finkargo.com']);
    expect(lookup.asked).toEqual([FOLDER_A, FOLDER_B]);
    expect(readSettings(store)).toEqual(saved);
  });

  it.each([
    [
      {status: 'not-found'} as FolderCheck,
      /no existe en Drive o usted no tiene acceso/,
    ],
    [
      {
        status: 'not-folder',
        name: 'a.pdf',
        mimeType: 'application/pdf',
      } as FolderCheck,
      /"a.pdf" .* es un archivo, no una carpeta/,
    ],
    [{status: 'trashed', name: 'Vieja'} as FolderCheck, /"Vieja" .* papelera/],
  ])(
    'refuses a PDF folder Drive reports as %o, naming it',
    (check, message) => {
      const {store, stored} = memoryStore();
      expect(() =>
        writeSettings(store, folders({[FOLDER_A]: check}), {
          ...defaultSettings(),
          pdfRootFolders: [FOLDER_A],
        }),
      ).toThrow(message);
      expect(stored()).toBeNull();
    },
  );

  it('names the bad e-mail and the bad folder text', () => {
    const {store} = memoryStore();
    expect(() =>
      writeSettings(store, folders({}), {
        ...defaultSettings(),
        reportRecipients: ['ok@x.co', 'no-es-correo'],
      }),
    ).toThrow(
      'Destinatarios del reporte: "no-es-correo" no es un correo electrónico válido.',
    );
    expect(() =>
      writeSettings(store, folders({}), {
        ...defaultSettings(),
        exportFolder: 'mi carpeta',
      }),
    ).toThrow(
      'Carpeta de exportación: "mi carpeta" no es un enlace ni un id de Google Drive.',
    );
  });

  it('checks the Master folder and requires a name text for the newest-in-folder source', () => {
    const {store} = memoryStore();
    expect(() =>
      writeSettings(store, folders({}), {
        ...defaultSettings(),
        masterSource: {
          kind: 'newest-in-folder',
          folderIdOrUrl: FOLDER_A,
          nameContains: ' ',
        },
      }),
    ).toThrow(/escriba el texto que contiene el nombre/);
    const saved = writeSettings(
      store,
      folders({[FOLDER_A]: {status: 'folder', name: 'Facturacion'}}),
      {
        ...defaultSettings(),
        masterSource: {
          kind: 'newest-in-folder',
          folderIdOrUrl: `https://drive.google.com/drive/u/0/folders/${FOLDER_A}`,
          nameContains: 'Archivo control facturacion mensual Finkargo Def',
        },
      },
    );
    expect(saved.masterSource).toEqual({
      kind: 'newest-in-folder',
      folderIdOrUrl: FOLDER_A,
      nameContains: 'Archivo control facturacion mensual Finkargo Def',
    });
  });

  it('keeps edited synonyms, fills missing fields with defaults and refuses an empty required field', () => {
    const {store, stored} = memoryStore();
    const base = defaultSettings();
    const saved = writeSettings(store, folders({}), {
      ...base,
      masterProfile: {
        invoiceTabs: ['Facturas 2026'],
        headerScanRows: 5,
        synonyms: {nit: ['Identificación del cliente']},
      },
    });
    expect(saved.masterProfile.invoiceTabs).toEqual(['Facturas 2026']);
    expect(saved.masterProfile.synonyms.nit).toEqual([
      'Identificación del cliente',
    ]);
    expect(saved.masterProfile.synonyms.currency).toEqual(
      base.masterProfile.synonyms.currency,
    );
    // Stored as what changed from the defaults, not as the lists (a default added later reaches it).
    expect(JSON.parse(stored()!).masterProfile.synonymChanges).toEqual({
      nit: {
        added: ['Identificación del cliente'],
        removed: base.masterProfile.synonyms.nit,
      },
    });
    expect(readSettings(store)).toEqual(saved);
    expect(() =>
      writeSettings(store, folders({}), {
        ...base,
        masterProfile: {
          ...base.masterProfile,
          synonyms: {...base.masterProfile.synonyms, nit: []},
        },
      }),
    ).toThrow('El campo "NIT" necesita al menos un nombre de encabezado.');
  });

  it('refuses settings larger than a document property can hold', () => {
    const {store} = memoryStore();
    const many = Array.from(
      {length: 400},
      (_, i) => `Encabezado largo número ${i}`,
    );
    const base = defaultSettings();
    expect(() =>
      writeSettings(store, folders({}), {
        ...base,
        masterProfile: {
          ...base.masterProfile,
          synonyms: {...base.masterProfile.synonyms, client: many},
        },
      }),
    ).toThrow(/demasiado grande/);
  });

  it('describes folders by name and path for Configuración, and says why one cannot be used', () => {
    const lookup = folders({
      [FOLDER_A]: {status: 'folder', name: 'Facturacion'},
      [FOLDER_B]: {status: 'trashed', name: 'Vieja'},
    });
    expect(
      describeFolders(lookup, [
        `https://drive.google.com/drive/folders/${FOLDER_A}`,
        FOLDER_B,
        'no es un id',
      ]),
    ).toEqual([
      {
        value: `https://drive.google.com/drive/folders/${FOLDER_A}`,
        id: FOLDER_A,
        name: 'Facturacion',
        path: 'Mi unidad / Finanzas',
        problem: null,
      },
      {
        value: FOLDER_B,
        id: FOLDER_B,
        name: 'Vieja',
        path: '',
        problem: `"Vieja" (${FOLDER_B}) está en la papelera de Drive.`,
      },
      {
        value: 'no es un id',
        id: null,
        name: null,
        path: '',
        problem: '"no es un id" no es un id ni un enlace de carpeta de Drive.',
      },
    ]);
  });
});
