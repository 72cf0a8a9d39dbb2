// A virtualised spreadsheet grid: only the rows in view exist in the DOM; values are fetched from
// the API in blocks of rows as they scroll into view, so a 100,000-row tab stays fast.
import {
  getJson,
  rangePath,
  type CellJson,
  type SheetInfo,
  type SheetValues,
} from './api';
import {formatCell} from './format';

export const ROW_HEIGHT = 21;
export const COLUMN_WIDTH = 110;
export const ROW_HEADER_WIDTH = 56;
/** Rows fetched per API call. */
export const BLOCK_ROWS = 200;
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 10;
/** Columns drawn at most (Sheets tabs rarely have more; the rest is fetched but not drawn). */
const MAX_COLUMNS = 60;

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

interface Block {
  values: CellJson[][];
  formulas: Record<string, string>;
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
  private generation = 0;
  private frame = 0;

  constructor(
    root: HTMLElement,
    private readonly onSelect: (
      cell: string,
      raw: CellJson,
      formula: string | null,
    ) => void,
  ) {
    root.replaceChildren();
    this.scroller = el('div', 'grid-scroll');
    this.scroller.dataset.testid = 'grid-scroll';
    this.header = el('div', 'grid-header');
    this.canvas = el('div', 'grid-canvas');
    this.scroller.append(this.header, this.canvas);
    root.append(this.scroller);
    this.scroller.addEventListener('scroll', () => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(this.scroller);
    this.canvas.addEventListener('click', e => {
      const cell = (e.target as HTMLElement).closest<HTMLElement>(
        '[data-cell]',
      );
      if (cell)
        this.select(Number(cell.dataset.row), Number(cell.dataset.column));
    });
  }

  /** Shows a tab (from the top) with the given extent. */
  show(sheet: SheetInfo): void {
    this.sheet = sheet;
    this.blocks.clear();
    this.generation++;
    this.rowPool.forEach(r => r.remove());
    this.rowPool.clear();
    this.scroller.scrollTop = 0;
    this.scroller.scrollLeft = 0;
    this.layout();
    this.select(1, 1);
    this.render();
  }

  /** The tab's extent changed or values were written: forget fetched blocks and redraw. */
  refresh(sheet: SheetInfo): void {
    this.sheet = sheet;
    this.blocks.clear();
    this.generation++;
    this.layout();
    this.render();
    this.select(this.selected.row, this.selected.column);
  }

  /** The selected cell's A1 name. */
  selection(): {row: number; column: number; name: string} {
    const {row, column} = this.selected;
    return {row, column, name: `${columnLetters(column)}${row}`};
  }

  /** Scrolls to a cell and selects it (e.g. "Ir a la fila" from the sidebar). */
  reveal(row: number, column: number): void {
    this.scroller.scrollTop = Math.max(0, (row - 3) * ROW_HEIGHT);
    this.select(row, column);
    this.schedule();
  }

  private columns(): number {
    return Math.min(Math.max(this.sheet?.columns ?? 1, 26), MAX_COLUMNS);
  }

  private rows(): number {
    // A spreadsheet shows empty rows past the data; keep some room to type into.
    return Math.max((this.sheet?.rows ?? 0) + 50, 100);
  }

  private layout(): void {
    const columns = this.columns();
    const width = ROW_HEADER_WIDTH + columns * COLUMN_WIDTH;
    this.canvas.style.height = `${this.rows() * ROW_HEIGHT}px`;
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
    const first = Math.max(
      1,
      Math.floor(this.scroller.scrollTop / ROW_HEIGHT) + 1 - OVERSCAN,
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

  private newRow(row: number): HTMLDivElement {
    const node = el('div', 'grid-row');
    node.dataset.testid = 'grid-row';
    node.dataset.row = String(row);
    node.style.top = `${(row - 1) * ROW_HEIGHT}px`;
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
        cell.textContent = shown.text;
        if (shown.align === 'right') cell.classList.add('num');
        if (shown.error) cell.classList.add('err');
      }
      if (block !== 'loading' && block.formulas[name])
        cell.classList.add('formula');
      if (row === this.selected.row && c === this.selected.column)
        cell.classList.add('selected');
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
    let block: Block = {values: [], formulas: {}};
    try {
      const answer = await getJson<SheetValues>(rangePath(sheet.name, range));
      block = {values: answer.values, formulas: answer.formulas ?? {}};
    } catch {
      // Past the data the server returns nothing to show; keep the rows empty.
    }
    if (generation !== this.generation) return;
    this.blocks.set(index, block);
    this.schedule();
    if (this.selected.row >= start && this.selected.row <= end) {
      this.select(this.selected.row, this.selected.column);
    }
  }

  private select(row: number, column: number): void {
    this.canvas
      .querySelectorAll('.cell.selected')
      .forEach(c => c.classList.remove('selected'));
    this.selected = {row, column};
    const name = `${columnLetters(column)}${row}`;
    this.canvas
      .querySelector(`[data-cell="${name}"]`)
      ?.classList.add('selected');
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
