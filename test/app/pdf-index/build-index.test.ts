// Tests of the PDF index build and refresh against an in-memory Drive: call budgets, resuming
// after the time budget or a failure, and incremental refresh equal to a rebuild.
import {
  PARENTS_PER_QUERY,
  PdfIndexError,
  WORK_BUDGET_MS,
} from '../../../src/app/pdf-index/build-index';
import {refreshPdfIndexJob} from '../../../src/app/pdf-index/refresh-index';
import type {IndexedPdf} from '../../../src/app/pdf-index/ports';
import {FakeDrive, FOLDER, bigTree, ports} from './fakes';

function sorted(entries: IndexedPdf[]): string[] {
  return entries
    .map(e => `${e.key}|${e.fileId}|${e.folderPath}|${e.name}`)
    .sort();
}

/** Runs refresh until done (each call is a new run), returning how many runs it took. */
function runToEnd(p: ReturnType<typeof ports>, roots: string[]): number {
  for (let run = 1; run <= 50; run++) {
    const status = refreshPdfIndexJob(p, roots, {}, `job${run}`);
    if (status.state === 'done') return run;
    expect(status.state).toBe('paused');
  }
  throw new Error('never finished');
}

describe('full build', () => {
  it('indexes 50,000 PDFs in ~1,000 folders in at most 120 Drive calls, in one run', () => {
    const drive = new FakeDrive({t: 0});
    const {root} = bigTree(drive, 50000);
    const p = ports(drive);
    const status = refreshPdfIndexJob(p, [root], {}, 'job1');
    expect(status.state).toBe('done');
    expect(drive.calls.length).toBeLessThanOrEqual(120);
    expect(Math.max(...drive.queries.map(q => q.length))).toBeLessThanOrEqual(
      PARENTS_PER_QUERY,
    );
    const index = p.index.stored!;
    expect(index.folders.length).toBe(1013);
    expect(index.entries.length).toBe(50000);
    expect(new Set(index.entries.map(e => e.fileId)).size).toBe(50000);
    expect(index.meta.pdfCount).toBe(50000);
    const fe7 = index.entries.find(e => e.key === 'FE7')!;
    expect(fe7.folderPath).toMatch(
      /^Facturacion\/Año 20\d\d\/\d\d\. \w+\/Facturacion Finkargo\/Cliente \d$/,
    );
    expect(p.index.writes).toBe(1);
    expect(p.build.savedCursor).toBeNull();
    expect(status.message).toContain('50.000 PDF');
  });

  it('stops before the time budget, saves its cursor and resumes to the same index', () => {
    const oneShot = new FakeDrive({t: 0});
    const {root} = bigTree(oneShot, 20000);
    const p1 = ports(oneShot);
    refreshPdfIndexJob(p1, [root], {}, 'job');

    const slow = new FakeDrive({t: 0}, 15000);
    bigTree(slow, 20000);
    const p2 = ports(slow);
    const runTimes: number[] = [];
    let runs = 0;
    for (let status = null; status?.state !== 'done'; runs++) {
      const t0 = slow.clock.t;
      status = refreshPdfIndexJob(p2, [root], {}, `job${runs}`);
      runTimes.push(slow.clock.t - t0);
      if (status.state !== 'done')
        expect(status.message).toContain('Pausa para no pasar el límite');
    }
    expect(runs).toBeGreaterThanOrEqual(2);
    // Each run stops once past its budget: at most one call (15 s) beyond it.
    for (const ms of runTimes)
      expect(ms).toBeLessThanOrEqual(WORK_BUDGET_MS + 15000);
    expect(sorted(p2.index.stored!.entries)).toEqual(
      sorted(p1.index.stored!.entries),
    );
    // No page listed twice: the resumed build makes the same calls as the one-shot build.
    expect(slow.calls.filter(c => c === 'list').length).toBe(
      oneShot.calls.filter(c => c === 'list').length,
    );
  });

  it('pauses on a Drive failure and resumes with no duplicate or lost entry', () => {
    const drive = new FakeDrive({t: 0});
    const {root} = bigTree(drive, 5000);
    const err = Object.assign(new Error('User Rate Limit Exceeded'), {
      code: 429,
    });
    drive.failAt.set(9, err);
    const p = ports(drive);
    const first = refreshPdfIndexJob(p, [root], {}, 'job1');
    expect(first.state).toBe('paused');
    expect(first.message).toContain(
      'Drive no respondió (User Rate Limit Exceeded)',
    );
    expect(runToEnd(p, [root])).toBe(1);
    const entries = p.index.stored!.entries;
    expect(entries.length).toBe(5000);
    expect(new Set(entries.map(e => e.fileId)).size).toBe(5000);
  });

  it('a run killed between checkpoints loses only work after the last checkpoint', () => {
    const drive = new FakeDrive({t: 0});
    const {root} = bigTree(drive, 30000);
    const p = ports(drive);
    // The platform kills the run: the status write after the 25th page throws and nothing catches it.
    let puts = 0;
    const put = p.jobs.put.bind(p.jobs);
    p.jobs.put = s => {
      if (++puts === 25) throw new Error('Exceeded maximum execution time');
      put(s);
    };
    expect(() => refreshPdfIndexJob(p, [root], {}, 'job1')).toThrow(
      'Exceeded maximum execution time',
    );
    expect(p.build.savedCursor).not.toBeNull();
    expect(runToEnd(p, [root])).toBe(1);
    const entries = p.index.stored!.entries;
    expect(entries.length).toBe(30000);
    expect(new Set(entries.map(e => `${e.key}|${e.fileId}`)).size).toBe(30000);
  });

  it('counts a file with two parents and a folder reached twice once', () => {
    const drive = new FakeDrive({t: 0});
    drive.add({id: 'rootA00000', name: 'A', mimeType: FOLDER});
    drive.add({id: 'rootB00000', name: 'B', mimeType: FOLDER});
    drive.add({
      id: 'sub',
      name: 'Año 2025',
      mimeType: FOLDER,
      parents: ['rootA00000', 'rootB00000'],
    });
    drive.add({id: 'f1', name: 'FE1.pdf', parents: ['sub', 'rootA00000']});
    const p = ports(drive);
    expect(
      refreshPdfIndexJob(p, ['rootA00000', 'rootB00000'], {}, 'j').state,
    ).toBe('done');
    expect(p.index.stored!.entries.map(e => e.fileId)).toEqual(['f1']);
    expect(p.index.stored!.folders.map(f => f.id)).toEqual([
      'rootA00000',
      'rootB00000',
      'sub',
    ]);
  });
});

describe('bad roots', () => {
  it('names a root that does not exist or is not shared, in Spanish', () => {
    const drive = new FakeDrive({t: 0});
    const p = ports(drive);
    expect(() => refreshPdfIndexJob(p, ['1AbCdEfGhIjK'], {}, 'j')).toThrow(
      PdfIndexError,
    );
    expect(() => refreshPdfIndexJob(p, ['1AbCdEfGhIjK'], {}, 'j')).toThrow(
      'La carpeta de PDF con id "1AbCdEfGhIjK" no existe o no está compartida con su cuenta',
    );
  });

  it('refuses a file id and a trashed folder, and asks for roots when there are none', () => {
    const drive = new FakeDrive({t: 0});
    drive.add({id: 'file000000', name: 'FE1.pdf'});
    drive.add({
      id: 'trash00000',
      name: 'Vieja',
      mimeType: FOLDER,
      trashed: true,
    });
    const p = ports(drive);
    expect(() => refreshPdfIndexJob(p, ['file000000'], {}, 'j')).toThrow(
      'no una carpeta',
    );
    expect(() => refreshPdfIndexJob(p, ['trash00000'], {}, 'j')).toThrow(
      'está en la papelera',
    );
    expect(() => refreshPdfIndexJob(p, [], {}, 'j')).toThrow(
      'No hay carpetas de PDF configuradas',
    );
  });

  it('builds an empty folder with a warning', () => {
    const drive = new FakeDrive({t: 0});
    drive.add({id: 'empty00000', name: 'Vacía', mimeType: FOLDER});
    const p = ports(drive);
    const status = refreshPdfIndexJob(p, ['empty00000'], {}, 'j');
    expect(status.state).toBe('done');
    expect(status.warnings).toEqual([
      'Las carpetas configuradas no contienen ningún PDF.',
    ]);
  });
});

describe('refresh', () => {
  function built(pdfs = 2000) {
    const drive = new FakeDrive({t: 0});
    const tree = bigTree(drive, pdfs);
    const p = ports(drive);
    refreshPdfIndexJob(p, [tree.root], {}, 'build');
    return {drive, p, ...tree};
  }

  it('makes one Drive call and no index write when nothing changed', () => {
    const {drive, p, root} = built();
    const before = drive.calls.length;
    const reads = p.index.reads;
    const status = refreshPdfIndexJob(p, [root], {}, 'r1');
    expect(drive.calls.length - before).toBe(1);
    expect(p.index.writes).toBe(1);
    // Only the metadata was read: the 50,000-row sheet is not loaded when nothing changed.
    expect(p.index.reads).toBe(reads);
    expect(status.message).toBe(
      'El índice de PDF está al día: no hubo cambios en Drive.',
    );
  });

  it('applies adds, renames, trash, new folders, folder renames and moves like a rebuild would', () => {
    const {drive, p, root, leaves} = built();
    drive.add(
      {id: 'new1', name: 'dian_FE900001.pdf', parents: [leaves[0]]},
      true,
    );
    drive.change('pdf000010', {name: 'FE10 corregida.pdf'});
    drive.change('pdf000011', {name: 'sin numero.pdf'});
    drive.change('pdf000012', {trashed: true});
    drive.remove('pdf000013');
    drive.add(
      {id: 'nf', name: 'Extra', mimeType: FOLDER, parents: [leaves[1]]},
      true,
    );
    drive.add(
      {id: 'nf2', name: 'Más', mimeType: FOLDER, parents: ['nf']},
      true,
    );
    drive.add({id: 'new2', name: 'FE900002.pdf', parents: ['nf2']}, true);
    drive.change('y2024', {name: 'Año 2024 (cerrado)'});
    drive.change(leaves[5], {parents: ['elsewhere']});
    drive.add(
      {id: 'other', name: 'FE900003.pdf', parents: ['elsewhere']},
      true,
    );
    const before = drive.calls.length;
    const status = refreshPdfIndexJob(p, [root], {}, 'r1');
    expect(status.state).toBe('done');
    expect(drive.calls.length - before).toBeLessThanOrEqual(3);

    const oracle = ports(drive);
    refreshPdfIndexJob(oracle, [root], {full: true}, 'full');
    expect(sorted(p.index.stored!.entries)).toEqual(
      sorted(oracle.index.stored!.entries),
    );
    const keys = new Set(p.index.stored!.entries.map(e => e.key));
    expect(keys.has('FE900001')).toBe(true);
    expect(keys.has('FE900002')).toBe(true);
    expect(keys.has('FE900003')).toBe(false);
    expect(keys.has('FE12')).toBe(false);
  });

  it('rebuilds when the roots in settings change', () => {
    const {drive, p, leaves} = built(500);
    const status = refreshPdfIndexJob(p, [leaves[0]], {}, 'r1');
    expect(status.state).toBe('done');
    expect(p.index.stored!.meta.roots).toEqual([leaves[0]]);
    expect(p.index.stored!.folders.length).toBe(1);
    expect(drive.calls.length).toBeGreaterThan(0);
  });

  it('restart drops an unfinished build and builds from scratch', () => {
    const drive = new FakeDrive({t: 0}, 15000);
    const {root} = bigTree(drive, 3000);
    const p = ports(drive);
    expect(refreshPdfIndexJob(p, [root], {}, 'first').state).toBe('paused');
    const status = refreshPdfIndexJob(p, [root], {restart: true}, 'second');
    expect(status.jobId).toBe('second');
    expect(status.foldersListed).toBeLessThan(1013);
    expect(runToEnd(p, [root])).toBeGreaterThan(0);
    expect(p.index.stored!.entries.length).toBe(3000);
  });
});
