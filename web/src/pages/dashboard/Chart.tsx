// A small React wrapper around ECharts 6: only the chart types and components the dashboard
// uses are registered (tree-shaken), drawn with the SVG renderer so labels are real text
// (crisp when printed, selectable, readable by tests and screen readers).

import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** What a click on a bar, slice or point reports: which series and which data item. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

export const PALETTE = ['#0b57d0', '#1a7f37', '#bf8700', '#cf222e', '#8250df', '#0a7ea4', '#d4580b', '#6e7781', '#bc4c00', '#2da44e'];

export function Chart({ option, onClick, height = 300, label, testId }: { option: ChartOption; onClick?: (c: ChartClick) => void; height?: number; label: string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const el = box.current as HTMLDivElement;
    const c = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (p) => click.current?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex, name: p.name }));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ color: PALETTE, textStyle: { fontFamily: 'inherit' }, animationDuration: 300, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={box} className="chart dash-chart" role="img" aria-label={label} data-testid={testId} style={{ height, cursor: onClick ? 'pointer' : undefined }} />;
}
