// Draws an embedded chart of the add-on as the grid shows it: a column chart in SVG from its ranges
// (the first range gives the labels, the others one series each; the first row is the header).
import type {ChartJson} from './api';

const WIDTH = 440;
const HEIGHT = 260;
const PAD = {top: 30, right: 10, bottom: 60, left: 70};
const COLORS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853'];
const SVG = 'http://www.w3.org/2000/svg';

const compact = new Intl.NumberFormat('es-CO', {
  notation: 'compact',
  maximumFractionDigits: 1,
});

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The chart as an SVG element (data-testid="chart"), titled, with one bar per label and series. */
export function drawChart(chart: ChartJson): SVGSVGElement {
  const column = (i: number) => (chart.values[i] ?? []).map(r => r[0]);
  const labels = column(0)
    .slice(1)
    .map(v => String(v));
  const series = chart.values.slice(1).map((_, i) => ({
    name: String(column(i + 1)[0] ?? ''),
    values: column(i + 1)
      .slice(1)
      .map(v => (typeof v === 'number' ? v : 0)),
  }));
  const root = svg('svg', {
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': chart.title || 'Gráfico',
    class: 'chart',
    'data-testid': 'chart',
  });
  root.append(
    svg('rect', {
      x: 0,
      y: 0,
      width: WIDTH,
      height: HEIGHT,
      fill: '#fff',
      stroke: '#dadce0',
    }),
  );
  root.append(
    svg(
      'text',
      {
        x: WIDTH / 2,
        y: 18,
        'text-anchor': 'middle',
        'font-size': 13,
        'font-weight': 'bold',
      },
      chart.title,
    ),
  );
  const all = series.flatMap(s => s.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const plotW = WIDTH - PAD.left - PAD.right;
  const y = (v: number) => PAD.top + ((max - v) / (max - min || 1)) * plotH;
  for (const tick of [min, (min + max) / 2, max]) {
    root.append(
      svg('line', {
        x1: PAD.left,
        x2: WIDTH - PAD.right,
        y1: y(tick),
        y2: y(tick),
        stroke: '#e8eaed',
      }),
    );
    root.append(
      svg(
        'text',
        {
          x: PAD.left - 4,
          y: y(tick) + 4,
          'text-anchor': 'end',
          'font-size': 10,
        },
        compact.format(tick),
      ),
    );
  }
  const slot = plotW / Math.max(1, labels.length);
  const bar = (slot * 0.7) / Math.max(1, series.length);
  labels.forEach((label, i) => {
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const rect = svg('rect', {
        x: PAD.left + i * slot + slot * 0.15 + k * bar,
        y: Math.min(y(v), y(0)),
        width: Math.max(1, bar - 1),
        height: Math.abs(y(v) - y(0)),
        fill: COLORS[k % COLORS.length],
      });
      rect.append(
        svg('title', {}, `${label} · ${s.name}: ${v.toLocaleString('es-CO')}`),
      );
      root.append(rect);
    });
    const x = PAD.left + i * slot + slot / 2;
    root.append(
      svg(
        'text',
        {
          x,
          y: HEIGHT - PAD.bottom + 12,
          'text-anchor': 'end',
          'font-size': 9,
          transform: `rotate(-35 ${x} ${HEIGHT - PAD.bottom + 12})`,
        },
        label,
      ),
    );
  });
  return root;
}
