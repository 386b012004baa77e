import type { ParamValue } from '@gd-ftz/core';
import { useCallback, useEffect, useState } from 'react';
import { Home } from './components/Home';
import { MeasurePage } from './components/MeasurePage';
import { Overview } from './components/Overview';
import { descriptorBySlug } from './engines';
import { t } from './i18n/messages';
import { type AppState, DEFAULT_REPLICATIONS, DEFAULT_SEED, decodeState, encodeState } from './url-state';

const schemaOf = (slug: string) => descriptorBySlug(slug)?.params;

function readUrl(): { state: AppState; dropped: string[] } {
  return decodeState(window.location.search, schemaOf);
}

const HOME = (lang: AppState['lang']): AppState => ({
  lang,
  measure: undefined,
  seed: DEFAULT_SEED,
  params: {},
});

/** The app shell: header with the language switch, then the home, overview or a measure page. */
export function App() {
  const [initial] = useState(readUrl);
  const [state, setState] = useState<AppState>(initial.state);
  // Parameters of a stale shared link that no longer fit the schema: named, not silently ignored.
  const [dropped, setDropped] = useState<string[]>(initial.dropped);
  const [visit, setVisit] = useState(0);
  // How the next state reaches the address bar: a new history entry, or replacing the current one.
  const [historyMode, setHistoryMode] = useState<'push' | 'replace' | undefined>();

  const navigate = useCallback((next: AppState, mode: 'push' | 'replace') => {
    setHistoryMode(mode);
    setState(next);
    setDropped([]);
  }, []);

  // The URL follows the state after each render, never from inside a state updater.
  useEffect(() => {
    if (!historyMode) return;
    const url = `${window.location.pathname}${encodeState(state)}`;
    if (historyMode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setHistoryMode(undefined);
  }, [state, historyMode]);

  useEffect(() => {
    const onPop = () => {
      const r = readUrl();
      setState(r.state);
      setDropped(r.dropped);
      setVisit((v) => v + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(state.lang, 'appTitle');
  }, [state.lang]);

  const engine = state.measure ? descriptorBySlug(state.measure) : undefined;
  const lang = state.lang;
  const onRunState = useCallback((params: Record<string, ParamValue>, seed: number, replications: number) => {
    setHistoryMode('replace');
    setState((s) => ({
      ...s,
      params,
      seed,
      replications: replications === DEFAULT_REPLICATIONS ? undefined : replications,
    }));
  }, []);
  const goHome = (e: React.MouseEvent) => {
    e.preventDefault();
    navigate(HOME(lang), 'push');
  };

  return (
    <>
      <a className="skip" href="#main">
        {t(lang, 'skipToContent')}
      </a>
      <header className="app-header">
        <div>
          <h1>
            <a href={lang === 'en' ? '?lang=en' : './'} onClick={goHome}>
              {t(lang, 'appTitle')}
            </a>
          </h1>
          <p>{t(lang, 'appSubtitle')}</p>
        </div>
        <button
          type="button"
          className="lang-switch"
          // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
          aria-label={`${t(lang, 'switchLanguage')} (${t(lang, 'switchLanguageLabel')})`}
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          data-action="switch-language"
          onClick={() => navigate({ ...state, lang: lang === 'zh' ? 'en' : 'zh' }, 'replace')}
        >
          {t(lang, 'switchLanguage')}
        </button>
      </header>
      <main id="main">
        {dropped.length > 0 && (
          <div className="notice stale-link" role="status" data-role="stale-link">
            <p>{t(lang, 'staleLink', { names: dropped.join(t(lang, 'listSeparator')) })}</p>
            <button type="button" onClick={() => setDropped([])}>
              {t(lang, 'dismiss')}
            </button>
          </div>
        )}
        {engine || state.page === 'overview' ? (
          <nav>
            <a href={lang === 'en' ? '?lang=en' : './'} onClick={goHome}>
              ← {t(lang, 'back')}
            </a>
          </nav>
        ) : null}
        {engine ? (
          <MeasurePage
            key={`${engine.slug}-${visit}`}
            engine={engine}
            lang={lang}
            initialParams={state.params}
            initialSeed={state.seed}
            initialReplications={state.replications}
            onRunState={onRunState}
          />
        ) : state.page === 'overview' ? (
          <Overview
            key={`overview-${visit}`}
            lang={lang}
            onOpen={(slug) => navigate({ lang, measure: slug, seed: DEFAULT_SEED, params: {} }, 'push')}
          />
        ) : (
          <Home
            lang={lang}
            onOpen={(slug) => navigate({ lang, measure: slug, seed: DEFAULT_SEED, params: {} }, 'push')}
            onOverview={() => navigate({ ...HOME(lang), page: 'overview' }, 'push')}
          />
        )}
      </main>
      <footer>
        <p>{t(lang, 'footer')}</p>
      </footer>
    </>
  );
}
