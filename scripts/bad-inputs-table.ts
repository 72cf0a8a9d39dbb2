// Prints the Markdown table of issue 18.1: every row of test/fixtures/bad-inputs.ts run through the
// built bundle, with what it now answers. Usage: npm run build && npx tsx scripts/bad-inputs-table.ts
import {BAD_INPUTS} from '../test/fixtures/bad-inputs';
import {runBadInput} from '../test/fixtures/bad-inputs-run';

const MAX_SHOWN = 90;

/** A value as JSON, with long texts and the values JSON has no word for (NaN, undefined) named. */
function shown(value: unknown): string {
  const json = JSON.stringify(value, (_k, x: unknown) => {
    if (typeof x === 'string' && x.length > 60)
      return `«${x.slice(0, 3)}…» (${x.length} caracteres)`;
    if (typeof x === 'number' && !Number.isFinite(x)) return `${x}`;
    if (x === undefined) return 'undefined';
    return x;
  });
  const text = json ?? 'undefined';
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** A table cell: pipes escaped, one line. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const lines = [
  '| # | function | what is wrong | arguments | answer now |',
  '|---|---|---|---|---|',
];
BAD_INPUTS.forEach((row, i) => {
  const {outcome} = runBadInput(row);
  const args = row.args;
  const argsText =
    typeof args === 'function'
      ? '(settings/ids of the world; see fixture)'
      : shown(args);
  const answer =
    'threw' in outcome
      ? `refused: ${outcome.threw}`
      : `returns: ${shown(outcome.returned)}`;
  lines.push(
    `| ${i + 1} | ${row.fn} | ${cell(row.what)} | \`${cell(argsText)}\` | ${cell(answer)} |`,
  );
});
console.log(lines.join('\n'));
