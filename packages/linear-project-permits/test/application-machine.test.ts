// The application state machine: hand-checked paths (deemed acceptance, 行政许可法 第三十二条),
// illegal transitions rejected by the type checker and at run time, and a fast-check model-based
// test whose model is written from the statute, independently of the implementation; then the
// machine's own table checked by core's model-based commands.
import {
  addWorkingDays,
  type CivilDate,
  civilDate,
  compareDates,
  InvalidTransitionError,
  isWorkingDay,
  ValidationError,
} from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import { LAWS } from '@gd-ftz/statutes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOWED_EVENTS, applyEvent, draftApplication, transition } from '../src/application-machine';
import type { ApplicationEvent, ApplicationState } from '../src/application-states';
import { applicationMachine } from '../src/application-table';
import type { PermitKind } from '../src/permits';

const d = (s: string) => civilDate(s);

describe('hand-checked paths', () => {
  it('deems an application accepted from receipt when no notice is given within 5 working days (第三十二条)', () => {
    const submitted = transition(draftApplication('works'), { type: 'submit', at: '2024-09-30' });
    expect(submitted.noticeDeadline).toBe('2024-10-12'); // 10-08..10-11 + make-up Saturday 10-12
    // Monday 10-14 is the first working day after the notice period: a notice now comes too late.
    expect(() =>
      transition(submitted, { type: 'notify-incomplete', at: '2024-10-14', missing: ['design-scheme'] }),
    ).toThrow(InvalidTransitionError);
    const deemed = transition(submitted, { type: 'notice-period-lapses', at: '2024-10-14' });
    expect(deemed.status).toBe('accepted');
    expect(deemed.deemed).toBe(true);
    // 自收到申请材料之日起即为受理: the decision clock runs from 09-30, so the deadline is 11-01.
    expect(deemed.acceptedOn).toBe('2024-09-30');
    expect(deemed.decisionDeadline).toBe('2024-11-01');
  });
  it('accepts a notice on the last day of the period, the make-up Saturday 2024-10-12', () => {
    const submitted = transition(draftApplication('works'), { type: 'submit', at: '2024-09-30' });
    const incomplete = transition(submitted, {
      type: 'notify-incomplete',
      at: '2024-10-12',
      missing: ['land-proof'],
    });
    expect(incomplete.status).toBe('incomplete');
    expect(() => transition(submitted, { type: 'notice-period-lapses', at: '2024-10-12' })).toThrow(
      InvalidTransitionError,
    );
  });
  it('runs a full licence: extended once, decided on the extended deadline, issued within 10 working days', () => {
    let s: ApplicationState = draftApplication('land-use');
    s = applyEvent(s, { type: 'submit', at: '2024-09-30' });
    s = applyEvent(s, { type: 'accept', at: '2024-09-30' });
    s = applyEvent(s, { type: 'start-review', at: '2024-10-08' });
    s = applyEvent(s, { type: 'extend', at: '2024-11-01' });
    expect(s.status === 'extended' && s.decisionDeadline).toBe('2024-11-15');
    s = applyEvent(s, { type: 'approve', at: '2024-11-15' });
    expect(s.status === 'approved' && [s.lateDecision, s.issueDeadline]).toEqual([false, '2024-11-29']);
    s = applyEvent(s, { type: 'issue', at: '2024-12-02' }); // one working day past 11-29
    expect(s.status === 'issued' && [s.lateDecision, s.lateIssue]).toEqual([false, true]);
  });
  it('stops the clock for the builder’s revision: the deadline moves by the suspended working days (第四十五条)', () => {
    let s: ApplicationState = draftApplication('works');
    s = applyEvent(s, { type: 'submit', at: '2024-09-30' });
    s = applyEvent(s, { type: 'accept', at: '2024-09-30' });
    s = applyEvent(s, { type: 'start-review', at: '2024-10-08' });
    expect(s.status === 'under-review' && s.decisionDeadline).toBe('2024-11-01'); // 20 working days
    s = applyEvent(s, { type: 'suspend-clock', at: '2024-10-08', days: 5 });
    // 11-01 + 5 working days: 11-04..11-08 → 11-08.
    expect(s.status === 'under-review' && [s.suspendedDays, s.decisionDeadline]).toEqual([5, '2024-11-08']);
    // The extension adds 10 to the original 20 (→ 11-15), then the 5 suspended days: 11-18..22 → 11-22.
    s = applyEvent(s, { type: 'extend', at: '2024-11-08' });
    expect(s.status === 'extended' && s.decisionDeadline).toBe('2024-11-22');
    s = applyEvent(s, { type: 'approve', at: '2024-11-22' });
    expect(s.status === 'approved' && s.lateDecision).toBe(false);
  });
  it('refuses a clock stop of no days, naming the field', () => {
    const review = applyEvent(
      applyEvent(applyEvent(draftApplication('works'), { type: 'submit', at: '2024-09-30' }), {
        type: 'accept',
        at: '2024-09-30',
      }),
      { type: 'start-review', at: '2024-10-08' },
    );
    let error: unknown;
    try {
      applyEvent(review, { type: 'suspend-clock', at: '2024-10-08', days: 0 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['event.days']);
  });
  it('records a filing on acceptance and refuses to review it', () => {
    const accepted = applyEvent(
      applyEvent(draftApplication('swc-filing'), { type: 'submit', at: '2024-03-01' }),
      {
        type: 'accept',
        at: '2024-03-01',
      },
    );
    expect(() => applyEvent(accepted, { type: 'start-review', at: '2024-03-04' })).toThrow(
      InvalidTransitionError,
    );
    expect(applyEvent(accepted, { type: 'issue', at: '2024-03-01' }).status).toBe('issued');
  });
});

describe('illegal transitions', () => {
  it('do not type-check', () => {
    const drafted = draftApplication('works');
    // @ts-expect-error a drafted application cannot be approved
    expect(() => transition(drafted, { type: 'approve', at: '2024-03-01' })).toThrow(InvalidTransitionError);
    const submitted = transition(drafted, { type: 'submit', at: '2024-03-01' });
    // @ts-expect-error a submitted application cannot be issued
    expect(() => transition(submitted, { type: 'issue', at: '2024-03-04' })).toThrow(InvalidTransitionError);
  });
  it('are rejected at run time: day off, going back in time, extension of 选址, terminal states', () => {
    const submitted = transition(draftApplication('siting'), { type: 'submit', at: '2024-03-01' });
    expect(() => transition(submitted, { type: 'accept', at: '2024-03-02' })).toThrow(/not a working day/);
    expect(() => transition(submitted, { type: 'accept', at: '2024-02-29' })).toThrow(/before/);
    const review = transition(transition(submitted, { type: 'accept', at: '2024-03-01' }), {
      type: 'start-review',
      at: '2024-03-01',
    });
    expect(() => transition(review, { type: 'extend', at: '2024-03-04' })).toThrow(InvalidTransitionError);
    const refused = transition(review, {
      type: 'reject',
      at: '2024-03-04',
      reason: { zh: '不符合', en: 'no' },
    });
    expect(() => applyEvent(refused, { type: 'issue', at: '2024-03-05' })).toThrow(InvalidTransitionError);
  });
  it('name the field of a malformed event', () => {
    const s = draftApplication('works');
    try {
      applyEvent(s, { type: 'submit', at: '2024-13-01' });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['event.at']);
    }
    expect(() => draftApplication('bridge' as PermitKind)).toThrow(ValidationError);
  });
});

// ---- model-based test ------------------------------------------------------------------------

type Status = ApplicationState['status'];
interface Model {
  kind: PermitKind;
  status: Status;
  last: CivilDate;
  submittedOn?: CivilDate | undefined;
  noticeDeadline?: CivilDate | undefined;
  acceptedOn?: CivilDate | undefined;
  decisionDeadline?: CivilDate | undefined;
}
interface Real {
  state: ApplicationState;
}

// Limits written from the law, independently of src/: 第三十二条 5 working days; 第四十二条 20 (+10);
// Guangdong's 40 working days for 选址 without extension; filings have none.
const LIMITS: Record<string, { base: number; ext: number | null } | null> = {
  works: { base: 20, ext: 10 },
  siting: { base: 40, ext: null },
  'swc-filing': null,
};

function expectedNext(m: Model, e: ApplicationEvent): Status | null {
  const on = e.at as CivilDate;
  const afterNotice = m.noticeDeadline !== undefined && compareDates(on, m.noticeDeadline) > 0;
  const filing = LIMITS[m.kind] === null;
  switch (m.status) {
    case 'drafted':
      return e.type === 'submit' ? 'submitted' : null;
    case 'submitted':
      if (e.type === 'notify-incomplete') return afterNotice ? null : 'incomplete';
      if (e.type === 'accept') return afterNotice ? null : 'accepted';
      if (e.type === 'notice-period-lapses') return afterNotice ? 'accepted' : null;
      return null;
    case 'incomplete':
      return e.type === 'supplement' ? 'supplemented' : null;
    case 'supplemented':
      return e.type === 'accept' ? 'accepted' : null;
    case 'accepted':
      if (e.type === 'start-review') return filing ? null : 'under-review';
      if (e.type === 'issue') return filing ? 'issued' : null;
      return null;
    case 'under-review':
      if (e.type === 'extend') {
        const ext = LIMITS[m.kind]?.ext ?? null;
        return ext !== null && compareDates(on, m.decisionDeadline as CivilDate) <= 0 ? 'extended' : null;
      }
      return e.type === 'approve' ? 'approved' : e.type === 'reject' ? 'rejected' : null;
    case 'extended':
      return e.type === 'approve' ? 'approved' : e.type === 'reject' ? 'rejected' : null;
    case 'approved':
      return e.type === 'issue' ? 'issued' : null;
    default:
      return null;
  }
}

class EventCommand implements fc.Command<Model, Real> {
  constructor(
    readonly type: ApplicationEvent['type'],
    readonly offset: number,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const on = addWorkingDays(m.last, this.offset);
    const e = (
      this.type === 'notify-incomplete'
        ? { type: this.type, at: on, missing: ['design-scheme'] }
        : this.type === 'reject'
          ? { type: this.type, at: on, reason: { zh: '不符合', en: 'no' } }
          : { type: this.type, at: on }
    ) as ApplicationEvent;
    const next = expectedNext(m, e);
    const before = JSON.stringify(r.state);
    if (next === null) {
      expect(() => applyEvent(r.state, e)).toThrow(InvalidTransitionError);
      expect(JSON.stringify(r.state)).toBe(before);
      return;
    }
    const s = applyEvent(r.state, e);
    expect(s.status).toBe(next);
    expect(JSON.stringify(r.state)).toBe(before); // never mutated
    const limit = LIMITS[m.kind];
    if (m.status === 'drafted') {
      m.submittedOn = on;
      m.noticeDeadline = addWorkingDays(on, 5);
    }
    if (next === 'accepted') {
      m.acceptedOn = e.type === 'notice-period-lapses' ? m.submittedOn : on;
      m.decisionDeadline = limit ? addWorkingDays(m.acceptedOn as CivilDate, limit.base) : undefined;
      expect(s.status === 'accepted' && [s.acceptedOn, s.decisionDeadline]).toEqual([
        m.acceptedOn,
        m.decisionDeadline ?? null,
      ]);
    }
    if (next === 'extended' && limit?.ext) {
      m.decisionDeadline = addWorkingDays(m.acceptedOn as CivilDate, limit.base + limit.ext);
      expect(s.status === 'extended' && s.decisionDeadline).toBe(m.decisionDeadline);
    }
    if ((next === 'approved' || next === 'rejected') && 'lateDecision' in s) {
      expect(s.lateDecision).toBe(compareDates(on, m.decisionDeadline as CivilDate) > 0);
    }
    m.status = next;
    m.last = on;
    r.state = s;
  }
  toString(): string {
    return `${this.type}+${this.offset}`;
  }
}

const TYPES: ApplicationEvent['type'][] = [
  'submit',
  'notify-incomplete',
  'notice-period-lapses',
  'supplement',
  'accept',
  'start-review',
  'extend',
  'approve',
  'reject',
  'issue',
];

describe('model-based', () => {
  it('property: the machine follows the statute model and never reaches an illegal state', () => {
    const command = fc
      .tuple(fc.constantFrom(...TYPES), fc.integer({ min: 0, max: 25 }))
      .map(([t, o]) => new EventCommand(t, o));
    fc.assert(
      fc.property(
        fc.constantFrom<PermitKind>('works', 'siting', 'swc-filing'),
        fc.constantFrom(d('2024-09-27'), d('2024-09-30'), d('2025-01-24'), d('2025-04-30')),
        fc.commands([command], { maxCommands: 30 }),
        (kind, start, cmds) => {
          fc.modelRun(
            () => ({
              model: { kind, status: 'drafted' as Status, last: start },
              real: { state: draftApplication(kind) },
            }),
            cmds,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the machine table', () => {
  it('accepts in each status exactly the events of the type-level TransitionTable (ALLOWED_EVENTS)', () => {
    const runtime = Object.fromEntries(
      Object.entries(applicationMachine.table.states).map(([status, row]) => [status, row.events]),
    );
    expect(runtime).toEqual(ALLOWED_EVENTS);
    const final = Object.entries(applicationMachine.table.states).filter(([, row]) => row.final);
    expect(final.map(([status]) => status)).toEqual(['rejected', 'issued']);
  });

  it('refuses as values, naming the guard and citing the article', () => {
    const submitted = applicationMachine.restore({
      state: 'submitted',
      context: transition(draftApplication('works'), { type: 'submit', at: '2024-09-30' }),
      at: '2024-09-30',
    });
    // 2024-10-05 is a Saturday of 国庆节 (行政许可法 第八十二条: working days only)
    const dayOff = applicationMachine.transition(submitted, { type: 'accept', at: '2024-10-05' });
    expect(!dayOff.ok && [dayOff.error.code, dayOff.error.guard]).toEqual(['blocked', 'day-off']);
    // 10-14 is after the notice deadline 10-12 (第三十二条): deemed accepted, no late notice
    const late = applicationMachine.transition(submitted, {
      type: 'notify-incomplete',
      at: '2024-10-14',
      missing: ['design-scheme'],
    });
    expect(!late.ok && late.error.guard).toBe('notice-period-over');
    expect(!late.ok && late.error.basis?.kind === 'cited' && late.error.basis.citations[0].article).toBe(
      '第三十二条第一款第（四）项',
    );
    expect(!late.ok && late.error.basis?.kind === 'cited' && late.error.basis.citations[0].law).toEqual(
      LAWS.administrativeLicensing,
    );
  });
});

describe('model-based, from the machine table (core machineCommands)', () => {
  it('property: the table holds at run time, acts fall on working days, and the context mirrors the state', () => {
    fc.assert(
      machineProperty(applicationMachine, {
        start: fc
          .constantFrom<PermitKind>('works', 'siting', 'swc-filing', 'eia-form')
          .map((kind) => applicationMachine.start(draftApplication(kind))),
        eventArbs: {
          'notify-incomplete': fc.record({ missing: fc.constant(['design-scheme']) }),
          'suspend-clock': fc.record({ days: fc.integer({ min: 1, max: 20 }) }),
          reject: fc.record({ reason: fc.constant({ zh: '不符合', en: 'no' }) }),
        },
        origin: '2024-09-27',
        gap: fc.integer({ min: -2, max: 12 }),
        until: '2026-12-31',
        check: (_, e, r) => {
          if (!r.ok) return;
          expect(isWorkingDay(e.at as CivilDate)).toBe(true);
          expect(r.snapshot.context.status).toBe(r.snapshot.state);
        },
      }),
      { numRuns: 200 },
    );
  });
});
