// Which playground view a Google link stands for: a tab of the emulated spreadsheet (…/edit#gid=n)
// or a file or folder of the emulated Drive; anything else is not the playground's.

/** Where a link leads inside the playground. */
export type LinkTarget =
  | {kind: 'sheet'; spreadsheetId: string; gid: number | null}
  | {kind: 'drive'; id: string};

const SPREADSHEET = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([\w-]+)/;
const DRIVE_PATHS = [
  /^https:\/\/drive\.google\.com\/file\/d\/([\w-]+)/,
  /^https:\/\/drive\.google\.com\/drive\/(?:u\/\d+\/)?folders\/([\w-]+)/,
  /^https:\/\/docs\.google\.com\/(?:document|presentation|forms)\/d\/([\w-]+)/,
];
const DRIVE_QUERY =
  /^https:\/\/drive\.google\.com\/(?:open|uc)\?(?:.*&)?id=([\w-]+)/;

/** The playground view of a link, or null when the link is not to Sheets or Drive. */
export function linkTarget(href: string): LinkTarget | null {
  const sheet = SPREADSHEET.exec(href);
  if (sheet) {
    const gid = /[#&?]gid=(\d+)/.exec(href);
    return {
      kind: 'sheet',
      spreadsheetId: sheet[1],
      gid: gid ? Number(gid[1]) : null,
    };
  }
  for (const re of DRIVE_PATHS) {
    const m = re.exec(href);
    if (m) return {kind: 'drive', id: m[1]};
  }
  const q = DRIVE_QUERY.exec(href);
  return q ? {kind: 'drive', id: q[1]} : null;
}
