// Generates the top-level global stubs of build/Code.js from the exports of src/entrypoints/index.ts
// with the TypeScript compiler API: real parameter names and the export's JSDoc, verbatim.
import ts from 'typescript';

/**
 * One `function NAME(a, b) { return PRIVATE.NAME.apply(this, arguments); }` per export of entryFile,
 * each preceded by the JSDoc of the exported declaration (so Sheets shows @customfunction help and
 * argument hints). Every argument is passed on, extra ones too, so signatures.ts can refuse them.
 * Throws when an export is not a function declaration or uses rest/destructured parameters.
 */
export function generateStubs(entryFile, privateGlobal) {
  const program = ts.createProgram([entryFile], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    types: [],
    allowJs: false,
    jsx: ts.JsxEmit.ReactJSX,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entryFile} is not a module`);
  const stubs = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    const symbol =
      exported.flags & ts.SymbolFlags.Alias
        ? checker.getAliasedSymbol(exported)
        : exported;
    const decl = symbol.declarations?.find(ts.isFunctionDeclaration);
    if (!decl) {
      throw new Error(
        `Export "${name}" of index.ts is not a function declaration`,
      );
    }
    const params = decl.parameters.map(p => {
      if (p.dotDotDotToken || !ts.isIdentifier(p.name)) {
        throw new Error(
          `Export "${name}": use plain named parameters (no rest/destructuring)`,
        );
      }
      return p.name.text;
    });
    const doc = jsDocOf(decl);
    const list = params.join(', ');
    stubs.push(
      `${doc}function ${name}(${list}) {\n  return ${privateGlobal}.${name}.apply(this, arguments);\n}\n`,
    );
  }
  return stubs.join('\n');
}

/** The declaration's JSDoc block text, re-indented to column 0, or '' when it has none. */
function jsDocOf(decl) {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  const docs = ranges
    .map(r => sf.text.slice(r.pos, r.end))
    .filter(text => text.startsWith('/**'));
  if (docs.length === 0) return '';
  const last = docs[docs.length - 1];
  return last.replace(/\n[ \t]+\*/g, '\n *') + '\n';
}
