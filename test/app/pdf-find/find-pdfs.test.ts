// Tests of looking invoices up in the stored index, of the ZIP job (split, pause, resume) and of the results rows.
import {lookupPdfs, type FindPorts} from '../../../src/app/pdf-find/find-pdfs';
import type {PdfSearchPort} from '../../../src/app/pdf-find/ports';
import {resultRows} from '../../../src/app/pdf-find/results-sheet';
import {MAX_ZIP_INPUT_BYTES} from '../../../src/app/pdf-find/zip-pdfs';
import {
  runZipJob,
  ZIP_BUDGET_MS,
  type SavedZipJob,
  type ZipJobStore,
} from '../../../src/app/pdf-find/zip-job';
import type {IndexedPdf, StoredIndex} from '../../../src/app/pdf-index/ports';
import type {PdfZipDto} from '../../../src/common/pdf-api';
import {MemoryBuildStore, MemoryIndexStore} from '../pdf-index/fakes';

const SEPT = 'Facturacion/Año 2025/09. Septiembre/Facturacion Finkargo';
const OCT = 'Facturacion/Año 2025/10. Octubre/Facturacion Finkargo';
const NOW = Date.parse('2025-10-05T12:00:00Z');

function entry(
  key: string,
  fileId: string,
  name: string,
  folderPath = SEPT,
  size = 1000,
): IndexedPdf {
  return {
    key,
    fileId,
    name,
    folderPath,
    folderId: 'f',
    modified: '2025-09-10T12:00:00.000Z',
    size,
  };
}

function store(
  entries: IndexedPdf[],
  builtAt = '2025-10-05T11:00:00.000Z',
): MemoryIndexStore {
  const s = new MemoryIndexStore();
  const index: StoredIndex = {
    meta: {
      roots: ['root'],
      builtAt,
      changesToken: '1',
      corpus: {corpora: 'user'},
      pdfCount: entries.length,
      entryCount: entries.length,
      folderCount: 1,
      unnamedCount: 0,
      incomplete: false,
    },
    folders: [{id: 'root', parentId: '', name: 'Facturacion'}],
    entries,
  };
  s.write(index);
  return s;
}

const ENTRIES = [
  entry('FE9133', 'a', 'FE9133.pdf'),
  entry('FE91330', 'b', 'FE91330.pdf'),
  entry('FE20000', 'c', 'FE20000.pdf'),
  entry('FE20000', 'd', 'FE20000.pdf', OCT),
  entry('FE30000', 'e', '=HYPERLINK("x") FE30000.pdf', OCT),
];

/** Drive for the direct search: no PDF anywhere; every call counted. */
function emptyDrive(calls: string[]): PdfSearchPort {
  const page = {items: [], nextPageToken: null, incompleteSearch: false};
  return {
    getRoot: id => {
      calls.push('get');
      return {
        id,
        name: 'Facturacion',
        isFolder: true,
        trashed: false,
        driveId: null,
      };
    },
    searchPdfs: () => {
      calls.push('search');
      return page;
    },
    listFolders: () => {
      calls.push('folders');
      return page;
    },
  };
}

function findPorts(
  index: MemoryIndexStore,
  roots: string[],
  driveCalls: string[] = [],
): FindPorts {
  return {
    index,
    build: new MemoryBuildStore(),
    roots,
    now: NOW,
    drive: emptyDrive(driveCalls),
    clock: {now: () => NOW},
  };
}

describe('lookupPdfs', () => {
  it('reads pasted text and answers each number exactly', () => {
    const out = lookupPdfs(
      findPorts(store(ENTRIES), ['root']),
      'fe-9133\nFE 20000, basura\nFE1',
    );
    expect(
      out.results.map(r => [r.invoice, r.status, r.files.map(f => f.fileId)]),
    ).toEqual([
      ['FE9133', 'found', ['a']],
      ['FE20000', 'duplicate', ['c', 'd']],
      ['FE1', 'missing', []],
    ]);
    expect(out.counts).toEqual({
      found: 1,
      duplicate: 1,
      missing: 1,
      suspicious: 0,
    });
    expect(out.messages).toEqual([
      'Se ignoró 1 texto que no es un número de factura (línea 2: "basura").',
    ]);
    expect(out.results[0].files[0].url).toBe(
      'https://drive.google.com/file/d/a/view',
    );
  });

  it('flags Master rows whose PDF sits in another month, and names bad rows', () => {
    const out = lookupPdfs(findPorts(store(ENTRIES), ['root']), [
      {
        invoice: 'FE30000',
        date: '2025-09-28',
        tab: 'Relacion facturas Costos Fijos',
      },
      {invoice: 'hola'},
      'FE9133',
    ]);
    expect(out.results.map(r => r.status)).toEqual(['suspicious', 'found']);
    expect(out.messages[0]).toContain('fila 2: "hola"');
  });

  it('with no index, searches Drive directly and says so', () => {
    const calls: string[] = [];
    const out = lookupPdfs(
      findPorts(new MemoryIndexStore(), ['root'], calls),
      'FE1',
    );
    expect(calls).toEqual(['get', 'search']);
    expect(out.results.map(r => [r.invoice, r.status])).toEqual([
      ['FE1', 'missing'],
    ]);
    expect(out.index.exists).toBe(false);
    expect(out.messages).toEqual([
      'Todavía no hay índice de PDF: use «Actualizar índice» para construirlo. Se buscó directamente en Drive (2 consultas).',
    ]);
  });

  it('with no index and more than 2,000 invoices, answers nothing but the advice to build it', () => {
    const calls: string[] = [];
    const many = Array.from({length: 2001}, (_, i) => `FE${i + 1}`);
    const out = lookupPdfs(
      findPorts(new MemoryIndexStore(), ['root'], calls),
      many,
    );
    expect(calls).toEqual([]);
    expect(out.results).toEqual([]);
    expect(out.messages).toContain(
      'Todavía no hay índice de PDF: use «Actualizar índice» para construirlo.',
    );
  });

  it('warns when the index is old; searches Drive when the root folders changed', () => {
    const old = lookupPdfs(
      findPorts(store(ENTRIES, '2025-10-01T00:00:00.000Z'), ['root']),
      'FE1',
    );
    expect(old.messages.join(' ')).toContain('Tiene más de un día');
    const calls: string[] = [];
    const moved = lookupPdfs(
      findPorts(store(ENTRIES), ['other'], calls),
      'FE9133',
    );
    expect(moved.index.rootsChanged).toBe(true);
    expect(calls).toEqual(['get', 'search']);
    expect(moved.results[0].status).toBe('missing');
    expect(moved.messages.join(' ')).toContain(
      'Las carpetas de Configuración cambiaron',
    );
  });
});

describe('runZipJob', () => {
  /** A job store in memory, as the hidden sheet + properties keep it. */
  function memoryJobs(): ZipJobStore & {saved: SavedZipJob | null} {
    const jobs: ZipJobStore & {saved: SavedZipJob | null} = {
      saved: null,
      load: () => (jobs.saved ? structuredClone(jobs.saved) : null),
      start(cursor, plan) {
        jobs.saved = structuredClone({
          cursor,
          plan,
          outcomes: plan.items.map(() => ''),
        });
      },
      advance(cursor, from, outcomes) {
        const saved = jobs.saved!;
        outcomes.forEach((o, k) => (saved.outcomes[from + k] = o));
        saved.cursor = structuredClone(cursor);
      },
      saveCursor(cursor) {
        jobs.saved!.cursor = structuredClone(cursor);
      },
      clear() {
        jobs.saved = null;
      },
    };
    return jobs;
  }

  function zipPorts(sizes: Record<string, number>, msPerRead = 100) {
    const saved: Array<{name: string; paths: string[]}> = [];
    const reads: string[] = [];
    let t = 0;
    const jobs = memoryJobs();
    return {
      saved,
      reads,
      jobs,
      advance: (ms: number) => (t += ms),
      ports: {
        readPdfs: (items: readonly {fileId: string}[]) =>
          items.map(({fileId: id}) => {
            t += msPerRead;
            reads.push(id);
            if (id === 'broken')
              return {error: 'no existe o no está compartido con su cuenta'};
            return {blob: id, bytes: sizes[id] ?? 1000};
          }),
        saveZip: (
          name: string,
          files: Array<{path: string; blob: string}>,
        ): PdfZipDto => {
          saved.push({name, paths: files.map(f => f.path)});
          return {
            fileId: `zip${saved.length}`,
            name,
            url: `u${saved.length}`,
            files: files.length,
            bytes: 0,
          };
        },
        jobs,
        putStatus: () => undefined,
        clock: {now: () => t},
      },
    };
  }

  it('puts duplicates and suspicious files apart and lists the missing', () => {
    const found = lookupPdfs(findPorts(store(ENTRIES), ['root']), [
      {invoice: 'FE9133'},
      {invoice: 'FE20000'},
      {invoice: 'FE30000', date: '2025-09-01'},
      {invoice: 'FE1'},
    ]);
    const {saved, ports, jobs} = zipPorts({});
    const out = runZipJob(ports, 'x', () => found, 'job1', 'PDF_facturas');
    expect(saved).toEqual([
      {
        name: 'PDF_facturas.zip',
        paths: [
          'FE9133.pdf',
          'duplicados/FE20000/1_Facturacion - Año 2025 - 09. Septiembre - Facturacion Finkargo_FE20000.pdf',
          'duplicados/FE20000/2_Facturacion - Año 2025 - 10. Octubre - Facturacion Finkargo_FE20000.pdf',
          'revisar/=HYPERLINK(_x_) FE30000.pdf',
        ],
      },
    ]);
    expect(out.state).toBe('done');
    expect(out.included).toEqual(['FE9133', 'FE20000', 'FE30000']);
    expect(out.missing).toEqual(['FE1']);
    expect(out.messages).toEqual(['Sin PDF en Drive (1): FE1.']);
    expect(jobs.saved).toBeNull();
  });

  const lookupsOf = (ids: string[], size: (id: string) => number) =>
    ids.map((id, i) => ({
      invoice: `FE${i + 1}`,
      status: 'found' as const,
      reason: '',
      files: [
        {
          fileId: id,
          name: `FE${i + 1}.pdf`,
          folderPath: SEPT,
          modified: '',
          url: '',
          size: size(id),
        },
      ],
    }));
  const result = (results: ReturnType<typeof lookupsOf>) => ({
    results,
    counts: {found: results.length, duplicate: 0, missing: 0, suspicious: 0},
    messages: [],
    index: {} as never,
  });

  it('splits under the blob limit and leaves out what cannot be read, without reading what is known too big', () => {
    const big = 20 * 1024 * 1024;
    const lookups = lookupsOf(['p1', 'p2', 'p3', 'broken', 'huge'], id =>
      id === 'huge' ? MAX_ZIP_INPUT_BYTES + 1 : big,
    );
    const {saved, ports, reads} = zipPorts({p1: big, p2: big, p3: big});
    const out = runZipJob(ports, 'x', () => result(lookups), 'j', 'Z');
    expect(saved.map(s => [s.name, s.paths])).toEqual([
      ['Z_parte1.zip', ['FE1.pdf', 'FE2.pdf']],
      ['Z_parte2.zip', ['FE3.pdf']],
    ]);
    expect(reads).not.toContain('huge');
    expect(out.skipped).toEqual([
      {
        invoice: 'FE4',
        reason:
          'No se pudo leer "FE4.pdf" (no existe o no está compartido con su cuenta).',
      },
      {
        invoice: 'FE5',
        reason: '"FE5.pdf" pesa más de 45 MB; descárguelo desde su enlace.',
      },
    ]);
    expect(out.messages).toContain(
      'Los PDF pesan más de 45 MB en total: se guardaron en 2 archivos ZIP.',
    );
  });

  it('saves a part when the run time is spent and continues it in the next run', () => {
    const ids = Array.from({length: 300}, (_, i) => `p${i}`);
    // 1 s a PDF: about 240 PDFs fit in the 4-minute budget.
    const {saved, ports, reads, advance} = zipPorts({}, 1000);
    const first = runZipJob(
      ports,
      'req',
      () => result(lookupsOf(ids, () => 1000)),
      'j',
      'Z',
    );
    expect(first.state).toBe('paused');
    expect(first.filesDone).toBeGreaterThan(200);
    expect(first.filesDone).toBeLessThan(300);
    expect(saved.map(s => s.name)).toEqual(['Z_parte1.zip']);
    advance(ZIP_BUDGET_MS * 2); // the next execution
    const lookupAgain = jest.fn();
    const second = runZipJob(ports, 'req', lookupAgain, 'other', 'Other');
    expect(lookupAgain).not.toHaveBeenCalled();
    expect(second.state).toBe('done');
    expect(saved.map(s => s.name)).toEqual(['Z_parte1.zip', 'Z_parte2.zip']);
    const zipped = saved.flatMap(s => s.paths);
    expect(zipped.length).toBe(300);
    expect(new Set(zipped).size).toBe(300);
    expect(reads.length).toBe(300);
    expect(second.included.length).toBe(300);
  });
});

describe('resultRows', () => {
  it('keeps names as they are (the tab writer keeps them text: adapters/common/cells.ts)', () => {
    const found = lookupPdfs(
      findPorts(store(ENTRIES), ['root']),
      'FE30000\nFE1',
    );
    const rows = resultRows(found.results);
    expect(rows[0][0]).toBe('Factura');
    expect(rows[1][2]).toBe('=HYPERLINK("x") FE30000.pdf');
    expect(rows[2]).toEqual(['FE1', 'No encontrado', '', '', '', '', '']);
  });
});
