import { KPI_CATEGORIES, kpiChange } from '@gd-ftz/core';
import { useEffect, useState } from 'react';
import { descriptorBySlug, descriptors } from '../engines';
import { type Lang, t } from '../i18n/messages';
import { overviewByCategory } from '../overview';
import type { OverviewItem } from '../worker/protocol';
import { CancelledError, client } from '../worker/run-client';

/** The seed of the overview's default scenarios, the same as a measure page opened fresh. */
const OVERVIEW_SEED = 42;

/**
 * The province overview: every modelled measure's default scenario, run in the worker, with the
 * headline KPIs side by side by category, each linking to its measure page.
 */
export function Overview({ lang, onOpen }: { lang: Lang; onOpen: (slug: string) => void }) {
  const [items, setItems] = useState<readonly OverviewItem[]>();
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    client
      .overview(
        descriptors.map((d) => d.slug),
        OVERVIEW_SEED,
        setProgress,
      )
      .then((r) => setItems(r.items))
      .catch((e: Error) => {
        if (!(e instanceof CancelledError)) setFailure(e.message);
      });
  }, []);
  return (
    <article className="overview" data-page="overview">
      <h2>{t(lang, 'overview')}</h2>
      <p>{t(lang, 'overviewIntro', { seed: OVERVIEW_SEED })}</p>
      {!items && !failure && (
        <div className="progress" role="status" aria-live="polite">
          <progress max={1} value={progress} aria-label={t(lang, 'progress')} /> {t(lang, 'running')}
        </div>
      )}
      {failure && (
        <p className="failure" role="alert">
          {t(lang, 'error')}: {failure}
        </p>
      )}
      {items &&
        overviewByCategory(items).map(({ category, rows }) => (
          <section key={category} data-category={category} aria-labelledby={`cat-${category}`}>
            <h3 id={`cat-${category}`}>{KPI_CATEGORIES[category][lang]}</h3>
            {rows.length === 0 ? (
              <p className="help">{t(lang, 'noKpiInCategory')}</p>
            ) : (
              <div className="table-scroll">
                <table className="overview-table">
                  <thead>
                    <tr>
                      <th scope="col">{t(lang, 'measure')}</th>
                      <th scope="col">{t(lang, 'indicator')}</th>
                      <th scope="col">{t(lang, 'baseline')}</th>
                      <th scope="col">{t(lang, 'reform')}</th>
                      <th scope="col">{t(lang, 'change')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ slug, kpi }) => {
                      const d = descriptorBySlug(slug);
                      const change = kpiChange(kpi);
                      const verdict =
                        change.improved === null ? 'unchanged' : change.improved ? 'better' : 'worse';
                      return (
                        <tr key={slug} data-measure={slug} data-kpi={kpi.id}>
                          <th scope="row">
                            <a
                              href={`?${lang === 'en' ? 'lang=en&' : ''}m=${slug}`}
                              onClick={(e) => {
                                e.preventDefault();
                                onOpen(slug);
                              }}
                            >
                              {d ? `${t(lang, 'measureNo', { n: d.id })} ${d.title[lang]}` : slug}
                            </a>
                          </th>
                          <td>{kpi.label[lang]}</td>
                          <td>
                            {kpi.baseline} {kpi.unit[lang]}
                          </td>
                          <td>
                            {kpi.reform} {kpi.unit[lang]}
                          </td>
                          <td>
                            {change.absolute}
                            {change.relativePercent === null ? '' : ` (${change.relativePercent}%)`}{' '}
                            <strong className={`verdict verdict-${verdict}`}>{t(lang, verdict)}</strong>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))}
    </article>
  );
}
