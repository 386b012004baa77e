import { type Kpi, kpiChange } from '@gd-ftz/core';
import { type Lang, t } from '../i18n/messages';
import { kpiBadges, sensitivityText } from '../kpi-text';

function KpiCard({ kpi, lang }: { kpi: Kpi; lang: Lang }) {
  const change = kpiChange(kpi);
  const verdict = change.improved === null ? 'unchanged' : change.improved ? 'better' : 'worse';
  const rel =
    change.relativePercent === null
      ? ''
      : ` (${change.relativePercent.startsWith('-') ? '' : '+'}${change.relativePercent}%)`;
  const badges = kpiBadges(kpi, lang);
  const sensitivity = sensitivityText(kpi, lang);
  return (
    <li
      className={`kpi kpi-${verdict}`}
      data-kpi={kpi.id}
      data-origin={kpi.origin}
      data-category={kpi.category}
    >
      <h4>{kpi.label[lang]}</h4>
      <p className="badges">
        <span className={`kpi-badge origin-${kpi.origin}`} title={badges.originHelp} data-role="origin">
          {badges.origin}
        </span>{' '}
        <span className="kpi-badge category" title={t(lang, 'category')} data-role="category">
          {badges.category}
        </span>
      </p>
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
      {sensitivity && (
        <p className="sensitivity" data-role="sensitivity">
          {sensitivity}
        </p>
      )}
      {kpi.note && <p className="note">{kpi.note[lang]}</p>}
    </li>
  );
}

/**
 * The report's KPIs as cards: baseline, reform, the change, whether it is better, badges for the
 * KPI's origin and category, and its sensitivity range where the engine gives one.
 */
export function KpiCards({ kpis, lang }: { kpis: readonly Kpi[]; lang: Lang }) {
  return (
    <ul className="kpis" aria-label={t(lang, 'kpis')}>
      {kpis.map((k) => (
        <KpiCard key={k.id} kpi={k} lang={lang} />
      ))}
    </ul>
  );
}
