// `npm start -- --drive DIR`: a local folder of PDFs mirrored into the emulated Drive and saved as
// the add-on's PDF root (through its own saveSettings), beside the demo Master.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startPlayground, type Playground} from '../../dev/playground';
import {loadPdfTemplate} from '../fixtures/pdf';
import {client} from './http-client';

let pg: Playground;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-pdfs-'));
  const pdf = await loadPdfTemplate();
  mkdirSync(join(dir, '2025', '09. Septiembre'), {recursive: true});
  writeFileSync(
    join(dir, '2025', '09. Septiembre', 'FE10555.pdf'),
    pdf.bytesFor('FE10555'),
  );
  writeFileSync(join(dir, '2025', 'dian_FE10556.pdf'), pdf.bytesFor('FE10556'));
  pg = await startPlayground({port: 0, open: false, drive: dir, seed: 3});
});

afterAll(() => pg?.close());

it('mirrors the folder into Drive and makes it the PDF root of the add-on', async () => {
  const api = client(pg.port);
  expect(pg.session.world.description).toMatch(
    /Master de demostración \(semilla 3.*2 archivos en 3 carpetas/,
  );
  const settings = (
    await api.post('/api/run', {function: 'getSettings', args: []})
  ).json<{
    ok: boolean;
    result: {pdfRootFolders: string[]};
  }>();
  expect(settings.ok).toBe(true);
  expect(settings.result.pdfRootFolders).toHaveLength(1);
  const calls = (await api.get('/api/calls')).json<{
    byMethod: Record<string, number>;
  }>();
  // saveSettings checked that the folder exists and opens, through the Drive emulator.
  expect(Object.keys(calls.byMethod).some(k => k.startsWith('Drive'))).toBe(
    true,
  );
});

it('explains a folder it cannot mirror', async () => {
  await expect(
    startPlayground({port: 0, open: false, drive: join(dir, 'no-existe')}),
  ).rejects.toThrow(/No se encontró la carpeta local/);
});
