// Tests for the kept review state: encoding, fingerprint checks and the backup's name.
import {
  backupName,
  decodeReviewRows,
  encodeReviewRows,
  fingerprintOf,
  type ReviewState,
} from '../../../src/domain/consolidation/review';

const rows = {
  costosFijos: [
    {number: 'FE1', neto: 10},
    {number: 'FE2', neto: null},
  ],
  mandato: [{number: 'ITPA1'}],
};

function kept(): {state: ReviewState; cells: string[][]} {
  const cells = encodeReviewRows('rev-1', rows);
  return {
    state: {
      reviewId: 'rev-1',
      createdAt: '',
      counts: {costosFijos: 2, mandato: 1},
      fingerprint: fingerprintOf(cells),
    },
    cells,
  };
}

describe('review state', () => {
  it('decodes exactly what was encoded (trailing blank rows ignored)', () => {
    const {state, cells} = kept();
    expect(decodeReviewRows(state, [...cells, ['', '', '']])).toEqual(rows);
  });

  it('refuses edited, missing or foreign rows', () => {
    const {state, cells} = kept();
    const edited = cells.map(r => [...r]);
    edited[0][2] = edited[0][2].replace('10', '11');
    expect(() => decodeReviewRows(state, edited)).toThrow(/cambiaron/);
    expect(() => decodeReviewRows(state, cells.slice(1))).toThrow(/cambiaron/);
    const foreign = encodeReviewRows('rev-2', rows);
    expect(() =>
      decodeReviewRows(
        {...state, fingerprint: fingerprintOf(foreign)},
        foreign,
      ),
    ).toThrow(/cambiaron/);
  });

  it('names the backup in Bogotá time', () => {
    expect(backupName('Master', Date.UTC(2025, 9, 1, 4, 5, 6))).toBe(
      'BACKUP_Master_20250930_230506',
    );
  });
});
