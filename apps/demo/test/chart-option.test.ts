import type { Series } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { COLORS, chartOption } from '../src/chart-option';

describe('chart options from report series', () => {
  it('draws x/y series as lines or bars with the variant colours and axis units', () => {
    const s: Series = {
      id: 'h',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '分布', en: 'Distribution' },
      x: { label: { zh: '天数', en: 'Days' }, unit: { zh: '天', en: 'days' } },
      y: { label: { zh: '件数', en: 'Cases' } },
      lines: [
        {
          variant: 'baseline',
          label: { zh: '改革前', en: 'Baseline' },
          points: [
            [0, 1],
            [1, 2],
          ],
        },
        { variant: 'reform', label: { zh: '改革后', en: 'Reform' }, points: [[0, 3]] },
      ],
    };
    const o = chartOption(s, 'en') as {
      xAxis: { name: string; type: string };
      series: { type: string; itemStyle: { color: string } }[];
    };
    expect(o.xAxis).toMatchObject({ name: 'Days (days)', type: 'value' });
    expect(o.series.map((x) => [x.type, x.itemStyle.color])).toEqual([
      ['bar', COLORS.baseline],
      ['bar', COLORS.reform],
    ]);
  });
  it('draws a timeline as floating bars: invisible offset then the duration', () => {
    const s: Series = {
      id: 'g',
      kind: 'timeline',
      title: { zh: '时间线', en: 'Timeline' },
      unit: { zh: '工作日', en: 'working days' },
      bars: [
        { variant: 'baseline', lane: { zh: '选址', en: 'Siting' }, start: 0, end: 40 },
        { variant: 'reform', lane: { zh: '选址', en: 'Siting' }, start: 5, end: 25 },
      ],
    };
    const o = chartOption(s, 'en') as {
      aria: { decal: { show: boolean } };
      yAxis: { data: string[] };
      series: { data: unknown[]; itemStyle?: { color: string } }[];
    };
    expect(o.yAxis.data).toEqual(['Siting · Baseline', 'Siting · Reform']);
    expect(o.series[0]?.itemStyle).toEqual({ color: 'transparent' });
    expect(o.aria.decal.show).toBe(false);
    expect(o.series[0]?.data).toEqual([0, 5]);
    expect(o.series[1]?.data).toEqual([
      { value: 40, itemStyle: { color: COLORS.baseline } },
      { value: 20, itemStyle: { color: COLORS.reform } },
    ]);
  });
});
