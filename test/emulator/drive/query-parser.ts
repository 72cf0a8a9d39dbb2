// Drive search queries (q): a tokenizer and a recursive-descent parser into an AST, with the
// per-field operator rules of Drive API v3 (Drive.Files.list) and v2 (DriveApp.searchFiles).
// Reference: developers.google.com/workspace/drive/api/guides/ref-search-terms (v3) and
// developers.google.com/drive/api/v2/ref-search-terms (v2).

/** v3 for the Drive advanced service, v2 for DriveApp.searchFiles/searchFolders. */
export type Dialect = 'v2' | 'v3';

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'contains';

/** Value of a term: quoted string, bare boolean, or a date parsed from a string. */
export type Literal =
  {kind: 'string'; value: string} | {kind: 'boolean'; value: boolean};

/** The AST of a query. Field names are normalised to v3 (title -> name, modifiedDate -> modifiedTime). */
export type QueryNode =
  | {type: 'and' | 'or'; children: QueryNode[]}
  | {type: 'not'; child: QueryNode}
  | {
      type: 'compare';
      field: string;
      op: CompareOp;
      value: Literal;
      time?: number;
    }
  | {type: 'in'; field: string; value: string};

/** A query the platform rejects: `reason` says why (for tests); the services map it to their message. */
export class QueryError extends Error {
  constructor(
    readonly reason: string,
    readonly tooComplex = false,
  ) {
    super(reason);
  }
}

/**
 * Complexity limits. Google publishes none, but answers "The query is too complex" to long
 * queries (docs/platform.md). rclone's Drive backend ORs at most 50 parent ids per query
 * (backend/drive/drive.go: `listRGrouping = 50`), a size proven to work in the field, so the
 * emulator accepts up to 50 `in parents` terms and 100 terms in all and rejects more: code that
 * passes here stays inside the range known to work on Google's servers.
 */
export const MAX_PARENT_TERMS = 50;
export const MAX_TERMS = 100;

type Token =
  | {t: 'str'; v: string; at: number}
  | {t: 'word'; v: string; at: number}
  | {t: 'op'; v: string; at: number}
  | {t: '('; at: number}
  | {t: ')'; at: number};

/** Splits a query into tokens; strings take ' or " with \' \" and \\ escapes. */
export function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({t: c, at: i});
      i++;
    } else if (c === "'" || c === '"') {
      const start = i++;
      let v = '';
      let closed = false;
      while (i < q.length) {
        const d = q[i];
        if (d === '\\') {
          const e = q[i + 1];
          if (e === undefined) break;
          v += e;
          i += 2;
        } else if (d === c) {
          closed = true;
          i++;
          break;
        } else {
          v += d;
          i++;
        }
      }
      if (!closed) throw new QueryError(`unterminated string at ${start}`);
      out.push({t: 'str', v, at: start});
    } else if ('=!<>'.includes(c)) {
      const two = q.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        out.push({t: 'op', v: two, at: i});
        i += 2;
      } else if (c === '!') {
        throw new QueryError(`unexpected '!' at ${i}`);
      } else {
        out.push({t: 'op', v: c, at: i});
        i++;
      }
    } else if (/[A-Za-z0-9_.]/.test(c)) {
      const start = i;
      while (i < q.length && /[A-Za-z0-9_.]/.test(q[i])) i++;
      out.push({t: 'word', v: q.slice(start, i), at: start});
    } else {
      throw new QueryError(`unexpected character '${c}' at ${i}`);
    }
  }
  return out;
}

interface FieldRule {
  /** Name in the v3 AST. */
  canonical: string;
  ops: ReadonlyArray<CompareOp | 'in'>;
  type: 'string' | 'boolean' | 'time' | 'collection';
}

const STRING_OPS: CompareOp[] = ['contains', '=', '!='];
const TIME_OPS: CompareOp[] = ['<=', '<', '=', '!=', '>', '>='];
const BOOL_OPS: CompareOp[] = ['=', '!='];

const V3_FIELDS: Record<string, FieldRule> = {
  name: {canonical: 'name', ops: STRING_OPS, type: 'string'},
  fullText: {canonical: 'fullText', ops: ['contains'], type: 'string'},
  mimeType: {canonical: 'mimeType', ops: STRING_OPS, type: 'string'},
  modifiedTime: {canonical: 'modifiedTime', ops: TIME_OPS, type: 'time'},
  createdTime: {canonical: 'createdTime', ops: TIME_OPS, type: 'time'},
  viewedByMeTime: {canonical: 'viewedByMeTime', ops: TIME_OPS, type: 'time'},
  trashed: {canonical: 'trashed', ops: BOOL_OPS, type: 'boolean'},
  starred: {canonical: 'starred', ops: BOOL_OPS, type: 'boolean'},
  sharedWithMe: {canonical: 'sharedWithMe', ops: BOOL_OPS, type: 'boolean'},
  parents: {canonical: 'parents', ops: ['in'], type: 'collection'},
  owners: {canonical: 'owners', ops: ['in'], type: 'collection'},
  writers: {canonical: 'writers', ops: ['in'], type: 'collection'},
  readers: {canonical: 'readers', ops: ['in'], type: 'collection'},
};

const V2_FIELDS: Record<string, FieldRule> = {
  title: {canonical: 'name', ops: STRING_OPS, type: 'string'},
  fullText: V3_FIELDS.fullText,
  mimeType: V3_FIELDS.mimeType,
  modifiedDate: {canonical: 'modifiedTime', ops: TIME_OPS, type: 'time'},
  createdDate: {canonical: 'createdTime', ops: TIME_OPS, type: 'time'},
  lastViewedByMeDate: {
    canonical: 'viewedByMeTime',
    ops: TIME_OPS,
    type: 'time',
  },
  trashed: V3_FIELDS.trashed,
  starred: V3_FIELDS.starred,
  sharedWithMe: V3_FIELDS.sharedWithMe,
  parents: V3_FIELDS.parents,
  owners: V3_FIELDS.owners,
  writers: V3_FIELDS.writers,
  readers: V3_FIELDS.readers,
};

const KEYWORDS = new Set(['and', 'or', 'not', 'contains', 'in', 'has']);

/**
 * RFC 3339 as Drive accepts it: date, or date-time with optional seconds, fraction and zone;
 * UTC when no zone is given. Returns ms since the epoch or null.
 */
export function parseRfc3339(s: string): number | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(
      s,
    );
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone = 'Z'] = m;
  if (
    +mo < 1 ||
    +mo > 12 ||
    +d < 1 ||
    +d > 31 ||
    +h > 23 ||
    +mi > 59 ||
    +sec > 60
  ) {
    return null;
  }
  let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +sec);
  if (frac) ms += Math.round(parseFloat(frac) * 1000);
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    ms -= sign * (+zone.slice(1, 3) * 60 + +zone.slice(4, 6)) * 60000;
  }
  return ms;
}

/** Parses a query into an AST, validating fields, operators and values for the dialect. */
export function parseQuery(q: string, dialect: Dialect): QueryNode {
  const tokens = tokenize(q);
  if (tokens.length === 0) throw new QueryError('empty query');
  const fields = dialect === 'v3' ? V3_FIELDS : V2_FIELDS;
  let pos = 0;
  let terms = 0;
  let parentTerms = 0;

  const peek = (): Token | undefined => tokens[pos];
  const isWord = (tok: Token | undefined, w: string): boolean =>
    tok?.t === 'word' && tok.v.toLowerCase() === w;
  const describe = (tok: Token | undefined): string =>
    !tok
      ? 'end of query'
      : tok.t === '(' || tok.t === ')'
        ? `'${tok.t}' at ${tok.at}`
        : `'${tok.v}' at ${tok.at}`;

  function parseOr(): QueryNode {
    const children = [parseAnd()];
    while (isWord(peek(), 'or')) {
      pos++;
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0] : {type: 'or', children};
  }

  function parseAnd(): QueryNode {
    const children = [parseUnary()];
    while (isWord(peek(), 'and')) {
      pos++;
      children.push(parseUnary());
    }
    return children.length === 1 ? children[0] : {type: 'and', children};
  }

  function parseUnary(): QueryNode {
    const tok = peek();
    if (isWord(tok, 'not')) {
      pos++;
      return {type: 'not', child: parseUnary()};
    }
    if (tok?.t === '(') {
      pos++;
      const inner = parseOr();
      if (peek()?.t !== ')')
        throw new QueryError(`expected ')' but found ${describe(peek())}`);
      pos++;
      return inner;
    }
    return parseTerm();
  }

  function fieldRule(tok: Token | undefined): FieldRule {
    if (tok?.t !== 'word' || KEYWORDS.has(tok.v.toLowerCase())) {
      throw new QueryError(`expected a query term but found ${describe(tok)}`);
    }
    const rule = fields[tok.v];
    if (!rule)
      throw new QueryError(`unknown query term '${tok.v}' for ${dialect}`);
    return rule;
  }

  function countTerm(field: string): void {
    terms++;
    if (field === 'parents') parentTerms++;
    if (parentTerms > MAX_PARENT_TERMS || terms > MAX_TERMS) {
      throw new QueryError(
        `more than ${MAX_PARENT_TERMS} parents or ${MAX_TERMS} terms`,
        true,
      );
    }
  }

  function parseTerm(): QueryNode {
    const first = peek();
    // 'value' in collection
    if (first?.t === 'str') {
      pos++;
      if (!isWord(peek(), 'in')) {
        throw new QueryError(
          `expected 'in' after ${describe(first)} but found ${describe(peek())}`,
        );
      }
      pos++;
      const rule = fieldRule(peek());
      pos++;
      if (rule.type !== 'collection') {
        throw new QueryError(
          `operator 'in' is not valid for '${rule.canonical}'`,
        );
      }
      countTerm(rule.canonical);
      return {type: 'in', field: rule.canonical, value: first.v};
    }
    const rule = fieldRule(first);
    pos++;
    const opTok = peek();
    let op: CompareOp;
    if (opTok?.t === 'op') op = opTok.v as CompareOp;
    else if (isWord(opTok, 'contains')) op = 'contains';
    else
      throw new QueryError(`expected an operator but found ${describe(opTok)}`);
    pos++;
    if (!(rule.ops as string[]).includes(op)) {
      throw new QueryError(
        `operator '${op}' is not valid for '${first!.t === 'word' ? first!.v : ''}'`,
      );
    }
    const valTok = peek();
    pos++;
    countTerm(rule.canonical);
    if (rule.type === 'boolean') {
      if (valTok?.t === 'word' && /^(true|false)$/i.test(valTok.v)) {
        return {
          type: 'compare',
          field: rule.canonical,
          op,
          value: {kind: 'boolean', value: valTok.v.toLowerCase() === 'true'},
        };
      }
      throw new QueryError(
        `expected true or false but found ${describe(valTok)}`,
      );
    }
    if (valTok?.t !== 'str') {
      throw new QueryError(
        `expected a quoted string but found ${describe(valTok)}`,
      );
    }
    if (rule.type === 'time') {
      const time = parseRfc3339(valTok.v);
      if (time === null)
        throw new QueryError(`'${valTok.v}' is not an RFC 3339 date`);
      return {
        type: 'compare',
        field: rule.canonical,
        op,
        value: {kind: 'string', value: valTok.v},
        time,
      };
    }
    return {
      type: 'compare',
      field: rule.canonical,
      op,
      value: {kind: 'string', value: valTok.v},
    };
  }

  const ast = parseOr();
  if (pos < tokens.length)
    throw new QueryError(`unexpected ${describe(peek())}`);
  return ast;
}

/** Whether the query has a fullText term (v3 refuses orderBy then). */
export function hasFullText(node: QueryNode): boolean {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.children.some(hasFullText);
    case 'not':
      return hasFullText(node.child);
    case 'compare':
      return node.field === 'fullText';
    case 'in':
      return false;
  }
}
