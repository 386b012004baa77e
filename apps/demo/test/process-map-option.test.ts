import { type CivilDate, compareDirectlyFollows, createEventLog, dateTime } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { COLORS } from '../src/chart-option';
import { formatDuration, processLayout, processMapOption } from '../src/process-map-option';

/** Baseline: submit → review → decide for two cases; reform: submit → decide for one, via review for one. */
function graphs() {
  const log = createEventLog();
  log.defineActivities({
    submit: { zh: '提交', en: 'Submit' },
    review: { zh: '审核', en: 'Review' },
    decide: { zh: '决定', en: 'Decide' },
  });
  const at = (hhmm: string) => dateTime('2025-03-03' as CivilDate, hhmm);
  for (const id of ['A', 'B']) {
    const c = log.startCase('baseline', id, 'application');
    c.event('submit', at('09:00'));
    c.event('review', at('10:00'));
    c.event('decide', at('11:30'));
  }
  const a = log.startCase('reform', 'A', 'application');
  a.event('submit', at('09:00'));
  a.event('decide', at('09:02'));
  const b = log.startCase('reform', 'B', 'application');
  b.event('submit', at('09:00'));
  b.event('review', at('09:30'));
  b.event('decide', at('10:00'));
  return compareDirectlyFollows(log);
}

describe('process map', () => {
  it('lays both sides out on one grid: columns by distance from the first step', () => {
    const { baseline, reform } = graphs();
    const layout = processLayout([baseline, reform]);
    // submit starts (column 0); review and decide both follow submit directly (column 1)
    expect(layout.get('submit')).toEqual({ x: 0, y: 0 });
    expect(layout.get('decide')?.x).toBe(190);
    expect(layout.get('review')?.x).toBe(190);
    // decide has 4 events, review 3: decide comes first in its column
    expect(layout.get('decide')?.y).toBe(0);
    expect(layout.get('review')?.y).toBe(86);
  });

  it('draws nodes by share of cases and edges by frequency, labelled with the median time', () => {
    const { baseline, reform, timeUnit } = graphs();
    const layout = processLayout([baseline, reform]);
    const { option, height } = processMapOption(reform, layout, {
      lang: 'en',
      unit: timeUnit,
      maxCount: 2,
      title: 'Reform',
      width: 600,
    });
    const o = option as {
      series: {
        data: { id: string; name: string; symbolSize: number; itemStyle: { color: string } }[];
        links: {
          source: number;
          target: number;
          value: number;
          lineStyle: { width: number };
          label: { formatter: string };
        }[];
      }[];
    };
    const s = o.series[0]!;
    // the three steps, then the two invisible corners of the shared frame
    expect(s.data.map((d) => d.name)).toEqual(['Decide', 'Review', 'Submit', '__frame-min', '__frame-max']);
    // frame 190 + 2·70 = 330 wide, 86 + 140 = 226 high; 568 px available, never enlarged: scale 1
    expect(height).toBe(44 + 226 + 16);
    expect(s.data[0]?.itemStyle.color).toBe(COLORS.reform);
    // review is in 1 of 2 reform cases: 14 + 26 × 0.5 = 27
    expect(s.data[1]?.symbolSize).toBe(27);
    const submitDecide = s.links.find((l) => l.source === 2 && l.target === 0);
    // 1 of max 2: width 1 + 7 × 1/2 = 4.5; median 09:00 → 09:02 = 2 min
    expect(submitDecide).toMatchObject({
      value: 1,
      lineStyle: { width: 4.5 },
      label: { formatter: '2.00 min' },
    });
  });

  it('formats durations in the map unit', () => {
    expect(formatDuration(90_000, 'minutes', 'en')).toBe('1.50 min');
    expect(formatDuration(0, 'minutes', 'zh')).toBe('0 分钟');
    // 36 h = 1.5 days
    expect(formatDuration(129_600_000, 'days', 'en')).toBe('1.50 days');
    expect(formatDuration(864_000_000_0, 'days', 'en')).toBe('100 days');
  });
});
