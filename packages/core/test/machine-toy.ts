// A small licence application for the machine tests: one guard from the law (the 5-working-day
// notice period of 行政许可法 第三十二条), a payload, an effect, a context update and a `to` chosen by
// the event (a decision grants or refuses).
import {
  addWorkingDays,
  assumption,
  type CivilDate,
  cited,
  defineMachine,
  type Localized,
  type MachineTypes,
  z,
} from '../src/index';

// Core's own tests name the laws they cite here: the statutes package depends on core, not the reverse.
const LAWS = {
  administrativeLicensing: { zh: '中华人民共和国行政许可法', en: 'Administrative Licensing Law of the PRC' },
  agriProductQuality: {
    zh: '中华人民共和国农产品质量安全法',
    en: 'Law of the PRC on the Quality and Safety of Agricultural Products',
  },
} as const;

export interface LicenceContext {
  readonly applicant: string;
  readonly noticeBy: CivilDate | null;
  readonly notices: number;
}

export type LicenceEvent =
  | { readonly type: 'submit'; readonly at: CivilDate }
  | { readonly type: 'notify-incomplete'; readonly at: CivilDate; readonly missing: readonly string[] }
  | { readonly type: 'supplement'; readonly at: CivilDate }
  | { readonly type: 'accept'; readonly at: CivilDate }
  | { readonly type: 'decide'; readonly at: CivilDate; readonly granted: boolean }
  | { readonly type: 'withdraw'; readonly at: CivilDate };

export interface NoticeEffect {
  readonly type: 'send-notice';
  readonly to: string;
  readonly missing: readonly string[];
}

const art32 = cited({ law: LAWS.administrativeLicensing, article: '第三十二条' });
const art34 = cited({ law: LAWS.administrativeLicensing, article: '第三十四条' });
const art38 = cited({ law: LAWS.administrativeLicensing, article: '第三十八条' });
const label = (zh: string, en: string): Localized => ({ zh, en });

export const licence = defineMachine({
  id: 'core-test.licence',
  initial: 'drafted',
  types: {} as MachineTypes<LicenceContext, LicenceEvent, NoticeEffect>,
  states: {
    drafted: { label: label('草拟', 'Drafted') },
    submitted: { label: label('已提交', 'Submitted') },
    incomplete: { label: label('待补正', 'Incomplete') },
    accepted: { label: label('已受理', 'Accepted') },
    granted: { label: label('准予许可', 'Granted'), final: true },
    refused: { label: label('不予许可', 'Refused'), final: true },
    withdrawn: { label: label('撤回', 'Withdrawn'), final: true },
  },
  events: {
    submit: {
      from: ['drafted'],
      to: 'submitted',
      label: label('提交申请', 'Submit'),
      basis: art32,
      // the notice period runs 5 working days from receipt (第三十二条)
      assign: (c, e) => ({ ...c, noticeBy: addWorkingDays(e.at, 5) }),
    },
    'notify-incomplete': {
      from: ['submitted'],
      to: 'incomplete',
      label: label('一次性告知补正', 'Notify incomplete'),
      basis: art32,
      payload: z.object({ missing: z.array(z.string().min(1)).min(1) }),
      guard: (v, e) =>
        v.context.noticeBy !== null && e.at > v.context.noticeBy
          ? {
              code: 'notice-period-over',
              reason: label('告知期限已过，视为受理', 'the notice period is over: deemed accepted'),
              basis: art32,
            }
          : undefined,
      assign: (c) => ({ ...c, notices: c.notices + 1 }),
      effect: (c, e) => [{ type: 'send-notice', to: c.applicant, missing: e.missing }],
    },
    supplement: {
      from: ['incomplete'],
      to: 'submitted',
      label: label('补正材料', 'Supplement'),
      basis: art32,
      assign: (c, e) => ({ ...c, noticeBy: addWorkingDays(e.at, 5) }),
    },
    accept: { from: ['submitted'], to: 'accepted', label: label('受理', 'Accept'), basis: art32 },
    decide: {
      from: ['accepted'],
      to: (_, e) => (e.granted ? 'granted' : 'refused'),
      targets: ['granted', 'refused'],
      label: label('作出决定', 'Decide'),
      basis: art34,
      basisOf: (_, __, to) => (to === 'granted' ? art34 : art38),
      payload: z.object({ granted: z.boolean() }),
    },
    withdraw: {
      from: ['drafted', 'submitted', 'incomplete', 'accepted'],
      to: 'withdrawn',
      label: label('撤回申请', 'Withdraw'),
      basis: assumption({
        zh: '申请人可在决定前撤回申请；法律对撤回形式未作规定。',
        en: 'An applicant may withdraw before the decision; the statute is silent on form.',
      }),
    },
  },
});

/** A fresh case for applicant `who`, started without a time (the submission sets the clock). */
export const draft = (who = 'A') => licence.start({ applicant: who, noticeBy: null, notices: 0 });
