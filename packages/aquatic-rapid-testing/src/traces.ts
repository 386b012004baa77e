// The full trace of one simulated sample: why it was taken, where and when it was tested, what
// the result meant for the lot, and the objection, confirmation and penalty that followed.
import {
  assumption,
  cited,
  formatDateTime,
  fromEpochMinutes,
  type JsonValue,
  type Localized,
  type Trace,
  type TraceStep,
  toEpochDay,
  ValidationError,
} from '@gd-ftz/core';
import { seedItem } from '@gd-ftz/statutes';
import { ANALYTE_IDS, type Concentrations, sampleJudgement } from './analytes';
import { objectionAssessment } from './confirmatory';
import { MONITORING_RULE, NO_SALE_RULE, RAPID_RULE, SUPERVISION_RULE } from './law';
import type { Population, SampleRecord, VariantRun } from './simulation/records';
import { LAB_PERIODS } from './simulation/world';

const SEED = seedItem(19, {
  zh: '科学设置快检点，快检实验室7×24小时运营，按养殖户要求第一时间响应',
  en: 'planned rapid-test points, labs open 7×24, answering farmers at once on request',
});

const REGIME_TITLES: Record<SampleRecord['regime'], Localized> = {
  monitoring: { zh: '风险监测抽样', en: 'Risk-monitoring sample' },
  supervision: {
    zh: '计划监督抽查（按风险随机抽样，不收费）',
    en: 'Scheduled supervision sample (risk-based, no fee)',
  },
  'follow-up': { zh: '不合格后跟踪监督抽查', en: 'Follow-up supervision sample after a failure' },
  urgent: { zh: '养殖户紧急送检', en: 'Urgent test requested by the farmer' },
};

/**
 * The civil date-time (`YYYY-MM-DDTHH:mm`) of simulated minute `t` of a run, rounded to the minute.
 * @example
 * clockOf(run, 1500); // '2025-01-02T01:00'
 */
export function clockOf(run: Pick<VariantRun, 'startDate'>, t: number): string {
  if (typeof run?.startDate !== 'string')
    throw ValidationError.of('run.startDate', 'must be a civil date', '必须是日期');
  if (typeof t !== 'number' || !Number.isFinite(t))
    throw ValidationError.of('t', 'must be a finite number of minutes', '必须是有限的分钟数');
  return formatDateTime(fromEpochMinutes(toEpochDay(run.startDate) * 1440 + Math.round(t)));
}

function concentrationsOf(residues: readonly number[]): Concentrations {
  const out = {} as Record<(typeof ANALYTE_IDS)[number], number>;
  ANALYTE_IDS.forEach((id, i) => {
    out[id] = residues[i] ?? 0;
  });
  return out;
}

function step(
  id: string,
  title: Localized,
  at: string,
  inputs: TraceStep['inputs'],
  result: JsonValue,
  basis: TraceStep['basis'],
  fired = true,
  kind: TraceStep['kind'] = 'step',
): TraceStep {
  return { id, kind, title, fired, inputs, result, basis, at };
}

/**
 * The trace of one sample of a run, steps in time order, each citing its rule or assumption.
 * @example
 * traceOfSample(runs.reform, runs.scenario.population, runs.reform.samples[0]).steps.map((s) => s.id);
 */
export function traceOfSample(run: VariantRun, population: Population, sample: SampleRecord): Trace {
  if (!sample || !run?.samples?.includes(sample))
    throw ValidationError.of('sample', 'must be a sample of this run', '必须是本次运行的样品');
  const lot = population.lots[sample.lot];
  if (!lot) throw ValidationError.of('sample.lot', 'must be a lot of the population', '必须是该群体的批次');
  const at = (t: number) => clockOf(run, t);
  const steps: TraceStep[] = [];
  const regimeBasis =
    sample.regime === 'monitoring'
      ? cited(MONITORING_RULE)
      : sample.regime === 'urgent'
        ? assumption(
            {
              zh: '养殖户可随时要求检测；改革后第一时间响应（依据改革经验原文）',
              en: 'Farmers may ask for a test at any time; the reform answers at once (seed).',
            },
            SEED,
          )
        : cited(SUPERVISION_RULE);
  steps.push(
    step(
      `sampling.${sample.regime}`,
      REGIME_TITLES[sample.regime],
      at(sample.requestedAt),
      { farm: population.farms[sample.farm]?.id ?? '', lot: sample.lot, triggeredBy: sample.triggeredBy },
      null,
      regimeBasis,
    ),
  );
  const where = sample.site < 0 ? 'central laboratory' : `test point ${sample.site}`;
  const travelBasis = assumption({
    zh: '按合成地图上的直线距离和恒定速度计算路程时间',
    en: 'Straight-line distance on the synthetic map at a constant speed.',
  });
  if (sample.regime === 'urgent' && sample.method === 'rapid' && !Number.isNaN(sample.startedAt)) {
    // The reform sends a technician from the nearest test point, ahead of routine work.
    steps.push(
      step(
        'dispatch.technician',
        { zh: '快检点第一时间派员上门', en: 'Technician sent at once from the test point' },
        at(sample.startedAt),
        { site: where },
        at(sample.startedAt),
        cited(SEED),
      ),
    );
    steps.push(
      step(
        'testing.rapid',
        { zh: '现场快检（7×24小时）', en: 'Rapid test on the farm (7×24)' },
        at(sample.takenAt),
        { site: where },
        at(sample.takenAt),
        cited(RAPID_RULE, SEED),
      ),
    );
  } else {
    if (!Number.isNaN(sample.arrivedAt)) {
      steps.push(
        step(
          'sample.transport',
          { zh: '样品送达检测地点', en: 'Sample brought to the testing site' },
          at(sample.arrivedAt),
          { takenAt: at(sample.takenAt), site: where },
          at(sample.arrivedAt),
          travelBasis,
        ),
      );
    }
    if (!Number.isNaN(sample.startedAt)) {
      const hours = LAB_PERIODS.map((p) => `${p.from}-${p.to}`).join(', ');
      const labBasis = assumption({
        zh: `中心实验室：法定工作日 ${hours} 工作；报告于17:00签发`,
        en: `Central laboratory: working days of the statutory calendar, ${hours}; reports signed at 17:00.`,
      });
      steps.push(
        sample.method === 'laboratory'
          ? step(
              'testing.laboratory',
              { zh: '实验室检测（非快速检测方法）', en: 'Laboratory analysis (not a rapid method)' },
              at(sample.startedAt),
              { arrivedAt: at(sample.arrivedAt) },
              at(sample.startedAt),
              labBasis,
            )
          : step(
              'testing.rapid',
              { zh: '快检（7×24小时）', en: 'Rapid test (7×24)' },
              at(sample.startedAt),
              { site: where },
              at(sample.startedAt),
              cited(RAPID_RULE, SEED),
            ),
      );
    }
  }
  if (Number.isNaN(sample.resultAt)) {
    return {
      subject: `sample-${sample.id}`,
      outcome: { zh: '至模拟期末仍待出结果', en: 'Still pending at the horizon' },
      steps,
    };
  }
  if (sample.method === 'laboratory') {
    steps.push(
      ...sampleJudgement(concentrationsOf(lot.residues), at(sample.resultAt).slice(0, 10)).steps.map((s) => ({
        ...s,
        at: at(sample.resultAt),
      })),
    );
  } else {
    steps.push(
      step(
        'rapid.strips',
        { zh: '快检试纸条判读', en: 'Strip readings' },
        at(sample.resultAt),
        Object.fromEntries(
          ANALYTE_IDS.map((id, i) => [id, (sample.stripMask >> i) & 1 ? 'positive' : 'negative']),
        ),
        sample.positive ? 'positive' : 'negative',
        assumption({
          zh: '每条试纸对不合格批次以其灵敏度判为阳性，对合格批次以（1 − 特异性）判为阳性',
          en: 'Each strip reads positive with its sensitivity on a non-compliant lot and 1 − specificity on a compliant one.',
        }),
        true,
        'rule',
      ),
    );
  }
  const heldBeforeSale = sample.positive === true && sample.resultAt < lot.saleAt;
  steps.push(
    step(
      'lot.hold',
      { zh: '不合格批次不得销售', en: 'A failing lot may not be sold' },
      at(sample.resultAt),
      { positive: sample.positive, saleAt: at(lot.saleAt) },
      heldBeforeSale ? 'held' : sample.positive ? 'already sold' : 'compliant',
      cited(NO_SALE_RULE),
      heldBeforeSale,
      'rule',
    ),
  );
  const c = sample.confirmation;
  if (c) {
    if (c.objected) {
      steps.push(
        ...objectionAssessment({
          method: 'rapid',
          receivedAt: at(sample.resultAt),
          objectedAt: at(c.objectedAt),
          sampleReceivedAt: at(c.arrivedAt),
        }).steps,
      );
    } else {
      steps.push(
        step(
          'confirmation.requested',
          { zh: '快检阳性送实验室确证', en: 'Rapid positive sent for laboratory confirmation' },
          at(c.requestedAt),
          { objected: false },
          'laboratory',
          assumption(
            {
              zh: '本引擎在处罚前对每个快检阳性都以实验室方法确证（第五十条允许以快检结果作为处罚证据）',
              en: 'The engine confirms every rapid positive by a laboratory method before any penalty (Art. 50 would allow the rapid result as evidence).',
            },
            RAPID_RULE,
          ),
        ),
      );
    }
    if (!Number.isNaN(c.resultAt)) {
      steps.push(
        ...sampleJudgement(concentrationsOf(lot.residues), at(c.resultAt).slice(0, 10)).steps.map((s) => ({
          ...s,
          at: at(c.resultAt),
        })),
      );
      if (!c.positive) {
        steps.push(
          step(
            'lot.release',
            { zh: '确证阴性，解除暂停销售', en: 'Confirmation negative: hold lifted' },
            at(c.resultAt),
            {},
            'released',
            cited(NO_SALE_RULE),
          ),
        );
      }
    }
  }
  if (!Number.isNaN(sample.penaltyAt)) {
    steps.push(
      step(
        'penalty.case',
        { zh: '立案查处', en: 'Penalty case opened' },
        at(sample.penaltyAt),
        { confirmed: c ? 'laboratory' : 'laboratory result' },
        'case opened',
        cited(RAPID_RULE, SUPERVISION_RULE),
      ),
    );
  }
  const fail = (c ? c.positive : sample.positive) === true;
  const outcome: Localized =
    sample.status === 'pending'
      ? { zh: '确证结果待出', en: 'Confirmation pending at the horizon' }
      : fail
        ? heldBeforeSale
          ? { zh: '不合格，批次在上市前被拦截', en: 'Failed: lot stopped before sale' }
          : { zh: '不合格，但批次已上市', en: 'Failed, but the lot had already been sold' }
        : sample.positive
          ? { zh: '快检假阳性，确证合格后放行', en: 'Rapid false positive, released after confirmation' }
          : { zh: '合格', en: 'Compliant' };
  return { subject: `sample-${sample.id}`, outcome, steps };
}
