import { type Kpi, kpiChange, type ReplicatedKpi } from '@gd-ftz/core';
import { type Lang, t } from '../i18n/messages';
import { kpiBadges, sensitivityText } from '../kpi-text';

function Interval({ lang, low, high }: { lang: Lang; low: string; high: string }) {
  return (
    <small className="ci" data-role="ci">
      {' '}
      {t(lang, 'ci95')} [{low}, {high}]
    </small>
  );
}

function KpiCard({ kpi, replicated, lang }: { kpi: Kpi; replicated: ReplicatedKpi | undefined; lang: Lang }) {
  const change = kpiChange(kpi);
  // With replications, better/worse is claimed only when the change's interval excludes zero;
  // a change of exactly zero in every replication is 'unchanged', not 'uncertain'.
  const alwaysZero =
    replicated !== undefined &&
    Number(replicated.change.ci.low) === 0 &&
    Number(replicated.change.ci.high) === 0;
  const verdict = replicated
    ? replicated.improved === null
      ? replicated.distinguishable || replicated.better === 'neither' || alwaysZero
        ? 'unchanged'
        : 'uncertain'
      : replicated.improved
        ? 'better'
        : 'worse'
    : change.improved === null
      ? 'unchanged'
      : change.improved
        ? 'better'
        : 'worse';
  const rel =
    change.relativePercent === null
      ? ''
      : ` (${change.relativePercent.startsWith('-') ? '' : '+'}${change.relativePercent}%)`;
  const badges = kpiBadges(kpi, lang);
  const sensitivity = sensitivityText(kpi, lang);
  const unit = <span className="unit">{kpi.unit[lang]}</span>;
  return (
    <li
      className={`kpi kpi-${verdict}`}
      data-kpi={kpi.id}
      data-origin={kpi.origin}
      data-category={kpi.category}
      data-replicated={replicated ? replicated.n : undefined}
    >
      <h5>{kpi.label[lang]}</h5>
      <p className="badges">
        <span className={`kpi-badge origin-${kpi.origin}`} data-role="origin">
          {badges.origin}
        </span>{' '}
        <span className="kpi-badge category" data-role="category">
          {badges.category}
        </span>
      </p>
      <p className="origin-help" data-role="origin-help">
        {badges.originHelp}
      </p>
      {replicated ? (
        <dl>
          <div>
            <dt>{t(lang, 'baseline')}</dt>
            <dd data-role="baseline">
              {replicated.baseline.mean} {unit}
              <Interval lang={lang} {...replicated.baseline.ci} />
            </dd>
          </div>
          <div>
            <dt>{t(lang, 'reform')}</dt>
            <dd data-role="reform">
              {replicated.reform.mean} {unit}
              <Interval lang={lang} {...replicated.reform.ci} />
            </dd>
          </div>
          <div>
            <dt>{t(lang, 'change')}</dt>
            <dd data-role="change">
              {replicated.change.mean}
              <Interval lang={lang} {...replicated.change.ci} />{' '}
              <strong className="verdict">{t(lang, verdict)}</strong>
            </dd>
          </div>
          <p className="distinguishable" data-role="distinguishable" data-value={replicated.distinguishable}>
            {t(lang, replicated.distinguishable ? 'distinguishable' : 'notDistinguishable')}
          </p>
        </dl>
      ) : (
        <dl>
          <div>
            <dt>{t(lang, 'baseline')}</dt>
            <dd data-role="baseline">
              {kpi.baseline} {unit}
              {kpi.baselineCi && <Interval lang={lang} {...kpi.baselineCi} />}
            </dd>
          </div>
          <div>
            <dt>{t(lang, 'reform')}</dt>
            <dd data-role="reform">
              {kpi.reform} {unit}
              {kpi.reformCi && <Interval lang={lang} {...kpi.reformCi} />}
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
      )}
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
 * KPI's origin (with its one-line explanation) and category, and its sensitivity range where the
 * engine gives one. With replications, each value is a mean with its 95% interval and the card
 * says whether the change is distinguishable from zero.
 */
export function KpiCards({
  kpis,
  replicated,
  lang,
}: {
  kpis: readonly Kpi[];
  replicated?: readonly ReplicatedKpi[] | undefined;
  lang: Lang;
}) {
  return (
    <ul className="kpis" aria-label={t(lang, 'kpis')}>
      {kpis.map((k) => (
        <KpiCard key={k.id} kpi={k} replicated={replicated?.find((r) => r.id === k.id)} lang={lang} />
      ))}
    </ul>
  );
}
