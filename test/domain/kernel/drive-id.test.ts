// Drive ids from pasted URLs and bare ids.
import {parseDriveId} from '../../../src/domain/kernel/drive-id';

const ID = '1a2B3c4D5e6F7g8H9i0J_kL-mN';

describe('parseDriveId', () => {
  it.each([
    ID,
    ` ${ID} `,
    `https://drive.google.com/drive/folders/${ID}`,
    `https://drive.google.com/drive/u/1/folders/${ID}?usp=drive_link`,
    `https://drive.google.com/file/d/${ID}/view?usp=sharing`,
    `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
    `https://drive.google.com/open?id=${ID}`,
  ])('reads the id from %s', text => {
    expect(parseDriveId(text)).toBe(ID);
  });

  it.each(['', 'mi carpeta', 'https://example.com/', 'abc'])(
    'finds no id in "%s"',
    text => expect(parseDriveId(text)).toBeNull(),
  );
});
