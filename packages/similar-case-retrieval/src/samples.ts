// One sample case per variant with its full trace: every step cites its legal basis (or is a
// marked assumption). Internal: not exported from src/index.ts.
import { addDays, assumption, cited, type LegalBasis, type SampleCase, type TraceStep } from '@gd-ftz/core';
import type { Decision } from './decide';
import { CITES } from './law';
import type { BatchResult } from './simulate';

const FOLLOW: LegalBasis = assumption(
  {
    zh: '假设：其他类案仅作参考（第九条），法官按"参照类案比例"参照',
    en: 'Assumption: other similar cases are reference only (Art. 9); judges follow them with the assumed share',
  },
  CITES.effect,
);
const TENDENCY: LegalBasis = assumption({
  zh: '假设：无先例时法官按本院倾向裁判',
  en: 'Assumption: without a precedent a judge follows the court’s own tendency',
});
const VOLUNTARY: LegalBasis = assumption({
  zh: '假设：改革前检索出于自愿，仅用关键词',
  en: 'Assumption: before the reform search is voluntary and by keyword only',
});

function stepsOf(r: BatchResult, d: Decision): TraceStep[] {
  const c = r.prep.cases[d.index];
  if (!c) return [];
  const on = c.doc.decidedOn;
  const run = d.search === 'full' ? r.prep.full[d.index] : r.prep.keyword[d.index];
  const steps: TraceStep[] = [
    {
      id: 'case.file',
      kind: 'step',
      title: { zh: '立案', en: 'Case filed' },
      fired: true,
      inputs: { caseId: c.doc.id, court: c.doc.court.id, art2: d.art2 },
      basis: d.art2 ? cited(CITES.mandatory) : cited(CITES.seed),
      at: addDays(on, -60),
    },
  ];
  if (d.search !== 'none') {
    steps.push({
      id: 'case.search',
      kind: 'step',
      title: { zh: '类案检索', en: 'Similar-case search' },
      fired: true,
      inputs: { keywords: c.keywords, method: d.search },
      result: (run?.ids ?? []).join(','),
      basis: d.search === 'full' ? cited(CITES.tiers) : VOLUNTARY,
      at: on,
    });
  }
  if (d.linkChecked) {
    steps.push({
      id: 'case.link-check',
      kind: 'step',
      title: { zh: '关联案件核查', en: 'Related-case check' },
      fired: true,
      inputs: { partyIds: c.record.partyIds.join(','), subject: c.record.subject },
      result: c.relatedTo === undefined ? '' : (r.prep.cases[c.relatedTo]?.doc.id ?? ''),
      basis: cited(CITES.relatedCaseMechanism),
      at: on,
    });
  }
  if (d.search === 'full') {
    steps.push({
      id: 'case.report',
      kind: 'step',
      title: { zh: '类案检索报告', en: 'Search report' },
      fired: true,
      inputs: { hits: run?.ids.length ?? 0 },
      basis: cited(CITES.report),
      at: on,
    });
  }
  steps.push({
    id: 'case.judge',
    kind: 'step',
    title: { zh: '作出裁判', en: 'Judgment' },
    fired: true,
    inputs: { source: d.source, precedent: d.precedentId ?? '' },
    result: d.rule,
    basis: d.source === 'guiding' ? cited(CITES.effect) : d.source === 'tendency' ? TENDENCY : FOLLOW,
    at: on,
  });
  return steps;
}

function sample(r: BatchResult, d: Decision): SampleCase {
  const c = r.prep.cases[d.index];
  const id = c?.doc.id ?? String(d.index);
  const source = {
    guiding: { zh: '参照指导性案例', en: 'following a guiding case' },
    related: { zh: '参照关联前案', en: 'following an earlier related case' },
    similar: { zh: '参照类案', en: 'following a similar case' },
    tendency: { zh: '按本院倾向', en: 'by the court’s own tendency' },
  }[d.source];
  return {
    id: `${id}-${d.variant}`,
    variant: d.variant,
    title: { zh: `案件 ${id}（${c?.doc.cause ?? ''}）`, en: `Case ${id}` },
    summary: { zh: `适用规则 ${d.rule}，${source.zh}`, en: `rule ${d.rule}, ${source.en}` },
    trace: {
      subject: id,
      outcome: { zh: `规则 ${d.rule}`, en: `rule ${d.rule}` },
      steps: stepsOf(r, d),
    },
  };
}

/**
 * The report's samples: the first Art. 2 case whose rule source differs between the variants (else
 * the first case), in both variants.
 * @example
 * samplesOf(result).map((s) => s.variant); // ['baseline', 'reform']
 */
export function samplesOf(r: BatchResult): SampleCase[] {
  const i = Math.max(
    0,
    r.reform.findIndex((d, j) => d.art2 && d.source !== r.baseline[j]?.source),
  );
  return [r.baseline[i], r.reform[i]].filter((d): d is Decision => d !== undefined).map((d) => sample(r, d));
}
