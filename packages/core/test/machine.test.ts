// defineMachine: worked examples on a toy licence application (行政许可法 第三十二条's 5-working-day
// notice period as a guard), refusals as values, bad events as ValidationError, time that never
// runs backwards, the trace and the table as data.
import { describe, expect, it } from 'vitest';
import {
  type CivilDate,
  cited,
  defineMachine,
  InvalidTransitionError,
  type MachineTypes,
  machineDiagram,
  machineTrace,
  ValidationError,
} from '../src/index';
import { draft, type LicenceEvent, licence } from './machine-toy';

// Core's own tests name the laws they cite here: the statutes package depends on core, not the reverse.
const LAWS = {
  administrativeLicensing: { zh: '中华人民共和国行政许可法', en: 'Administrative Licensing Law of the PRC' },
  agriProductQuality: {
    zh: '中华人民共和国农产品质量安全法',
    en: 'Law of the PRC on the Quality and Safety of Agricultural Products',
  },
} as const;

const d = (s: string) => s as CivilDate;

function validationPaths(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

/** Applies events in order, failing the test on the first refusal. */
function play(events: LicenceEvent[]) {
  let s = draft();
  for (const e of events) {
    const r = licence.transition(s, e);
    if (!r.ok) throw new Error(`${e.type} refused: ${r.error.reason.en}`);
    s = r.snapshot;
  }
  return s;
}

describe('a licence application, event by event', () => {
  it('submits, is told once what is missing, supplements, is accepted and granted', () => {
    const s = play([
      { type: 'submit', at: d('2024-09-30') },
      { type: 'notify-incomplete', at: d('2024-10-08'), missing: ['site-plan'] },
      { type: 'supplement', at: d('2024-10-09') },
      { type: 'accept', at: d('2024-10-10') },
      { type: 'decide', at: d('2024-10-31'), granted: true },
    ]);
    expect(s.state).toBe('granted');
    expect(s.at).toBe('2024-10-31');
    expect(s.started).toEqual({ state: 'drafted', at: null });
    expect(s.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'drafted>submitted',
      'submitted>incomplete',
      'incomplete>submitted',
      'submitted>accepted',
      'accepted>granted',
    ]);
    // supplement on 10-09 (Wed) restarts the 5 working days: 10-10, 10-11, 10-12 (make-up Sat), 10-14, 10-15
    expect(s.context).toEqual({ applicant: 'A', noticeBy: '2024-10-15', notices: 1 });
    expect(licence.isFinal(s)).toBe(true);
    expect(licence.allowedEvents(s)).toEqual([]);
  });

  it('sets the notice deadline on submission: 2024-09-30 + 5 working days = 2024-10-12 (国庆 10-01..07, make-up Saturday 10-12)', () => {
    const s = play([{ type: 'submit', at: d('2024-09-30') }]);
    expect(s.context.noticeBy).toBe('2024-10-12');
    expect(licence.allowedEvents(s)).toEqual(['notify-incomplete', 'accept', 'withdraw']);
  });

  it('returns the effects the transition asks for, as data, and counts the notice', () => {
    const s = play([{ type: 'submit', at: d('2024-09-30') }]);
    const r = licence.transition(s, { type: 'notify-incomplete', at: d('2024-10-12'), missing: ['a', 'b'] });
    expect(r.ok && r.effects).toEqual([{ type: 'send-notice', to: 'A', missing: ['a', 'b'] }]);
    expect(r.ok && r.snapshot.context.notices).toBe(1);
    const quiet = licence.transition(s, { type: 'accept', at: d('2024-10-08') });
    expect(quiet.ok && quiet.effects).toEqual([]);
  });

  it('picks the target from the event and cites the article of that outcome (第三十四条 grant, 第三十八条 refusal)', () => {
    const accepted = play([
      { type: 'submit', at: d('2024-03-01') },
      { type: 'accept', at: d('2024-03-04') },
    ]);
    const refused = licence.transition(accepted, { type: 'decide', at: d('2024-03-20'), granted: false });
    expect(refused.ok && refused.snapshot.state).toBe('refused');
    expect(refused.ok && refused.step.basis).toEqual(
      cited({ law: LAWS.administrativeLicensing, article: '第三十八条' }),
    );
    // the table keeps the general basis of the event for docs
    expect(licence.table.events.decide.basis).toEqual(
      cited({ law: LAWS.administrativeLicensing, article: '第三十四条' }),
    );
  });

  it('never changes the snapshot it is given, and freezes the one it returns', () => {
    const s = play([{ type: 'submit', at: d('2024-09-30') }]);
    const before = JSON.stringify(s);
    const r = licence.transition(s, { type: 'accept', at: d('2024-10-08') });
    expect(JSON.stringify(s)).toBe(before);
    expect(r.ok && Object.isFrozen(r.snapshot) && Object.isFrozen(r.snapshot.history)).toBe(true);
  });
});

describe('refusals are values naming the problem and the events the state does accept', () => {
  const submitted = play([{ type: 'submit', at: d('2024-09-30') }]);

  it('not-allowed: a submitted application cannot be decided', () => {
    const r = licence.transition(submitted, { type: 'decide', at: d('2024-10-08'), granted: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({
      code: 'not-allowed',
      machine: 'core-test.licence',
      state: 'submitted',
      event: 'decide',
      allowed: ['notify-incomplete', 'accept', 'withdraw'],
    });
    expect(!r.ok && r.error.reason.en).toBe('submitted does not accept decide');
  });

  it('blocked: a notice after the 5 working days (2024-10-14 > 2024-10-12) is refused by the guard, citing 第三十二条', () => {
    const r = licence.transition(submitted, {
      type: 'notify-incomplete',
      at: d('2024-10-14'),
      missing: ['x'],
    });
    expect(!r.ok && r.error).toMatchObject({
      code: 'blocked',
      guard: 'notice-period-over',
      basis: cited({ law: LAWS.administrativeLicensing, article: '第三十二条' }),
    });
    expect(!r.ok && r.error.reason.zh).toBe('告知期限已过，视为受理');
  });

  it('time-reversed: an event before the last one is refused; the same day is fine', () => {
    const r = licence.transition(submitted, { type: 'accept', at: d('2024-09-29') });
    expect(!r.ok && r.error.code).toBe('time-reversed');
    expect(!r.ok && r.error.reason.en).toBe('time runs forward: 2024-09-29 is before 2024-09-30');
    expect(licence.transition(submitted, { type: 'accept', at: d('2024-09-30') }).ok).toBe(true);
  });

  it('final-state: a withdrawn application accepts nothing, not even another withdrawal', () => {
    const w = licence.apply(submitted, { type: 'withdraw', at: d('2024-10-08') });
    const r = licence.transition(w, { type: 'withdraw', at: d('2024-10-09') });
    expect(!r.ok && [r.error.code, r.error.allowed]).toEqual(['final-state', []]);
  });

  it('apply throws InvalidTransitionError carrying the reason, for callers who prefer exceptions', () => {
    expect(() => licence.apply(submitted, { type: 'decide', at: d('2024-10-08'), granted: true })).toThrow(
      InvalidTransitionError,
    );
    expect(() => licence.apply(submitted, { type: 'accept', at: d('2024-09-01') })).toThrow(
      /time runs forward/,
    );
  });
});

describe('bad input is a ValidationError naming the field; the snapshot is untouched', () => {
  const s = draft();
  it('names an unknown event type, a bad date and a bad payload field', () => {
    expect(
      validationPaths(() => licence.transition(s, { type: 'bribe', at: '2024-03-01' } as never)),
    ).toEqual(['event.type']);
    expect(validationPaths(() => licence.transition(s, { type: 'submit', at: d('2024-02-30') }))).toEqual([
      'event.at',
    ]);
    expect(validationPaths(() => licence.transition(s, { type: 'submit' } as never))).toEqual(['event.at']);
    const submitted = licence.apply(s, { type: 'submit', at: d('2024-03-01') });
    expect(
      validationPaths(() =>
        licence.transition(submitted, { type: 'notify-incomplete', at: d('2024-03-04'), missing: [] }),
      ),
    ).toEqual(['event.missing']);
    expect(validationPaths(() => licence.transition(s, null as never))).toEqual(['event']);
  });
  it('names a snapshot that is not one of this machine', () => {
    expect(
      validationPaths(() => licence.transition({} as never, { type: 'submit', at: d('2024-03-01') })),
    ).toEqual(['snapshot.machine']);
    expect(validationPaths(() => licence.allowedEvents({ ...s, state: 'archived' } as never))).toEqual([
      'snapshot.state',
    ]);
    expect(validationPaths(() => licence.isFinal({ ...s, at: '2024-13-01' }))).toEqual(['snapshot.at']);
    expect(validationPaths(() => licence.isFinal('archived' as never))).toEqual(['state']);
    expect(validationPaths(() => licence.start(s.context, '03/01/2024'))).toEqual(['at']);
    expect(
      validationPaths(() => licence.restore({ state: 'lost' as never, context: s.context, at: null })),
    ).toEqual(['view.state']);
  });

  it('refuses a context that is not JSON data (fuzz #32: NaN context), naming its path', () => {
    expect(validationPaths(() => licence.start(Number.NaN as never))).toEqual(['context']);
    expect(validationPaths(() => licence.start(Number.POSITIVE_INFINITY as never))).toEqual(['context']);
    expect(validationPaths(() => licence.start({ ...s.context, fee: Number.NaN } as never))).toEqual([
      'context.fee',
    ]);
    expect(
      validationPaths(() => licence.restore({ state: s.state, context: [1n] as never, at: null })),
    ).toEqual(['view.context[0]']);
  });
});

describe('restore: a case held elsewhere continues on the machine', () => {
  it('resumes an accepted application with its time, and refuses an earlier event', () => {
    const s = licence.restore({
      state: 'accepted',
      context: { applicant: 'B', noticeBy: d('2024-03-08'), notices: 0 },
      at: '2024-03-04',
    });
    expect([s.history, s.started]).toEqual([[], { state: 'accepted', at: '2024-03-04' }]);
    expect(licence.transition(s, { type: 'decide', at: d('2024-03-01'), granted: true }).ok).toBe(false);
    expect(licence.apply(s, { type: 'decide', at: d('2024-03-05'), granted: true }).state).toBe('granted');
  });
});

describe('the trace and the table', () => {
  const s = play([
    { type: 'submit', at: d('2024-03-01') },
    { type: 'accept', at: d('2024-03-04') },
  ]);
  it('gives one cited trace step per transition', () => {
    expect(machineTrace(licence, s)).toEqual([
      {
        id: 'core-test.licence.submit',
        kind: 'step',
        title: { zh: '提交申请', en: 'Submit' },
        fired: true,
        inputs: { from: 'drafted', event: 'submit' },
        result: 'submitted',
        basis: cited({ law: LAWS.administrativeLicensing, article: '第三十二条' }),
        at: '2024-03-01',
      },
      {
        id: 'core-test.licence.accept',
        kind: 'step',
        title: { zh: '受理', en: 'Accept' },
        fired: true,
        inputs: { from: 'submitted', event: 'accept' },
        result: 'accepted',
        basis: cited({ law: LAWS.administrativeLicensing, article: '第三十二条' }),
        at: '2024-03-04',
      },
    ]);
  });
  it('exports the table as JSON data: states with their events, events with sources and targets', () => {
    const t = JSON.parse(JSON.stringify(licence.table));
    expect(t.initial).toBe('drafted');
    expect(t.clock).toBe('date');
    expect(t.states.accepted).toEqual({
      label: { zh: '已受理', en: 'Accepted' },
      final: false,
      events: ['decide', 'withdraw'],
    });
    expect(t.events.decide).toMatchObject({
      from: ['accepted'],
      to: ['granted', 'refused'],
      guarded: false,
      payload: true,
    });
    expect(t.events['notify-incomplete'].guarded).toBe(true);
  });
  it('draws the table as a Mermaid state diagram', () => {
    const lines = machineDiagram(licence).split('\n');
    expect(lines.slice(0, 2)).toEqual(['stateDiagram-v2', '  [*] --> drafted']);
    expect(lines).toContain('  accepted --> refused: decide');
    expect(lines).toContain('  incomplete --> withdrawn: withdraw');
    expect(lines).toContain('  granted --> [*]');
    expect(machineDiagram(licence, 'zh').split('\n')).toContain('  granted: 准予许可');
  });
});

describe('a date-time clock (an objection window counted in minutes)', () => {
  type Ev = { type: 'object'; at: string } | { type: 'close'; at: string };
  const basis = cited({ law: LAWS.agriProductQuality, article: '第五十一条' });
  const objection = defineMachine({
    id: 'core-test.objection',
    initial: 'open',
    clock: 'date-time',
    types: {} as MachineTypes<{ closesAt: string }, Ev>,
    states: {
      open: { label: { zh: '异议期内', en: 'Open' } },
      objected: { label: { zh: '已提出异议', en: 'Objected' }, final: true },
      closed: { label: { zh: '异议期届满', en: 'Closed' }, final: true },
    },
    events: {
      object: {
        from: ['open'],
        to: 'objected',
        label: { zh: '提出异议', en: 'Object' },
        basis,
        guard: (v, e) =>
          e.at > v.context.closesAt
            ? { code: 'window-closed', reason: { zh: '异议期已过', en: 'the window has closed' }, basis }
            : undefined,
      },
      close: { from: ['open'], to: 'closed', label: { zh: '届满', en: 'Close' }, basis },
    },
  });
  // results at 22:00, 4 hours to object: the window closes at 02:00 the next day
  const s = objection.start({ closesAt: '2025-10-01T02:00' }, '2025-09-30T22:00');
  it('accepts an objection at 01:59 and refuses one at 02:01', () => {
    expect(objection.transition(s, { type: 'object', at: '2025-10-01T01:59' }).ok).toBe(true);
    const late = objection.transition(s, { type: 'object', at: '2025-10-01T02:01' });
    expect(!late.ok && late.error.guard).toBe('window-closed');
  });
  it('orders by minutes and rejects a bare date or a bad time', () => {
    const back = objection.transition(s, { type: 'close', at: '2025-09-30T21:59' });
    expect(!back.ok && back.error.code).toBe('time-reversed');
    expect(validationPaths(() => objection.transition(s, { type: 'close', at: '2025-10-01' }))).toEqual([
      'event.at',
    ]);
    expect(validationPaths(() => objection.transition(s, { type: 'close', at: '2025-10-01T24:00' }))).toEqual(
      ['event.at'],
    );
  });
});
