// One sample case per variant: the first shell the cross-check missed, step by step, each step
// citing its legal basis or marked as an assumption. Internal.
import { assumption, cited, civilDate, type LegalBasis, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { dateAt, MONTHS, workingDaysLater, yearClock } from './clock';
import { verificationDeadline } from './deadline';
import { CITES } from './law';
import type { CaseEvent, Story } from './simulate';
import { ACTIVITIES } from './simulate';

const NOTICE_LAG = assumption(
  {
    zh: '假设：改革后月度一户式体检在次月首个工作日列出异常凭证；改革前待走逃确认（次次月首个工作日）',
    en: 'Assumption: after the reform the monthly one-account check lists the abnormal vouchers on the next month’s first working day; before it, once absconding is confirmed (a month later)',
  },
  CITES.abnormalVouchers,
);

const BASIS: Record<CaseEvent['activity'], LegalBasis> = {
  register: cited(CITES.typeDecision, CITES.pilot),
  flag: cited(CITES.seed, CITES.classRules),
  alert: cited(CITES.seed, CITES.adjustment),
  respond: cited(CITES.seed, CITES.identityCheck),
  suspend: cited(CITES.seed),
  apply: cited(CITES.typeDecision, CITES.adjustment),
  approve: cited(CITES.typeDecision, CITES.adjustment),
};

function stepsOf(events: readonly CaseEvent[], notice: string | null): TraceStep[] {
  const steps: TraceStep[] = [...events]
    .sort((a, b) => a.t - b.t)
    .map((e, i) => ({
      id: `shell.${e.activity}.${i}`,
      kind: 'step',
      title: ACTIVITIES[e.activity],
      fired: true,
      inputs: { resource: e.resource },
      basis: BASIS[e.activity],
      at: dateAt(e.t),
    }));
  if (notice !== null) {
    steps.push({
      id: 'shell.abnormal-vouchers',
      kind: 'step',
      title: { zh: '列为异常凭证并通知受票方', en: 'Listed as abnormal vouchers, buyers notified' },
      fired: true,
      inputs: { notifiedOn: notice },
      result: verificationDeadline(civilDate(notice)),
      basis: NOTICE_LAG,
      at: notice,
    });
  }
  return steps;
}

function honestSample(s: Story, variant: 'baseline' | 'reform'): SampleCase {
  const events = s[variant];
  const applied = events.filter((e) => e.activity === 'apply').length;
  const alerts = events.filter((e) => e.activity === 'alert').length;
  const n = s.taxpayer.index + 1;
  return {
    id: `taxpayer-${n}-${variant}`,
    variant,
    title: { zh: `正常企业 T${n}`, en: `Honest firm T${n}` },
    summary: {
      zh: `预警 ${alerts} 次，申请增量/调整 ${applied} 次`,
      en: `${alerts} alert(s), ${applied} application(s) for more supply / credit`,
    },
    trace: {
      subject: `T${n}`,
      outcome: { zh: '正常开票，无异常凭证', en: 'invoiced as usual; no abnormal vouchers' },
      steps: stepsOf(events, null),
    },
  };
}

/**
 * The report's samples, one case in both variants: the first shell the cross-check missed, else a
 * shell it caught, else (no shells) an honest firm.
 * @example
 * samplesOf(story, 2).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(s: Story | null, shellActiveMonths: number): SampleCase[] {
  if (s === null) return [];
  if (!s.taxpayer.shell) return [honestSample(s, 'baseline'), honestSample(s, 'reform')];
  const days = yearClock().workingDays;
  // The first working day two months after the shell's last active month (or the year's last one).
  const later = s.taxpayer.regMonth + shellActiveMonths + 1;
  const afterAbsconding = ((later < MONTHS ? days[later]?.[0] : days[MONTHS - 1]?.at(-1)) ?? 0) * 1440 + 540;
  return (['baseline', 'reform'] as const).map((variant) => {
    const events = s[variant];
    const suspended = events.find((e) => e.activity === 'suspend');
    // A shell flagged at registration gets the class I credit (1,000 yuan), below any of its
    // invoices (90,000 yuan and more): it issues nothing, so no buyer is notified.
    const atSource = variant === 'reform' && s.taxpayer.flagged;
    const noticeT = variant === 'reform' && suspended ? workingDaysLater(suspended.t, 1) : afterAbsconding;
    const notice = atSource ? null : dateAt(noticeT);
    const n = s.taxpayer.index + 1;
    return {
      id: `shell-${n}-${variant}`,
      variant,
      title: { zh: `空壳企业 T${n}`, en: `Shell T${n}` },
      summary: atSource
        ? {
            zh: '事前共管推送：Ⅰ类额度，首张发票前即被拦截',
            en: 'flagged at registration: stopped before its first invoice',
          }
        : {
            zh: suspended ? `${dateAt(suspended.t)} 暂停授信/锁票` : '未被暂停，走逃后处理',
            en: suspended
              ? `suspended on ${dateAt(suspended.t)}`
              : 'not suspended; handled after it absconded',
          },
      trace: {
        subject: `T${n}`,
        outcome:
          notice === null
            ? { zh: '未开出发票，无异常凭证', en: 'no invoice issued; no abnormal vouchers' }
            : { zh: `${notice} 通知受票方`, en: `buyers notified on ${notice}` },
        steps: stepsOf(events, notice),
      },
    };
  });
}
