// How many items one Files.list page holds: Drive's pages need not be full (partial or empty pages
// that still carry a nextPageToken), and pages asking for `parents` stop at about 460 items.
import type {FieldMask} from './fields';

/**
 * files.list reference (developers.google.com/drive/api/reference/rest/v3/files/list, pageSize):
 * "Partial or empty result pages are possible even before the end of the files list has been
 * reached." The emulator serves such pages only when told (`shortPages`), seeded so a test is
 * repeatable.
 */
export interface ShortPages {
  /** Seed of the page-size draws (same seed, same pages). */
  seed: number;
  /** Share of pages returned empty, with a nextPageToken (0-1). */
  empty: number;
  /** Share of pages returned partial: 1 to pageSize - 1 items, with a nextPageToken (0-1). */
  partial: number;
}

/**
 * With `parents` in `fields`, Drive returns at most 460 items a page whatever pageSize says:
 * googleapis/google-api-dotnet-client#808 ("When I add parents to my request then I get max 460
 * file regardless pageSize setting") and prasmussen/gdrive#38. Not documented, so an assumption
 * (the stricter behaviour), on by default.
 */
export const PARENTS_FIELD_PAGE_CAP = 460;

export interface DrivePaging {
  /** Items a page may hold when the mask asks for parents (null: no cap). */
  parentsFieldCap: number | null;
  /** Seeded partial/empty pages (null: every page is full, the default). */
  shortPages: ShortPages | null;
}

/** What one page takes from the remaining results, and whether a token follows anyway. */
export interface PagePlan {
  take: number;
  /** True when the page ends the results but still carries a token (its next page is empty). */
  trailingToken: boolean;
}

/** Plans Files.list pages: the store's paging rules plus a seeded generator for short pages. */
export class PagePlanner {
  paging: DrivePaging = {
    parentsFieldCap: PARENTS_FIELD_PAGE_CAP,
    shortPages: null,
  };
  private seededWith: ShortPages | null = null;
  private state = 0;

  /** Items for the next page of `remaining` results, asked for `pageSize` with `mask`. */
  plan(pageSize: number, remaining: number, mask: FieldMask): PagePlan {
    const cap = this.paging.parentsFieldCap;
    let size =
      cap !== null && asksParents(mask) ? Math.min(pageSize, cap) : pageSize;
    const short = this.paging.shortPages;
    if (!short) return {take: Math.min(size, remaining), trailingToken: false};
    const draw = this.next(short);
    if (draw < short.empty)
      return {take: 0, trailingToken: remaining === 0 ? false : true};
    if (draw < short.empty + short.partial && size > 1)
      size = 1 + Math.floor(this.next(short) * (size - 1));
    const take = Math.min(size, remaining);
    // A page that happens to end the list may still carry a token (the next page is then empty).
    const trailingToken =
      take === remaining && take > 0 && this.next(short) < short.empty;
    return {take, trailingToken};
  }

  /** mulberry32, restarted whenever a new ShortPages object is set. */
  private next(short: ShortPages): number {
    if (this.seededWith !== short) {
      this.seededWith = short;
      this.state = short.seed >>> 0;
    }
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** True when the mask returns files' parents: `files(parents)`, `files`, `files(*)` or `*`. */
export function asksParents(mask: FieldMask): boolean {
  if (mask.get('*') === true) return true;
  const files = mask.get('files');
  if (files === undefined) return false;
  return files === true || files.has('*') || files.has('parents');
}
