import { describe, expect, it } from 'vitest';
import {
  type CivilDate,
  ConfigurationError,
  createEventLog,
  dateTime,
  isoBeijing,
  logMillis,
  simLogTime,
  ValidationError,
} from '../src/index';

const d = (s: string) => s as CivilDate;
const ACTS = {
  submit: { zh: '提交申请', en: 'Submit' },
  review: { zh: '人工审核', en: 'Review' },
  decide: { zh: '作出决定', en: 'Decide' },
};

describe('event times (civil Beijing time, exact milliseconds)', () => {
  it('reads a date as 00:00 and a date-time to the millisecond', () => {
    expect(logMillis(d('1970-01-02'))).toBe(86_400_000); // one day
    // 1 min 0.5 s = 60 000 + 500 ms
    expect(logMillis({ date: d('1970-01-01'), minute: 1, second: 0.5 })).toBe(60_500);
  });
  it('writes ISO 8601 with the +08:00 offset whatever the machine time zone', () => {
    expect(isoBeijing(logMillis(d('2025-10-01')))).toBe('2025-10-01T00:00:00.000+08:00');
    expect(isoBeijing(logMillis({ ...dateTime(d('2025-10-01'), '02:00'), second: 1.5 }))).toBe(
      '2025-10-01T02:00:01.500+08:00',
    );
    expect(isoBeijing(logMillis(dateTime(d('2024-02-29'), '23:59')))).toBe('2024-02-29T23:59:00.000+08:00');
  });
  it('turns simulated minutes into a date-time, carrying a rounded minute', () => {
    // 1500.5 min = 1 day (1440) + 60 min + 30 s
    expect(simLogTime(d('2024-03-04'), 1500.5)).toEqual({ date: '2024-03-05', minute: 60, second: 30 });
    // 59.9999999 min rounds to 3 600 000 ms = exactly 01:00
    expect(simLogTime(d('2024-03-04'), 59.9999999)).toEqual({ date: '2024-03-04', minute: 60, second: 0 });
  });
  it('rejects what is not a real date or time, naming the field', () => {
    expect(() => logMillis(d('2025-02-30'))).toThrow(ValidationError);
    expect(() => logMillis({ date: d('2025-02-01'), minute: 1440 }, 'x.at')).toThrow(
      expect.objectContaining({ paths: ['x.at.minute'] }),
    );
    expect(() => logMillis({ date: d('2025-02-01'), minute: 0, second: 60 })).toThrow(ValidationError);
    expect(() => simLogTime(d('2024-03-04'), -1)).toThrow(ValidationError);
  });
});

describe('createEventLog', () => {
  it('records cases per variant in emission order', () => {
    const log = createEventLog();
    log.defineActivities(ACTS);
    const a = log.startCase('baseline', 'A', 'application');
    a.event('submit', dateTime(d('2025-03-03'), '09:00'), { resource: 'window' });
    a.event('decide', d('2025-03-04'));
    log.startCase('reform', 'A', 'application').event('submit', dateTime(d('2025-03-03'), '09:00'));
    expect(log.cases().map((c) => `${c.variant}:${c.id}:${c.events.length}`)).toEqual([
      'baseline:A:2',
      'reform:A:1',
    ]);
    expect(log.cases('baseline')[0]?.events[0]).toEqual({
      activity: 'submit',
      time: logMillis(dateTime(d('2025-03-03'), '09:00')),
      resource: 'window',
    });
    expect(log.summary().events).toEqual({ baseline: 2, reform: 1 });
  });

  it('keeps the first maxCases case ids in both variants and counts the rest', () => {
    const log = createEventLog({ maxCases: 2 });
    log.defineActivities(ACTS);
    for (const v of ['baseline', 'reform'] as const) {
      for (const id of ['A', 'B', 'C']) {
        const c = log.startCase(v, id, 'application');
        c.event('submit', d('2025-03-03'));
        c.event('decide', d('2025-03-05'));
      }
    }
    expect(log.summary()).toEqual({
      maxCases: 2,
      keptCaseIds: 2,
      cases: { baseline: 2, reform: 2 },
      events: { baseline: 4, reform: 4 },
      droppedCases: { baseline: 1, reform: 1 },
      droppedEvents: { baseline: 2, reform: 2 },
      truncated: true,
    });
    expect(log.cases('reform').map((c) => c.id)).toEqual(['A', 'B']);
  });

  it('registers activities once, and refuses unlabeled, clashing or unknown ones', () => {
    const log = createEventLog();
    log.defineActivities(ACTS);
    log.defineActivities({ submit: ACTS.submit }); // same labels again: fine
    expect(log.activities().map((a) => a.id)).toEqual(['submit', 'review', 'decide']);
    expect(() => log.defineActivities({ submit: { zh: '提交', en: 'Submit' } })).toThrow(ConfigurationError);
    expect(() => log.defineActivities({ other: { zh: '其他', en: 'Review' } })).toThrow(/already used/);
    expect(() => log.defineActivities({ empty: { zh: '', en: 'Empty' } })).toThrow(ConfigurationError);
    const c = log.startCase('baseline', 'A', 'application');
    expect(() => c.event('missing', d('2025-03-03'))).toThrow(/not registered/);
    expect(log.summary().events.baseline).toBe(0);
  });

  it('rejects a bad limit, variant or id, naming the field', () => {
    const paths = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ValidationError).paths;
      }
      return [];
    };
    expect(paths(() => createEventLog({ maxCases: 0 }))).toEqual(['options.maxCases']);
    expect(paths(() => createEventLog({ maxCases: 1.5 }))).toEqual(['options.maxCases']);
    const log = createEventLog();
    expect(paths(() => log.startCase('other' as 'reform', 'A', 'x'))).toEqual(['variant']);
    expect(paths(() => log.startCase('reform', '', 'x'))).toEqual(['id']);
    expect(paths(() => log.startCase('reform', 'A', ''))).toEqual(['type']);
  });
});
