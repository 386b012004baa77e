import { type Kpi, kpiChange } from '@gd-ftz/core';
import { type Lang, t } from '../i18n/messages';

function KpiCard({ kpi, lang }: { kpi: Kpi; lang: Lang }) {
  const change = kpiChange(kpi);
  const verdict = change.improved === null ? 'unchanged' : change.improved ? 'better' : 'worse';
  const rel =
    change.relativePercent === null
      ? ''
      : ` (${change.relativePercent.startsWith('-') ? '' : '+'}${change.relativePercent}%)`;
  return (
    <li className={`kpi kpi-${verdict}`} data-kpi={kpi.id}>
      <h4>{kpi.label[lang]}</h4>
      <dl>
        <div>
          <dt>{t(lang, 'baseline')}</dt>
          <dd data-role="baseline">
            {kpi.baseline} <span className="unit">{kpi.unit[lang]}</span>
            {kpi.baselineCi && (
              <small>
                {' '}
                {t(lang, 'ci95')} [{kpi.baselineCi.low}, {kpi.baselineCi.high}]
              </small>
            )}
          </dd>
        </div>
        <div>
          <dt>{t(lang, 'reform')}</dt>
          <dd data-role="reform">
            {kpi.reform} <span className="unit">{kpi.unit[lang]}</span>
            {kpi.reformCi && (
              <small>
                {' '}
                {t(lang, 'ci95')} [{kpi.reformCi.low}, {kpi.reformCi.high}]
              </small>
            )}
          </dd>
        </div>
        <div>
          <dt>{t(lang, 'change')}</dt>
          <dd data-role="change">
            {change.absolute}
            {rel} <strong className="verdict">{t(lang, verdict)}</strong>
          </dd>
        </div>
      </dl>
      {kpi.note && <p className="note">{kpi.note[lang]}</p>}
    </li>
  );
}

/** The report's KPIs as cards: baseline, reform, the change, and whether it is better. */
export function KpiCards({ kpis, lang }: { kpis: readonly Kpi[]; lang: Lang }) {
  return (
    <ul className="kpis" aria-label={t(lang, 'kpis')}>
      {kpis.map((k) => (
        <KpiCard key={k.id} kpi={k} lang={lang} />
      ))}
    </ul>
  );
}
