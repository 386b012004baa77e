// One sample case per variant: the first shell the cross-check missed, step by step, each step
// citing its legal basis or marked as an assumption. Internal.
import { assumption, cited, civilDate, type LegalBasis, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { dateAt, MONTHS, workingDaysLater, yearClock } from './clock';
import { verificationDeadline } from './deadline';
import { CITES } from './law';
import type { BatchResult, CaseEvent } from './simulate';
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

/**
 * The report's samples: one shell in both variants (none when every shell was caught at source).
 * @example
 * samplesOf(result).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(r: BatchResult): SampleCase[] {
  const s = r.story;
  if (s === null) return [];
  const days = yearClock().workingDays;
  // The first working day two months after the shell's last active month (or the year's last one).
  const later = s.taxpayer.regMonth + 3;
  const afterAbsconding = ((later < MONTHS ? days[later]?.[0] : days[MONTHS - 1]?.at(-1)) ?? 0) * 1440 + 540;
  return (['baseline', 'reform'] as const).map((variant) => {
    const events = s[variant];
    const suspended = events.find((e) => e.activity === 'suspend');
    const noticeT = variant === 'reform' && suspended ? workingDaysLater(suspended.t, 1) : afterAbsconding;
    const notice = dateAt(noticeT);
    return {
      id: `shell-${s.taxpayer.index + 1}-${variant}`,
      variant,
      title: { zh: `空壳企业 T${s.taxpayer.index + 1}`, en: `Shell T${s.taxpayer.index + 1}` },
      summary: {
        zh: suspended ? `${dateAt(suspended.t)} 暂停授信/锁票` : '未被暂停，走逃后处理',
        en: suspended ? `suspended on ${dateAt(suspended.t)}` : 'not suspended; handled after it absconded',
      },
      trace: {
        subject: `T${s.taxpayer.index + 1}`,
        outcome: { zh: `${notice} 通知受票方`, en: `buyers notified on ${notice}` },
        steps: stepsOf(events, notice),
      },
    };
  });
}
