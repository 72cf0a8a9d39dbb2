import {planReportTab} from '../../../src/domain/report/tabs';

const DATE = '2025-10-01 08:00';

describe('planReportTab', () => {
  it('creates the tab under its title when nothing is there', () => {
    expect(planReportTab('resumen', 'Resumen', [], 'replace', DATE)).toEqual({
      name: 'Resumen',
      reuse: false,
      archive: undefined,
      notices: [],
    });
  });

  it("replaces the add-on's own tab", () => {
    const plan = planReportTab(
      'resumen',
      'Resumen',
      [{name: 'Resumen', reportId: 'resumen'}],
      'replace',
      DATE,
    );
    expect(plan).toMatchObject({name: 'Resumen', reuse: true, notices: []});
  });

  it('never writes into a user tab with the same name (any case) and says where it wrote', () => {
    const plan = planReportTab(
      'resumen',
      'Resumen',
      [{name: 'RESUMEN', reportId: null}],
      'replace',
      DATE,
    );
    expect(plan.name).toBe('Resumen (Facturación)');
    expect(plan.reuse).toBe(false);
    expect(plan.notices[0]).toContain('«Resumen» que no creó el complemento');
    expect(plan.notices[0]).toContain('«Resumen (Facturación)»');
  });

  it('keeps writing into its alternate tab on later runs', () => {
    const plan = planReportTab(
      'resumen',
      'Resumen',
      [
        {name: 'Resumen', reportId: null},
        {name: 'Resumen (Facturación)', reportId: 'resumen'},
      ],
      'replace',
      DATE,
    );
    expect(plan).toMatchObject({name: 'Resumen (Facturación)', reuse: true});
  });

  it('keeps the old tab dated when asked', () => {
    const plan = planReportTab(
      'resumen',
      'Resumen',
      [{name: 'Resumen', reportId: 'resumen'}],
      'keep-dated',
      DATE,
    );
    expect(plan).toMatchObject({
      name: 'Resumen',
      reuse: false,
      archive: {from: 'Resumen', to: 'Resumen 2025-10-01 08:00'},
    });
  });

  it('names the kept copy with the date it was generated, when the tab says', () => {
    const plan = planReportTab(
      'resumen',
      'Resumen',
      [{name: 'Resumen', reportId: 'resumen', generated: '2025-09-01 07:12'}],
      'keep-dated',
      DATE,
    );
    expect(plan.archive).toEqual({
      from: 'Resumen',
      to: 'Resumen 2025-09-01 07:12',
    });
  });

  it('numbers a dated name that is already taken', () => {
    const plan = planReportTab(
      'resumen',
      'Resumen',
      [
        {name: 'Resumen', reportId: 'resumen'},
        {name: 'Resumen 2025-10-01 08:00', reportId: null},
      ],
      'keep-dated',
      DATE,
    );
    expect(plan.archive?.to).toBe('Resumen 2025-10-01 08:00 2');
  });
});
