import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CivilDate,
  compareDirectlyFollows,
  createEventLog,
  dateTime,
  directlyFollowsGraph,
  durationStats,
  type EventLog,
  Money,
  toEventCsv,
  toOcelJson,
  toXes,
} from '../src/index';
import { ocelProblems, xesProblems } from './event-log/validators';

const d = (s: string) => s as CivilDate;
const at = (time: string, second?: number) => ({
  ...dateTime(d('2025-03-03'), time),
  ...(second !== undefined ? { second } : {}),
});

/**
 * The hand example: two applications through the old process (A: submit 09:00, review 09:30,
 * decide 11:00; B: submit 10:00, decide 10:45) and the reform (A: submit 09:00, decide 09:02:30;
 * B: submit 10:00, review 10:10, decide 10:40).
 */
function handLog(): EventLog {
  const log = createEventLog();
  log.defineActivities({
    submit: { zh: '提交申请', en: 'Submit' },
    review: { zh: '人工审核', en: 'Review, by hand' },
    decide: { zh: '作出决定', en: 'Decide' },
  });
  const taxpayer = {
    id: 'T1',
    type: 'taxpayer',
    qualifier: 'applicant',
    attributes: { name: 'A & B <Ltd>' },
  };
  const a = log.startCase('baseline', 'A', 'application', { objects: [taxpayer], attributes: { tier: 2 } });
  a.event('submit', at('09:00'), { resource: 'window', attributes: { amount: Money.of('1234.5') } });
  a.event('review', at('09:30'), {
    resource: 'officer',
    objects: [{ id: 'O7', type: 'officer', qualifier: 'by' }],
  });
  a.event('decide', at('11:00'), { resource: 'officer', attributes: { granted: true } });
  const b = log.startCase('baseline', 'B', 'application');
  b.event('submit', at('10:00'), { resource: 'window' });
  b.event('decide', at('10:45'), { resource: 'officer', attributes: { granted: false } });
  const ra = log.startCase('reform', 'A', 'application', { objects: [taxpayer], attributes: { tier: 2 } });
  ra.event('submit', at('09:00'), { resource: 'online', attributes: { amount: Money.of('1234.5') } });
  ra.event('decide', at('09:02', 30), { resource: 'system', attributes: { granted: true, minutes: 2.5 } });
  const rb = log.startCase('reform', 'B', 'application');
  rb.event('submit', at('10:00'), { resource: 'online' });
  rb.event('review', at('10:10'), { resource: 'officer' });
  rb.event('decide', at('10:40'), { resource: 'officer', attributes: { granted: true } });
  return log;
}

describe('the directly-follows graph', () => {
  it('counts activities, cases, starts, ends and edges of the hand example', () => {
    const g = directlyFollowsGraph(handLog(), 'baseline');
    expect(g.cases).toBe(2);
    expect(g.events).toBe(5);
    expect(g.activities.map((a) => [a.id, a.events, a.cases, a.share, a.starts, a.ends])).toEqual([
      ['decide', 2, 2, 1, 0, 2],
      ['review', 1, 1, 0.5, 0, 0],
      ['submit', 2, 2, 1, 2, 0],
    ]);
    // review→decide 09:30→11:00 = 90 min; submit→decide 10:00→10:45 = 45 min; submit→review 30 min
    expect(g.edges).toEqual([
      { from: 'review', to: 'decide', count: 1, medianMs: 5_400_000, p90Ms: 5_400_000 },
      { from: 'submit', to: 'decide', count: 1, medianMs: 2_700_000, p90Ms: 2_700_000 },
      { from: 'submit', to: 'review', count: 1, medianMs: 1_800_000, p90Ms: 1_800_000 },
    ]);
    // waiting before decide: 90 and 45 min → median (45+90)/2 = 67.5 min = 4 050 000 ms; p90 = 2nd of 2
    expect(g.activities[0]?.wait).toEqual({ count: 2, medianMs: 4_050_000, p90Ms: 5_400_000 });
    expect(g.activities[2]?.wait).toBeNull();
    expect(g.timeUnit).toBe('minutes');
  });

  it('puts the reform beside the baseline with one unit', () => {
    const { baseline, reform, timeUnit } = compareDirectlyFollows(handLog());
    expect(baseline.variant).toBe('baseline');
    // submit→decide 09:00→09:02:30 = 150 000 ms
    expect(reform.edges.find((e) => e.from === 'submit' && e.to === 'decide')?.medianMs).toBe(150_000);
    expect(timeUnit).toBe('minutes');
  });

  it('takes the nearest-rank p90 and the middle median', () => {
    // ten values 1..10: median (5+6)/2 = 5.5; p90 = ⌈0.9·10⌉ = 9th = 9
    expect(durationStats([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ count: 10, medianMs: 5.5, p90Ms: 9 });
    expect(durationStats([7])).toEqual({ count: 1, medianMs: 7, p90Ms: 7 });
  });

  it('conserves counts on any log: edges = events − cases, one start and one end per case', () => {
    const caseArb = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.nat({ max: 5000 })), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: 12 }), (cases) => {
        const log = createEventLog();
        log.defineActivities({
          a: { zh: '甲', en: 'A' },
          b: { zh: '乙', en: 'B' },
          c: { zh: '丙', en: 'C' },
        });
        cases.forEach((steps, i) => {
          const rec = log.startCase('reform', `c${i}`, 'thing');
          let t = 0;
          for (const [act, gap] of steps) {
            t += gap;
            rec.event(act, { date: d('2025-01-01'), minute: Math.floor(t / 60), second: t % 60 });
          }
        });
        const g = directlyFollowsGraph(log, 'reform');
        const events = cases.reduce((s, c) => s + c.length, 0);
        expect(g.events).toBe(events);
        expect(g.edges.reduce((s, e) => s + e.count, 0)).toBe(events - cases.length);
        expect(g.activities.reduce((s, a) => s + a.starts, 0)).toBe(cases.length);
        expect(g.activities.reduce((s, a) => s + a.ends, 0)).toBe(cases.length);
        for (const e of g.edges) expect(e.medianMs).toBeLessThanOrEqual(e.p90Ms);
      }),
    );
  });
});

describe('OCEL 2.0 JSON', () => {
  it('follows the published schema and refers only to declared types and existing objects', () => {
    const json = toOcelJson(handLog());
    expect(ocelProblems(json)).toEqual([]);
    const doc = JSON.parse(json);
    expect(doc.events).toHaveLength(10);
    expect(doc.objectTypes.map((t: { name: string }) => t.name)).toEqual([
      'application',
      'officer',
      'taxpayer',
    ]);
    // both variants in one file: objects are per variant, events say which
    expect(doc.objects.map((o: { id: string }) => o.id)).toEqual([
      'baseline:A',
      'baseline:T1',
      'baseline:O7',
      'baseline:B',
      'reform:A',
      'reform:T1',
      'reform:B',
    ]);
    const submit = doc.events[0];
    expect(submit).toEqual({
      id: 'e1',
      type: 'Submit',
      time: '2025-03-03T09:00:00.000+08:00',
      attributes: [
        { name: 'variant', value: 'baseline' },
        { name: 'resource', value: 'window' },
        { name: 'amount', value: '1234.50' },
      ],
      relationships: [
        { objectId: 'baseline:A', qualifier: 'case' },
        { objectId: 'baseline:T1', qualifier: 'applicant' },
      ],
    });
    const submitType = doc.eventTypes.find((t: { name: string }) => t.name === 'Submit');
    expect(submitType.attributes).toEqual([
      { name: 'amount', type: 'float' },
      { name: 'resource', type: 'string' },
      { name: 'variant', type: 'string' },
    ]);
  });

  it('writes one variant with plain object ids and the labels asked for', () => {
    const doc = JSON.parse(toOcelJson(handLog(), { variant: 'reform', names: 'zh' }));
    expect(doc.events.map((e: { type: string }) => e.type)).toEqual([
      '提交申请',
      '作出决定',
      '提交申请',
      '人工审核',
      '作出决定',
    ]);
    expect(doc.objects.map((o: { id: string }) => o.id)).toEqual(['A', 'T1', 'B']);
    expect(doc.events[1].time).toBe('2025-03-03T09:02:30.000+08:00');
    expect(ocelProblems(JSON.stringify(doc))).toEqual([]);
  });

  it('the schema check is live: a document without objects fails it', () => {
    const doc = JSON.parse(toOcelJson(handLog()));
    delete doc.objects;
    expect(ocelProblems(JSON.stringify(doc)).join()).toMatch(/objects/);
  });
});

describe('XES', () => {
  it('validates against the IEEE XES schema and carries the standard keys', async () => {
    const xml = toXes(handLog());
    expect(await xesProblems(xml)).toEqual([]);
    expect(xml).toContain('<classifier name="Activity" keys="concept:name"/>');
    expect(xml).toContain('<string key="concept:name" value="baseline:A"/>');
    expect(xml).toContain('<date key="time:timestamp" value="2025-03-03T09:02:30.000+08:00"/>');
    expect(xml).toContain('<float key="amount" value="1234.50"/>');
    expect(xml).toContain('<boolean key="granted" value="false"/>');
    expect(xml).toContain('<string key="concept:name" value="Review, by hand"/>');
    expect(xml.match(/<trace>/g)).toHaveLength(4);
    expect(xml.match(/<event>/g)).toHaveLength(10);
  });

  it('escapes what XML must escape (names, ampersands, angle brackets)', async () => {
    const log = createEventLog();
    log.defineActivities({ x: { zh: '甲 & 乙', en: '"Quoted" <x>' } });
    log
      .startCase('baseline', 'a&b', 'thing')
      .event('x', d('2025-01-01'), { attributes: { note: 'line1\nline2 & <3' } });
    const xml = toXes(log, { variant: 'baseline', names: 'zh' });
    expect(await xesProblems(xml)).toEqual([]);
    expect(xml).toContain('value="甲 &amp; 乙"');
    expect(xml).toContain('value="line1&#10;line2 &amp; &lt;3"');
  });

  it('the schema check is live: a log without xes.version fails it', async () => {
    const xml = toXes(handLog()).replace(' xes.version="2.0"', '');
    expect((await xesProblems(xml)).join()).toMatch(/xes\.version/);
  });
});

describe('CSV', () => {
  it('writes one row per event with the fixed columns and the attribute columns', () => {
    const lines = toEventCsv(handLog(), { variant: 'reform' }).split('\r\n');
    expect(lines[0]).toBe(
      'case_id,variant,activity,activity_id,activity_zh,activity_en,timestamp,resource,objects,amount,granted,minutes',
    );
    expect(lines[1]).toBe(
      'A,reform,Submit,submit,提交申请,Submit,2025-03-03T09:00:00.000+08:00,online,,1234.50,,',
    );
    expect(lines[2]).toBe(
      'A,reform,Decide,decide,作出决定,Decide,2025-03-03T09:02:30.000+08:00,system,,,true,2.5',
    );
    expect(lines[4]).toBe(
      'B,reform,"Review, by hand",review,人工审核,"Review, by hand",2025-03-03T10:10:00.000+08:00,officer,,,,',
    );
    expect(lines).toHaveLength(7); // header, 5 events, and the empty string after the last CRLF
  });
});
