// Embedded charts: enough of newChart()...build(), insertChart and getCharts for a report.
import {INVALID_ARGUMENT} from './errors';
import type {ChartApi, ChartBuilderApi, RangeApi} from './api';
import {enumName, type SheetsContext} from './context';
import {FakeRange} from './range';
import {nextId, type ChartData, type SheetData} from './store';

export class FakeChart implements ChartApi {
  constructor(
    private readonly ctx: SheetsContext,
    readonly data: ChartData,
  ) {}

  getChartId(): number {
    return this.data.id;
  }

  getType(): string {
    return this.data.type;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.data.options;
    return {
      get: (option: string) => options[option],
    } as GoogleAppsScript.Charts.ChartOptions;
  }

  getRanges(): RangeApi[] {
    this.ctx.emu.call('SpreadsheetApp', 'EmbeddedChart.getRanges', 'read', {
      ms: 2,
    });
    return [];
  }
}

export class FakeChartBuilder implements ChartBuilderApi {
  private readonly data: ChartData;

  constructor(
    private readonly ctx: SheetsContext,
    sheet: SheetData,
  ) {
    this.data = {
      id: nextId(),
      type: 'COLUMN',
      ranges: [],
      options: {},
      position: {row: 1, column: 1, offsetX: 0, offsetY: 0},
    };
    void sheet;
  }

  addRange(range: RangeApi): ChartBuilderApi {
    if (!(range instanceof FakeRange))
      throw this.ctx.emu.error(INVALID_ARGUMENT('range'));
    this.data.ranges.push({
      sheetId: range.sheet.id,
      row: range.row,
      column: range.column,
      numRows: range.numRows,
      numColumns: range.numColumns,
    });
    return this;
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): ChartBuilderApi {
    this.data.position = {
      row: anchorRowPos,
      column: anchorColPos,
      offsetX,
      offsetY,
    };
    return this;
  }

  setOption(option: string, value: unknown): ChartBuilderApi {
    this.data.options[option] = value;
    return this;
  }

  setChartType(type: unknown): ChartBuilderApi {
    this.data.type = enumName(type);
    return this;
  }

  asColumnChart(): ChartBuilderApi {
    return this.setChartType('COLUMN');
  }

  asPieChart(): ChartBuilderApi {
    return this.setChartType('PIE');
  }

  asBarChart(): ChartBuilderApi {
    return this.setChartType('BAR');
  }

  asLineChart(): ChartBuilderApi {
    return this.setChartType('LINE');
  }

  build(): ChartApi {
    return new FakeChart(this.ctx, {
      ...this.data,
      ranges: [...this.data.ranges],
    });
  }
}
