// JSON for cells and for google.script.run results, across the node:vm realm boundary.
import vm from 'node:vm';
import {
  cellToJson,
  gridToJson,
  NotTransportable,
  toTransportable,
} from '../../dev/json-values';

describe('json values', () => {
  const realm = vm.runInNewContext(
    '({date: new Date(Date.UTC(2025, 8, 15, 5)), obj: {a: [1, "x", null, undefined]}, Klass: class K {}})',
  ) as {
    date: Date;
    obj: unknown;
    Klass: new () => unknown;
  };

  it('turns cells into JSON: dates of any realm as ISO, blanks as ""', () => {
    expect(
      gridToJson([[realm.date, null, undefined, 3, true, 'x', NaN]]),
    ).toEqual([['2025-09-15T05:00:00.000Z', '', '', 3, true, 'x', '#NUM!']]);
    expect(cellToJson(new Date(NaN))).toBe('');
  });

  it('lets plain data of another realm cross, undefined -> null', () => {
    expect(toTransportable(realm.obj)).toEqual({a: [1, 'x', null, null]});
    expect(toTransportable(undefined)).toBeNull();
  });

  it('refuses what google.script.run cannot carry, naming where it is', () => {
    expect(() => toTransportable({rows: [{d: realm.date}]})).toThrow(
      new NotTransportable('result.rows[0].d', 'un Date'),
    );
    expect(() => toTransportable({f: () => 1})).toThrow(
      /result.f es una función/,
    );
    expect(() => toTransportable([new realm.Klass()])).toThrow(
      /result\[0\] es un objeto que no es simple/,
    );
  });
});
