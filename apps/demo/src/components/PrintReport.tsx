import {
  type Citation,
  citationsOf,
  formatCitation,
  KPI_ORIGINS,
  kpiChange,
  type ReplicatedKpi,
  type ScenarioReport,
} from '@gd-ftz/core';
import type { EngineDescriptor } from '../descriptor';
import { type Lang, t } from '../i18n/messages';

/** The distinct citations of a report's sample traces, in order of first appearance. */
export function legalBasisOf(report: ScenarioReport, lang: Lang): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (c: Citation) => {
    const text = formatCitation(c, lang);
    if (!seen.has(text)) {
      seen.add(text);
      out.push(text);
    }
  };
  for (const s of report.samples) for (const step of s.trace.steps) citationsOf(step.basis).forEach(add);
  return out;
}

/**
 * What only the printed page shows, above the charts: the scenario's parameters, seed, engine
 * version and print date, the KPIs as a table with their intervals, and the legal basis list.
 */
export function PrintReport({
  engine,
  report,
  replicated,
  lang,
}: {
  engine: EngineDescriptor;
  report: ScenarioReport;
  replicated: readonly ReplicatedKpi[] | undefined;
  lang: Lang;
}) {
  const basis = legalBasisOf(report, lang);
  return (
    <section className="print-only print-report" data-role="print-report">
      <h3>{t(lang, 'printReport')}</h3>
      <p>
        {t(lang, 'seed')} {report.seed}
        {replicated ? ` · ${t(lang, 'viewIntervals', { n: replicated[0]?.n ?? 0 })}` : ''} ·{' '}
        {t(lang, 'version')} {engine.slug}@{engine.version}
      </p>
      <table className="param-table">
        <caption>{t(lang, 'parameters')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'parameter')}</th>
            <th scope="col">{t(lang, 'value')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(engine.params).map(([name, spec]) => (
            <tr key={name}>
              <th scope="row">{spec.label[lang]}</th>
              <td>
                {String(report.params[name])}
                {'unit' in spec && spec.unit ? ` ${spec.unit[lang]}` : ''}
                {spec.assumption ? ` (${t(lang, 'assumption')})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="kpi-table" data-role="kpi-table">
        <caption>{t(lang, 'kpis')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'indicator')}</th>
            <th scope="col">{t(lang, 'baseline')}</th>
            <th scope="col">{t(lang, 'reform')}</th>
            <th scope="col">{t(lang, 'change')}</th>
            <th scope="col">{t(lang, 'origin')}</th>
          </tr>
        </thead>
        <tbody>
          {report.kpis.map((k) => {
            const r = replicated?.find((x) => x.id === k.id);
            const unit = ` ${k.unit[lang]}`;
            return (
              <tr key={k.id} data-kpi={k.id}>
                <th scope="row">{k.label[lang]}</th>
                {r ? (
                  <>
                    <td>
                      {r.baseline.mean}
                      {unit} [{r.baseline.ci.low}, {r.baseline.ci.high}]
                    </td>
                    <td>
                      {r.reform.mean}
                      {unit} [{r.reform.ci.low}, {r.reform.ci.high}]
                    </td>
                    <td>
                      {r.change.mean} [{r.change.ci.low}, {r.change.ci.high}] ·{' '}
                      {t(lang, r.distinguishable ? 'distinguishable' : 'notDistinguishable')}
                    </td>
                  </>
                ) : (
                  <>
                    <td>
                      {k.baseline}
                      {unit}
                    </td>
                    <td>
                      {k.reform}
                      {unit}
                    </td>
                    <td>{kpiChange(k).absolute}</td>
                  </>
                )}
                <td>{KPI_ORIGINS[k.origin][lang]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {basis.length > 0 && (
        <>
          <h4>{t(lang, 'legalBasis')}</h4>
          <ul className="legal-basis">
            {basis.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
