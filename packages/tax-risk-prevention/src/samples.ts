// Sample cases with their full trace: a shell firm in both variants, every step cited or a marked
// assumption. Internal: not exported from src/index.ts.
import { addMonths, cited, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { indicatorsUnchecked } from './indicators';
import { CITES, TIER_BASES } from './law';
import type { TaxpayerMonth } from './model';
import { taxpayerMonthOf, YEAR_START } from './population';
import { assessRisk } from './risk';
import { BASELINE_VISIT_DAY, type Outcome, scoredOn } from './simulate';

function reformSteps(o: Outcome): TraceStep[] {
  const t = o.taxpayer;
  const steps: TraceStep[] = [];
  const offset = t.truth === 'shell' ? (t.onset ?? 0) : 0;
  if (o.refused) {
    return [
      {
        id: 'registration.refused',
        kind: 'step',
        title: {
          zh: '实名实人认证未通过，不予登记',
          en: 'Registration refused by the trusted-identity check',
        },
        fired: true,
        inputs: { taxpayerId: t.id },
        basis: {
          kind: 'assumption',
          reason: {
            zh: '假设：部分借用身份的空壳在登记时被实名认证拦下',
            en: 'Assumption: a share of shells on borrowed identities is stopped at registration',
          },
          citations: [CITES.seed],
        },
        at: addMonths(YEAR_START, offset),
      },
    ];
  }
  const filed: TaxpayerMonth[] = [];
  o.tiers.forEach((tier, i) => {
    const figures = o.corrected && t.clean ? t.clean[i] : t.months[i];
    if (figures === undefined) return;
    const month = taxpayerMonthOf(t.id, figures);
    const asOf = scoredOn(i + offset);
    const a = assessRisk(indicatorsUnchecked(month, filed), asOf);
    filed.push(month);
    steps.push({
      id: `month.${month.month}.score`,
      kind: 'step',
      title: {
        zh: `${month.month.slice(0, 7)} 实时体检：${a.score} 分，${tier}`,
        en: `${month.month.slice(0, 7)} real-time check: ${a.score} points, ${tier}`,
      },
      fired: tier !== 'none',
      inputs: Object.fromEntries(a.hits.map((h) => [h.key, h.value ?? 'n/a'])),
      result: tier,
      basis: TIER_BASES[tier],
      at: asOf,
    });
  });
  return steps;
}

function baselineSteps(o: Outcome): TraceStep[] {
  const t = o.taxpayer;
  if (o.visits > 0) {
    return [
      {
        id: 'assessment.visit',
        kind: 'step',
        title: { zh: '年度纳税评估下户', en: 'Annual assessment visit' },
        fired: true,
        inputs: { taxpayerId: t.id },
        basis: {
          kind: 'assumption',
          reason: {
            zh: '假设：改革前按比例抽样下户评估',
            en: 'Assumption: before the reform a sample is assessed on site',
          },
        },
        at: BASELINE_VISIT_DAY,
      },
    ];
  }
  return [
    {
      id: 'downstream.finding',
      kind: 'step',
      title: {
        zh: '走逃后下游发现异常凭证',
        en: 'Abnormal vouchers found downstream after the firm vanished',
      },
      fired: o.warnedOn !== undefined,
      inputs: { taxpayerId: t.id, issued: o.shellIssued.toString() },
      basis: cited(CITES.absconding, CITES.abnormalVoucher),
      ...(o.warnedOn ? { at: o.warnedOn } : {}),
    },
  ];
}

function sample(o: Outcome): SampleCase {
  const t = o.taxpayer;
  return {
    id: `${t.id}-${o.variant}`,
    variant: o.variant,
    title: { zh: `纳税人 ${t.id}（空壳）`, en: `Taxpayer ${t.id} (shell)` },
    summary: {
      zh: `阻断前开票 ${o.shellIssued.toString()} 元`,
      en: `${o.shellIssued.toString()} yuan invoiced before the block`,
    },
    trace: {
      subject: t.id,
      outcome: o.warnedOn
        ? { zh: `${o.warnedOn} 预警`, en: `warned on ${o.warnedOn}` }
        : { zh: '未预警', en: 'not warned' },
      steps: o.variant === 'reform' ? reformSteps(o) : baselineSteps(o),
    },
  };
}

/**
 * The report's samples: one taxpayer (the first shell that was not refused at registration, else
 * the first taxpayer) in both variants.
 * @example
 * samplesOf(sampleOutcomes(params, merged, seed)).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(outcomes: readonly [Outcome, Outcome]): SampleCase[] {
  return outcomes.map(sample);
}
