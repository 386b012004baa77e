// The sample firm (the first one where the most mechanisms are at work) in the old process and
// with all four mechanisms, each with its full trace. Internal: not exported from src/index.ts.
import { cited, civilDate, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { CITES } from './law';
import type { NewEconomyTaxServiceParams } from './params';
import { policyPackage } from './policy-package';
import { drawFirm, PREFERENCES } from './population';
import { type Outcome, outcomeOf } from './simulate';

function stepsOf(o: Outcome): TraceStep[] {
  const steps: TraceStep[] = [
    {
      id: 'chain.land',
      kind: 'step',
      title: { zh: '项目落地并登记', en: 'Project landed and registered' },
      fired: true,
      inputs: { firmId: o.firm.year.id, sector: o.firm.year.sector, novel: o.novel },
      basis: cited(CITES.seed),
      at: o.firm.landedOn,
    },
  ];
  if (o.ruledOn !== undefined) {
    steps.push({
      id: o.variant === 'baseline' ? 'chain.rulings' : 'chain.joint-meeting',
      kind: 'step',
      title:
        o.variant === 'baseline'
          ? { zh: '涉税问题逐件请示答复', en: 'Questions answered case by case' }
          : { zh: '项目准入联席会议答复涉税问题', en: 'Questions answered at the joint meeting' },
      fired: true,
      inputs: { firstRevenueOn: o.revenueOn },
      result: o.ruledOn,
      basis: cited(CITES.seed),
      at: o.ruledOn,
    });
  }
  for (const s of o.plan.steps) {
    steps.push({
      id: `onboarding.${s.id}`,
      kind: 'step',
      title: s.title,
      fired: true,
      inputs: { appliedOn: s.appliedOn },
      result: s.finishBy,
      basis: s.basis,
      at: s.finishBy,
    });
  }
  const pkg = policyPackage(o.firm.year, civilDate(`${o.firm.year.taxYear + 1}-01-01`));
  for (const m of pkg) {
    const claimed = o.claimed[PREFERENCES.indexOf(m.id)] === true;
    steps.push({
      id: `preference.${m.id}`,
      kind: 'rule',
      title: m.title,
      fired: true,
      inputs: { relief: m.relief.toString(), claimed },
      result: claimed ? m.relief.toString() : '0.00',
      basis: m.basis,
    });
  }
  steps.push({
    id: 'risk.outcome',
    kind: 'step',
    title: { zh: '风险信号、提醒与案件', en: 'Risk signals, reminders and cases' },
    fired: true,
    inputs: { signals: o.firm.signalU.length },
    result: { reminders: o.reminders, cases: o.cases, penalties: o.penalties },
    basis: cited(CITES.riskSurge, CITES.riskVoid, CITES.zeroFiling, CITES.vatExemption),
  });
  return steps;
}

/**
 * The report's samples: firm `index` (redrawn from the seed alone), baseline and all four
 * mechanisms; none for index -1 (an empty run).
 * @example
 * samplesOf(params, 42, 0).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(p: NewEconomyTaxServiceParams, seed: number, index: number): SampleCase[] {
  if (index < 0) return [];
  const firm = drawFirm(seed, index, p.smallScaleShare);
  const sample = [outcomeOf(firm, 'baseline', p), outcomeOf(firm, 'all', p)];
  return sample.map((o) => ({
    id: `${o.firm.year.id}-${o.variant === 'baseline' ? 'baseline' : 'reform'}`,
    variant: o.variant === 'baseline' ? 'baseline' : 'reform',
    title: {
      zh: `企业 ${o.firm.year.id}（${o.novel ? '新业态项目' : '常规项目'}）`,
      en: `Firm ${o.firm.year.id} (${o.novel ? 'novel project' : 'routine project'})`,
    },
    summary: {
      zh: `首次领票 ${o.plan.firstInvoiceBy}，提交申请 ${o.applications} 件，案件 ${o.cases} 件`,
      en: `first invoices by ${o.plan.firstInvoiceBy}, ${o.applications} application(s), ${o.cases} case(s)`,
    },
    trace: {
      subject: o.firm.year.id,
      outcome: {
        zh: `${o.plan.firstFilingBy} 前完成首次申报`,
        en: `first return due ${o.plan.firstFilingBy}`,
      },
      steps: stepsOf(o),
    },
  }));
}
