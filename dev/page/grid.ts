// A virtualised spreadsheet grid: only the rows in view exist in the DOM; values are fetched from
// the API in blocks of rows as they scroll into view, so a 100,000-row tab stays fast. Frozen rows
// stay on top, cells show their number formats, charts sit at their anchors (a tab opened from a link
// is scrolled to its first one), and click, shift-click and drag select a range.
import {
  getJson,
  rangePath,
  type CellJson,
  type ChartJson,
  type SheetInfo,
  type SheetValues,
} from './api';
import {drawChart} from './chart';
import {formatCell} from './format';
import {columnLetters} from '../a1';

export const ROW_HEIGHT = 21;
export const COLUMN_WIDTH = 110;
export const ROW_HEADER_WIDTH = 56;
/** Rows fetched per API call. */
export const BLOCK_ROWS = 200;
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 10;
/** Columns drawn at most (Sheets tabs rarely have more; the rest is fetched but not drawn). */
const MAX_COLUMNS = 60;

interface Block {
  values: CellJson[][];
  formulas: Record<string, string>;
  display: string[][];
}

/** A selected rectangle: the anchor (where the selection started) and the opposite corner. */
interface Selection {
  row: number;
  column: number;
  toRow: number;
  toColumn: number;
}

/** "B2" or "B2:D9" of a selection, top-left first. */
export function selectionName(s: Selection): string {
  const top = Math.min(s.row, s.toRow);
  const bottom = Math.max(s.row, s.toRow);
  const left = Math.min(s.column, s.toColumn);
  const right = Math.max(s.column, s.toColumn);
  const start = `${columnLetters(left)}${top}`;
  return top === bottom && left === right
    ? start
    : `${start}:${columnLetters(right)}${bottom}`;
}

/** The grid of one tab at a time. */
export class Grid {
  private sheet: SheetInfo | null = null;
  private readonly blocks = new Map<number, Block | 'loading'>();
  private readonly scroller: HTMLDivElement;
  private readonly header: HTMLDivElement;
  private readonly canvas: HTMLDivElement;
  private readonly rowPool = new Map<number, HTMLDivElement>();
  private selected = {row: 1, column: 1};
  private range: Selection = {row: 1, column: 1, toRow: 1, toColumn: 1};
  private dragging = false;
  private readonly frozen: HTMLDivElement;
  /** The column letters and the frozen rows, which stay on top as the canvas scrolls under them. */
  private readonly top: HTMLDivElement;
  private readonly chartLayer: HTMLDivElement;
  private generation = 0;
  private frame = 0;
  /** Whether the charts about to be drawn should be scrolled into view (a tab opened from a link). */
  private revealCharts = false;

  constructor(
    root: HTMLElement,
    private readonly onSelect: (
      cell: string,
      raw: CellJson,
      formula: string | null,
    ) => void,
    /** Called when the user finishes selecting cells (mouse up): "B2" or "B2:D9". */
    private readonly onRange: (a1: string) => void = () => undefined,
  ) {
    root.replaceChildren();
    this.scroller = el('div', 'grid-scroll');
    this.scroller.dataset.testid = 'grid-scroll';
    this.header = el('div', 'grid-header');
    this.frozen = el('div', 'grid-frozen');
    this.frozen.dataset.testid = 'grid-frozen';
    this.top = el('div', 'grid-top');
    this.top.append(this.header, this.frozen);
    this.canvas = el('div', 'grid-canvas');
    this.chartLayer = el('div', 'chart-layer');
    this.canvas.append(this.chartLayer);
    this.scroller.append(this.top, this.canvas);
    root.append(this.scroller);
    this.scroller.addEventListener('scroll', () => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(this.scroller);
    const cellAt = (e: MouseEvent) =>
      (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    this.scroller.addEventListener('mousedown', e => {
      const cell = cellAt(e);
      if (!cell || e.button !== 0) return;
      e.preventDefault();
      const row = Number(cell.dataset.row);
      const column = Number(cell.dataset.column);
      this.dragging = true;
      if (e.shiftKey) this.extend(row, column);
      else this.select(row, column);
    });
    this.scroller.addEventListener('mouseover', e => {
      const cell = cellAt(e);
      if (this.dragging && cell)
        this.extend(Number(cell.dataset.row), Number(cell.dataset.column));
    });
    window.addEventListener('mouseup', () => {
      if (!this.dragging) return;
      this.dragging = false;
      this.onRange(selectionName(this.range));
    });
  }

  /** The selected range ("B2:D9"). */
  rangeName(): string {
    return selectionName(this.range);
  }

  /** Selects a range (the name box): its first cell is the active one. */
  selectRange(
    row: number,
    column: number,
    toRow: number,
    toColumn: number,
  ): void {
    this.reveal(row, column);
    this.extend(toRow, toColumn);
  }

  /**
   * Shows a tab (from the top) with the given extent. Opened from a link (a report's "Resumen"), its
   * first chart is brought into view: Sheets shows the report's charts beside the data in a 1280 px
   * window, where the playground's grid, narrowed by the sidebar and the Costos panel, would not.
   */
  show(sheet: SheetInfo, {revealCharts = false} = {}): void {
    this.sheet = sheet;
    this.revealCharts = revealCharts;
    this.blocks.clear();
    this.generation++;
    this.rowPool.forEach(r => r.remove());
    this.rowPool.clear();
    this.frozen.replaceChildren();
    this.chartLayer.replaceChildren();
    this.scroller.scrollTop = 0;
    this.scroller.scrollLeft = 0;
    this.layout();
    this.select(1, 1);
    this.render();
    void this.loadCharts();
  }

  /** The tab's extent changed or values were written: forget fetched blocks and redraw. */
  refresh(sheet: SheetInfo): void {
    this.sheet = sheet;
    this.blocks.clear();
    this.generation++;
    this.layout();
    this.render();
    this.select(this.selected.row, this.selected.column);
    this.extend(this.range.toRow, this.range.toColumn);
    void this.loadCharts();
  }

  /** The selected cell's A1 name. */
  selection(): {row: number; column: number; name: string} {
    const {row, column} = this.selected;
    return {row, column, name: `${columnLetters(column)}${row}`};
  }

  /** Scrolls to a cell and selects it (e.g. "Ir a la fila" from the sidebar). */
  reveal(row: number, column: number): void {
    this.scroller.scrollTop = Math.max(
      0,
      (row - this.frozenRows() - 3) * ROW_HEIGHT,
    );
    this.select(row, column);
    this.schedule();
  }

  private columns(): number {
    return Math.min(Math.max(this.sheet?.columns ?? 1, 26), MAX_COLUMNS);
  }

  private frozenRows(): number {
    return Math.min(this.sheet?.frozenRows ?? 0, 10);
  }

  /** Top of a row in the scrolled canvas (frozen rows are drawn above it, not in it). */
  private rowTop(row: number): number {
    return (row - 1 - this.frozenRows()) * ROW_HEIGHT;
  }

  private rows(): number {
    // A spreadsheet shows empty rows past the data; keep some room to type into.
    return Math.max((this.sheet?.rows ?? 0) + 50, 100);
  }

  private layout(): void {
    const columns = this.columns();
    const width = ROW_HEADER_WIDTH + columns * COLUMN_WIDTH;
    this.canvas.style.height = `${(this.rows() - this.frozenRows()) * ROW_HEIGHT}px`;
    this.canvas.style.width = `${width}px`;
    this.header.style.width = `${width}px`;
    const corner = el('div', 'corner');
    const cells = [corner];
    for (let c = 1; c <= columns; c++) {
      const h = el('div', 'col-header');
      h.textContent = columnLetters(c);
      cells.push(h);
    }
    this.header.replaceChildren(...cells);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Draws the rows in view (reusing row elements) and fetches blocks not yet loaded. */
  private render(): void {
    if (!this.sheet) return;
    const frozen = this.frozenRows();
    const first = Math.max(
      frozen + 1,
      Math.floor(this.scroller.scrollTop / ROW_HEIGHT) + 1 + frozen - OVERSCAN,
    );
    const visible =
      Math.ceil(this.scroller.clientHeight / ROW_HEIGHT) + 2 * OVERSCAN;
    const last = Math.min(this.rows(), first + visible);
    for (const [row, node] of this.rowPool) {
      if (row < first || row > last) {
        node.remove();
        this.rowPool.delete(row);
      }
    }
    for (let row = 1; row <= frozen; row++) {
      const block = this.blockFor(row);
      const node = this.frozenRow(row);
      if (
        node.dataset.generation !== String(this.generation) ||
        node.dataset.state !== (block === 'loading' ? 'loading' : 'ready')
      )
        this.fillRow(node, row, block);
    }
    for (const node of [...this.frozen.children] as HTMLElement[])
      if (Number(node.dataset.row) > frozen) node.remove();
    for (let row = first; row <= last; row++) {
      const block = this.blockFor(row);
      const node = this.rowPool.get(row) ?? this.newRow(row);
      const state = block === 'loading' ? 'loading' : 'ready';
      if (
        node.dataset.state !== state ||
        node.dataset.generation !== String(this.generation)
      ) {
        this.fillRow(node, row, block);
      }
    }
  }

  private frozenRow(row: number): HTMLDivElement {
    const existing = this.frozen.querySelector<HTMLDivElement>(
      `[data-row="${row}"]`,
    );
    if (existing) return existing;
    const node = el('div', 'grid-row frozen');
    node.dataset.testid = 'grid-row';
    node.dataset.row = String(row);
    this.frozen.append(node);
    return node;
  }

  private newRow(row: number): HTMLDivElement {
    const node = el('div', 'grid-row');
    node.dataset.testid = 'grid-row';
    node.dataset.row = String(row);
    node.style.top = `${this.rowTop(row)}px`;
    this.rowPool.set(row, node);
    this.canvas.append(node);
    return node;
  }

  private fillRow(
    node: HTMLDivElement,
    row: number,
    block: Block | 'loading',
  ): void {
    node.dataset.state = block === 'loading' ? 'loading' : 'ready';
    node.dataset.generation = String(this.generation);
    const head = el('div', 'row-header');
    head.textContent = String(row);
    const cells: HTMLElement[] = [head];
    const line =
      block === 'loading' ? undefined : block.values[(row - 1) % BLOCK_ROWS];
    const shownLine =
      block === 'loading' ? undefined : block.display[(row - 1) % BLOCK_ROWS];
    for (let c = 1; c <= this.columns(); c++) {
      const cell = el('div', 'cell');
      const name = `${columnLetters(c)}${row}`;
      cell.dataset.cell = name;
      cell.dataset.row = String(row);
      cell.dataset.column = String(c);
      cell.dataset.testid = `cell-${name}`;
      const v = line?.[c - 1];
      if (v !== undefined && v !== '') {
        const shown = formatCell(v);
        // The cell's number format as Sheets applies it (es-CO), else the page's own reading.
        cell.textContent = shownLine?.[c - 1] || shown.text;
        if (shown.align === 'right') cell.classList.add('num');
        if (shown.error) cell.classList.add('err');
      }
      if (block !== 'loading' && block.formulas[name])
        cell.classList.add('formula');
      if (row === this.selected.row && c === this.selected.column)
        cell.classList.add('selected');
      if (this.inRange(row, c)) cell.classList.add('in-range');
      cells.push(cell);
    }
    node.replaceChildren(...cells);
  }

  private blockFor(row: number): Block | 'loading' {
    const index = Math.floor((row - 1) / BLOCK_ROWS);
    const known = this.blocks.get(index);
    if (known) return known;
    this.blocks.set(index, 'loading');
    void this.fetchBlock(index);
    return 'loading';
  }

  private async fetchBlock(index: number): Promise<void> {
    const sheet = this.sheet;
    if (!sheet) return;
    const generation = this.generation;
    const start = index * BLOCK_ROWS + 1;
    const end = start + BLOCK_ROWS - 1;
    const range = `A${start}:${columnLetters(this.columns())}${end}`;
    let block: Block = {values: [], formulas: {}, display: []};
    try {
      const answer = await getJson<SheetValues>(rangePath(sheet.name, range));
      block = {
        values: answer.values,
        formulas: answer.formulas ?? {},
        display: answer.display ?? [],
      };
    } catch {
      // Past the data the server returns nothing to show; keep the rows empty.
    }
    if (generation !== this.generation) return;
    this.blocks.set(index, block);
    this.schedule();
    if (this.selected.row >= start && this.selected.row <= end) this.announce();
  }

  private inRange(row: number, column: number): boolean {
    const r = this.range;
    return (
      row >= Math.min(r.row, r.toRow) &&
      row <= Math.max(r.row, r.toRow) &&
      column >= Math.min(r.column, r.toColumn) &&
      column <= Math.max(r.column, r.toColumn)
    );
  }

  /** Moves the selection's far corner (shift-click, drag) and marks the cells in it. */
  private extend(row: number, column: number): void {
    this.range = {...this.range, toRow: row, toColumn: column};
    this.scroller
      .querySelectorAll<HTMLElement>('.cell[data-cell]')
      .forEach(c => {
        c.classList.toggle(
          'in-range',
          this.inRange(Number(c.dataset.row), Number(c.dataset.column)),
        );
      });
    this.onRangeShown();
  }

  /** Tells the page the range while it changes (the name box shows "B2:D9"). */
  private onRangeShown(): void {
    const name = selectionName(this.range);
    if (name.includes(':')) this.rangeListener?.(name);
  }

  /** Listener for the range as it is being drawn. */
  rangeListener: ((a1: string) => void) | null = null;

  /** Fetches the tab's charts and draws them at their anchor cells. */
  private async loadCharts(): Promise<void> {
    const sheet = this.sheet;
    if (!sheet) return;
    const generation = this.generation;
    let charts: ChartJson[] = [];
    try {
      charts = (
        await getJson<{charts: ChartJson[]}>(
          `/api/charts/${encodeURIComponent(sheet.name)}`,
        )
      ).charts;
    } catch {
      charts = [];
    }
    if (generation !== this.generation) return;
    this.chartLayer.replaceChildren(
      ...charts.map(c => {
        const box = el('div', 'chart-box');
        box.style.top = `${Math.max(0, this.rowTop(c.row))}px`;
        box.style.left = `${ROW_HEADER_WIDTH + (c.column - 1) * COLUMN_WIDTH}px`;
        box.append(drawChart(c));
        return box;
      }),
    );
    const first = [...this.chartLayer.children].sort(
      (a, b) =>
        (a as HTMLElement).offsetTop - (b as HTMLElement).offsetTop ||
        (a as HTMLElement).offsetLeft - (b as HTMLElement).offsetLeft,
    )[0] as HTMLElement | undefined;
    if (this.revealCharts && first) this.scrollIntoView(first);
    this.revealCharts = false;
  }

  /** Scrolls the least that shows a drawn box whole, right of the row numbers and below the frozen rows. */
  private scrollIntoView(box: HTMLElement): void {
    const s = this.scroller;
    const left = box.offsetLeft - ROW_HEADER_WIDTH;
    const right = box.offsetLeft + box.offsetWidth - s.clientWidth;
    s.scrollLeft = Math.max(Math.min(s.scrollLeft, left), right, 0);
    const top = box.offsetTop;
    const bottom = box.offsetTop + box.offsetHeight - this.canvasHeight();
    s.scrollTop = Math.max(Math.min(s.scrollTop, top), bottom, 0);
    this.schedule();
  }

  /** The height of the scrolled part of the grid that shows rows (below the header and frozen rows). */
  private canvasHeight(): number {
    return this.scroller.clientHeight - this.top.offsetHeight;
  }

  private select(row: number, column: number): void {
    this.scroller
      .querySelectorAll('.cell.selected')
      .forEach(c => c.classList.remove('selected'));
    this.selected = {row, column};
    this.range = {row, column, toRow: row, toColumn: column};
    this.scroller
      .querySelectorAll('.cell.in-range')
      .forEach(c => c.classList.remove('in-range'));
    const name = `${columnLetters(column)}${row}`;
    this.scroller
      .querySelector(`[data-cell="${name}"]`)
      ?.classList.add('selected', 'in-range');
    this.announce();
  }

  /** Tells the page the active cell's name, value and formula (formula bar). */
  private announce(): void {
    const {row, column} = this.selected;
    const name = `${columnLetters(column)}${row}`;
    const block = this.blocks.get(Math.floor((row - 1) / BLOCK_ROWS));
    const raw =
      block && block !== 'loading'
        ? block.values[(row - 1) % BLOCK_ROWS]?.[column - 1]
        : '';
    const formula =
      block && block !== 'loading' ? (block.formulas[name] ?? null) : null;
    this.onSelect(name, raw ?? '', formula);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  return node;
}
