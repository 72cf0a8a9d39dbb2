// Pins the Drive query language: tokenizer, parser, v2/v3 field rules, escapes, errors and the
// word-prefix `contains` that makes FE9133 match FE91330.pdf.
import {nameContains, words} from './query-eval';
import {
  MAX_PARENT_TERMS,
  parseQuery,
  parseRfc3339,
  QueryError,
  tokenize,
} from './query-parser';

describe('name contains: word-prefix after splitting at non-alphanumerics', () => {
  test.each([
    ['FE91330.pdf', 'FE9133', true], // the prefix trap
    ['dian_FE9133.pdf', 'FE9133', true],
    ['FE9133.pdf', 'fe9133', true], // case-insensitive
    ['Factura FE-10555 ACME.pdf', 'FE', true],
    ['Factura FE-10555 ACME.pdf', '10555', true],
    ['Factura FE-10555 ACME.pdf', 'FE-10555', true],
    ['XFE9133.pdf', 'FE9133', false], // not at a word start
    ['FE9133.pdf', '9133', false],
    ['HelloWorld.pdf', 'World', false], // the reference's own example
    ['HelloWorld.pdf', 'Hello', true],
    ['fv08001972680001900000011.xml', 'FE', false],
    ['Año 2025', 'año', true],
  ])('%s contains %s -> %s', (name, q, expected) => {
    expect(nameContains(name, q)).toBe(expected);
  });

  test('words split at every non-alphanumeric and keep accents', () => {
    expect(words('dian_FE9133.pdf')).toEqual(['dian', 'fe9133', 'pdf']);
    expect(words('09. Septiembre')).toEqual(['09', 'septiembre']);
    expect(words('Año 2025')).toEqual(['año', '2025']);
  });

  test('multi-word values match consecutive words, the last as a prefix', () => {
    expect(nameContains('Factura FE-10555 ACME.pdf', 'factura fe')).toBe(true);
    expect(nameContains('Factura FE-10555 ACME.pdf', 'factura acme')).toBe(
      false,
    );
  });
});

describe('tokenizer', () => {
  test('quoted strings take \\\' \\" and \\\\ escapes, either quote', () => {
    const toks = tokenize(
      String.raw`name = 'Valentine\'s Day' or name = "a\"b\\c"`,
    );
    const strings = toks
      .filter(t => t.t === 'str')
      .map(t => (t as {v: string}).v);
    expect(strings).toEqual(["Valentine's Day", 'a"b\\c']);
  });

  test('unterminated string is an error', () => {
    expect(() => tokenize("name = 'abc")).toThrow(QueryError);
  });

  test('operators', () => {
    const ops = tokenize(
      "a != 'x' and b <= 'y' and c >= 'z' and d < 'w' and e > 'v'",
    )
      .filter(t => t.t === 'op')
      .map(t => (t as {v: string}).v);
    expect(ops).toEqual(['!=', '<=', '>=', '<', '>']);
  });
});

describe('parser (v3)', () => {
  test('precedence: and binds tighter than or; not; parentheses', () => {
    const ast = parseQuery(
      "name contains 'a' or name contains 'b' and not trashed = true",
      'v3',
    );
    expect(ast).toEqual({
      type: 'or',
      children: [
        {
          type: 'compare',
          field: 'name',
          op: 'contains',
          value: {kind: 'string', value: 'a'},
        },
        {
          type: 'and',
          children: [
            {
              type: 'compare',
              field: 'name',
              op: 'contains',
              value: {kind: 'string', value: 'b'},
            },
            {
              type: 'not',
              child: {
                type: 'compare',
                field: 'trashed',
                op: '=',
                value: {kind: 'boolean', value: true},
              },
            },
          ],
        },
      ],
    });
    const grouped = parseQuery(
      "('p1' in parents or 'p2' in parents) and trashed = false",
      'v3',
    );
    expect(grouped.type).toBe('and');
  });

  test('modifiedTime takes RFC 3339, UTC by default', () => {
    const ast = parseQuery("modifiedTime > '2025-09-01T12:00:00'", 'v3');
    expect(ast).toMatchObject({
      field: 'modifiedTime',
      op: '>',
      time: Date.UTC(2025, 8, 1, 12),
    });
    expect(parseRfc3339('2025-09-01T07:00:00-05:00')).toBe(
      Date.UTC(2025, 8, 1, 12),
    );
    expect(parseRfc3339('2025-09-01')).toBe(Date.UTC(2025, 8, 1));
    expect(parseRfc3339('01/09/2025')).toBeNull();
  });

  test.each([
    ["title contains 'x'", 'v2 field in v3'],
    ["name has 'x'", 'bad operator'],
    ['name contains x', 'unquoted value'],
    ["trashed = 'false'", 'boolean must be bare'],
    ["modifiedTime > 'yesterday'", 'not a date'],
    ["name < 'x'", 'operator not valid for name'],
    ["fullText = 'x'", 'fullText only contains'],
    ["'x' in name", 'in needs a collection'],
    ["name contains 'a' and", 'dangling and'],
    ["(name contains 'a'", 'unbalanced parenthesis'],
    ["name contains 'a')", 'stray parenthesis'],
    ['', 'empty'],
    ["name contains 'a' name contains 'b'", 'missing conjunction'],
    ["parents in 'x'", 'reversed in'],
  ])('%s is rejected (%s)', q => {
    expect(() => parseQuery(q, 'v3')).toThrow(QueryError);
  });

  test(`more than ${MAX_PARENT_TERMS} parents is "too complex"; ${MAX_PARENT_TERMS} is fine`, () => {
    const ors = (n: number) =>
      Array.from({length: n}, (_, i) => `'id${i}' in parents`).join(' or ');
    expect(() =>
      parseQuery(`(${ors(MAX_PARENT_TERMS)}) and trashed = false`, 'v3'),
    ).not.toThrow();
    try {
      parseQuery(ors(MAX_PARENT_TERMS + 1), 'v3');
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(QueryError);
      expect((e as QueryError).tooComplex).toBe(true);
    }
  });
});

describe('parser (v2, DriveApp)', () => {
  test('title and modifiedDate map to name and modifiedTime', () => {
    expect(parseQuery("title contains 'FE1'", 'v2')).toMatchObject({
      field: 'name',
      op: 'contains',
    });
    expect(parseQuery('modifiedDate > "2025-01-01"', 'v2')).toMatchObject({
      field: 'modifiedTime',
      time: Date.UTC(2025, 0, 1),
    });
  });

  test('v3 names are errors in v2', () => {
    expect(() => parseQuery("name contains 'x'", 'v2')).toThrow(QueryError);
    expect(() => parseQuery("modifiedTime > '2025-01-01'", 'v2')).toThrow(
      QueryError,
    );
  });
});
