import type { ParamValue } from '@gd-ftz/core';
import { registry } from '@gd-ftz/engines';
import { useCallback, useEffect, useState } from 'react';
import { Home } from './components/Home';
import { MeasurePage } from './components/MeasurePage';
import { t } from './i18n/messages';
import { type AppState, DEFAULT_SEED, decodeState, encodeState } from './url-state';

const schemaOf = (slug: string) => registry.bySlug(slug)?.params;

function readUrl(): AppState {
  return decodeState(window.location.search, schemaOf).state;
}

/** The app shell: header with the language switch, then the home page or a measure page. */
export function App() {
  const [state, setState] = useState<AppState>(readUrl);
  const [visit, setVisit] = useState(0);

  const navigate = useCallback((next: AppState, mode: 'push' | 'replace') => {
    const url = `${window.location.pathname}${encodeState(next)}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setState(next);
  }, []);

  useEffect(() => {
    const onPop = () => {
      setState(readUrl());
      setVisit((v) => v + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(state.lang, 'appTitle');
  }, [state.lang]);

  const engine = state.measure ? registry.bySlug(state.measure) : undefined;
  const lang = state.lang;
  const onRunState = useCallback(
    (params: Record<string, ParamValue>, seed: number) =>
      setState((s) => {
        const next = { ...s, params, seed };
        window.history.replaceState(null, '', `${window.location.pathname}${encodeState(next)}`);
        return next;
      }),
    [],
  );

  return (
    <>
      <a className="skip" href="#main">
        {t(lang, 'skipToContent')}
      </a>
      <header className="app-header">
        <div>
          <h1>
            <a
              href={lang === 'en' ? '?lang=en' : './'}
              onClick={(e) => {
                e.preventDefault();
                navigate({ lang, measure: undefined, seed: DEFAULT_SEED, params: {} }, 'push');
              }}
            >
              {t(lang, 'appTitle')}
            </a>
          </h1>
          <p>{t(lang, 'appSubtitle')}</p>
        </div>
        <button
          type="button"
          className="lang-switch"
          aria-label={t(lang, 'switchLanguageLabel')}
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          data-action="switch-language"
          onClick={() => navigate({ ...state, lang: lang === 'zh' ? 'en' : 'zh' }, 'replace')}
        >
          {t(lang, 'switchLanguage')}
        </button>
      </header>
      <main id="main">
        {engine ? (
          <>
            <nav>
              <a
                href={lang === 'en' ? '?lang=en' : './'}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ lang, measure: undefined, seed: DEFAULT_SEED, params: {} }, 'push');
                }}
              >
                ← {t(lang, 'back')}
              </a>
            </nav>
            <MeasurePage
              key={`${engine.slug}-${visit}`}
              engine={engine}
              lang={lang}
              initialParams={state.params}
              initialSeed={state.seed}
              onRunState={onRunState}
            />
          </>
        ) : (
          <Home
            lang={lang}
            onOpen={(slug) => navigate({ lang, measure: slug, seed: DEFAULT_SEED, params: {} }, 'push')}
          />
        )}
      </main>
      <footer>
        <p>{t(lang, 'footer')}</p>
      </footer>
    </>
  );
}
