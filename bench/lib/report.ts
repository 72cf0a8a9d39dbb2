// Renders bench outcomes: a terminal table, a Markdown page and an SVG chart of cost versus size.
import type {Outcome} from './scenarios';
import type {BenchSize} from './world';
import type {Measure} from './measure';

export interface SizedOutcome extends Outcome {
  size: BenchSize;
}

const n0 = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
const n1 = new Intl.NumberFormat('en-US', {maximumFractionDigits: 1});

function ratio(naive: number, addon: number): string {
  if (naive === 0 && addon === 0) return '=';
  if (addon === 0) return `${n0.format(naive)}:0`;
  return `${n1.format(naive / addon)}x`;
}

export function tableRows(outcomes: SizedOutcome[]): string[][] {
  const head = [
    'scenario',
    'id',
    'size',
    'calls',
    'naive calls',
    'modeled s',
    'naive s',
    's ratio',
    'cells',
    'naive cells',
    'files',
    'execs',
    'naive execs',
    'cpu ms',
    'heap +MB',
    'wrong (addon/naive)',
  ];
  const rows = outcomes.map(o => {
    const a = o.addon;
    const n: Measure | null = o.naive;
    return [
      o.scenario,
      o.id,
      o.size.label,
      n0.format(a.calls),
      n ? n0.format(n.calls) : '-',
      n1.format(a.modeledS),
      n ? n1.format(n.modeledS) : '-',
      n ? ratio(n.modeledS, a.modeledS) : '-',
      n0.format(a.cells),
      n ? n0.format(n.cells) : '-',
      n0.format(a.files),
      n0.format(a.executions),
      n ? n0.format(n.executions) : '-',
      n0.format(a.cpuMs),
      n1.format(a.peakHeapMB),
      o.wrong ? `${o.wrong.addon}/${o.wrong.naive}` : '-',
    ];
  });
  return [head, ...rows];
}

export function textTable(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) =>
        c < 3 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]),
      )
      .join('  ');
  return [
    line(rows[0]),
    widths.map(w => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}

export function markdownTable(rows: string[][]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${rows[0].map(esc).join(' | ')} |`,
    `|${rows[0].map((_, c) => (c < 3 ? '---' : '---:')).join('|')}|`,
    ...rows.slice(1).map(r => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/** "flat", "linear" or "sublinear"/"superlinear": how a figure grows from the smallest size to the largest. */
export function growth(values: number[], sizeRatio: number): string {
  const first = values[0];
  const last = values[values.length - 1];
  if (first === 0 && last === 0) return 'zero';
  if (first === 0) return 'grows from zero';
  const r = last / first;
  if (r < 1.5) return `flat (x${n1.format(r)})`;
  if (r > sizeRatio * 1.5)
    return `superlinear (x${n1.format(r)} for x${n1.format(sizeRatio)} data)`;
  if (r >= sizeRatio * 0.5)
    return `linear (x${n1.format(r)} for x${n1.format(sizeRatio)} data)`;
  return `sublinear (x${n1.format(r)} for x${n1.format(sizeRatio)} data)`;
}

/** Growth of calls and modeled seconds per scenario, both ways. */
export function growthLines(
  outcomes: SizedOutcome[],
  sizes: BenchSize[],
): string[] {
  const scenarios = [...new Set(outcomes.map(o => o.scenario))];
  const lines: string[] = [];
  for (const s of scenarios) {
    const per = sizes.map(size =>
      outcomes.find(o => o.scenario === s && o.size === size)!,
    );
    // Master scenarios grow with rows, Drive ones with PDFs.
    const dataRatio = s.startsWith('Master')
      ? sizes[sizes.length - 1].masterRows / sizes[0].masterRows
      : sizes[sizes.length - 1].pdfs / sizes[0].pdfs;
    const a = growth(
      per.map(o => o.addon.modeledS),
      dataRatio,
    );
    const ac = growth(
      per.map(o => o.addon.calls),
      dataRatio,
    );
    const naive = per.every(o => o.naive)
      ? `; naive: calls ${growth(
          per.map(o => o.naive!.calls),
          dataRatio,
        )}, seconds ${growth(
          per.map(o => o.naive!.modeledS),
          dataRatio,
        )}`
      : '';
    lines.push(`- ${s}: add-on calls ${ac}, seconds ${a}${naive}`);
  }
  return lines;
}

const COLORS = [
  '#1a73e8',
  '#d93025',
  '#188038',
  '#f29900',
  '#a142f4',
  '#12b5cb',
  '#e8710a',
  '#5f6368',
];

/** A log-scale line chart of modeled seconds versus size: solid = add-on, dashed = naive. */
export function svgChart(
  outcomes: SizedOutcome[],
  sizes: BenchSize[],
  scenarios: string[],
): string {
  const W = 900;
  const H = 420;
  const left = 70;
  const right = 330;
  const top = 30;
  const bottom = 50;
  const all = outcomes
    .filter(o => scenarios.includes(o.scenario))
    .flatMap(o => [o.addon.modeledS, o.naive?.modeledS ?? NaN])
    .filter(v => v > 0);
  const lo = Math.floor(Math.log10(Math.min(...all)));
  const hi = Math.ceil(Math.log10(Math.max(...all)));
  const x = (i: number) =>
    sizes.length > 1
      ? left + (i * (W - left - right)) / (sizes.length - 1)
      : left + (W - left - right) / 2;
  const y = (v: number) =>
    top +
    ((hi - Math.log10(Math.max(v, 10 ** lo))) * (H - top - bottom)) / (hi - lo);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="Arial" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${left}" y="18" font-size="14">Modeled seconds vs size (log scale); solid = add-on, dashed = naive</text>`,
  ];
  for (let e = lo; e <= hi; e++) {
    parts.push(
      `<line x1="${left}" x2="${W - right}" y1="${y(10 ** e)}" y2="${y(10 ** e)}" stroke="#e0e0e0"/>`,
      `<text x="${left - 8}" y="${y(10 ** e) + 4}" text-anchor="end">${10 ** e >= 1 ? n0.format(10 ** e) : 10 ** e}</text>`,
    );
  }
  sizes.forEach((s, i) =>
    parts.push(
      `<text x="${x(i)}" y="${H - bottom + 18}" text-anchor="middle">${s.label}</text>`,
      `<text x="${x(i)}" y="${H - bottom + 32}" text-anchor="middle" fill="#5f6368">${n0.format(s.masterRows * 2)} rows / ${n0.format(s.pdfs)} PDFs</text>`,
    ),
  );
  scenarios.forEach((s, k) => {
    const color = COLORS[k % COLORS.length];
    const per = sizes.map(size =>
      outcomes.find(o => o.scenario === s && o.size === size)!,
    );
    const line = (vals: number[], dash: string) =>
      `<polyline fill="none" stroke="${color}" stroke-width="2" ${dash} points="${vals
        .map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`)
        .join(' ')}"/>`;
    parts.push(
      line(
        per.map(o => o.addon.modeledS),
        '',
      ),
    );
    if (per.every(o => o.naive))
      parts.push(
        line(
          per.map(o => o.naive!.modeledS),
          'stroke-dasharray="6 4"',
        ),
      );
    const ly = top + 10 + k * 18;
    parts.push(
      `<line x1="${W - right + 20}" x2="${W - right + 44}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${W - right + 50}" y="${ly + 4}">${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
