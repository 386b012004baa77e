import { REPLICATION_SCOPES } from '@gd-ftz/core';
import { catalog } from '../engines';
import { type Lang, t } from '../i18n/messages';

/** All 20 measures of the seed; modelled ones link to their page, the others say so. */
export function Home({
  lang,
  onOpen,
  onOverview,
}: {
  lang: Lang;
  onOpen: (slug: string) => void;
  onOverview: () => void;
}) {
  const modelled = catalog.filter((row) => row.engine).length;
  return (
    <>
      <p className="home-intro">
        <span data-role="modelled-count">{t(lang, 'modelledCount', { n: modelled })}</span> ·{' '}
        <a
          href={`?${lang === 'en' ? 'lang=en&' : ''}page=overview`}
          data-action="overview"
          onClick={(e) => {
            e.preventDefault();
            onOverview();
          }}
        >
          {t(lang, 'openOverview')}
        </a>
      </p>
      <ul className="measures">
        {catalog.map(({ info, engine }) => (
          <li key={info.id} className={engine ? 'measure modelled' : 'measure'} data-measure={info.slug}>
            <div className="measure-no">{t(lang, 'measureNo', { n: info.id })}</div>
            <h2>
              {engine ? (
                <a
                  href={`?${lang === 'en' ? 'lang=en&' : ''}m=${info.slug}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(info.slug);
                  }}
                >
                  {info.title[lang]}
                </a>
              ) : (
                info.title[lang]
              )}
            </h2>
            <p>{info.summary[lang]}</p>
            <dl>
              <div>
                <dt>{t(lang, 'leadAgencies')}</dt>
                <dd>{info.leadAgencies.map((a) => a[lang]).join(t(lang, 'listSeparator'))}</dd>
              </div>
              <div>
                <dt>{t(lang, 'scope')}</dt>
                <dd>{REPLICATION_SCOPES[info.scope][lang]}</dd>
              </div>
            </dl>
            <span className={engine ? 'status status-on' : 'status'}>
              {engine ? t(lang, 'modelled') : t(lang, 'notModelled')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
