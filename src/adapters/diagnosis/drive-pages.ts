// Probe: files.list pages with `parents` in fields hold about 460 items, whatever pageSize asks for.
import {requireDrive} from '../common/advanced-services';
import type {Probe} from './probe';

const PAGE_CAP = 460;
const MAX_PAGES = 3;

export const drivePagesProbe: Probe = {
  id: 'drive-page-size',
  assumption:
    'Drive files.list con parents en fields entrega páginas de a lo sumo 460 archivos',
  emulatorRule: `páginas de a lo sumo ${PAGE_CAP} con pageSize 1000`,
  run() {
    const sizes: number[] = [];
    let pageToken: string | undefined;
    do {
      const page = requireDrive().Files!.list({
        q: "mimeType = 'application/pdf' and trashed = false",
        pageSize: 1000,
        fields: 'nextPageToken, files(id, name, parents)',
        supportsAllDrives: true,
        includeItemsFromAllDrives: true,
        ...(pageToken ? {pageToken} : {}),
      });
      sizes.push(page.files?.length ?? 0);
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken && sizes.length < MAX_PAGES);
    const observed = `páginas de ${sizes.join(', ')} archivos`;
    const full = sizes.length > 1 || sizes[0] > PAGE_CAP;
    if (!full)
      return {
        observed,
        agrees: null,
        why: `hacen falta más de ${PAGE_CAP} PDF visibles para comprobarlo`,
      };
    return {observed, agrees: Math.max(...sizes) <= PAGE_CAP};
  },
};
