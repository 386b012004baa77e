import { type Citation, citationsOf, citationText, type SampleCase } from '@gd-ftz/core';
import { formatCivil } from '../dates';
import { type Lang, t } from '../i18n/messages';

/** Keys for trace steps: a step id may repeat, so the key is the id and its occurrence number. */
function keyedSteps(sample: SampleCase) {
  const seen = new Map<string, number>();
  return sample.trace.steps.map((step) => {
    const n = (seen.get(step.id) ?? 0) + 1;
    seen.set(step.id, n);
    return { step, key: `${step.id}#${n}` };
  });
}

/**
 * One citation: where it points, its gloss in the reader's language and, where the article is
 * quoted, the law's own Chinese wording (shown as is in both languages).
 */
function CitationItem({ citation, lang }: { citation: Citation; lang: Lang }) {
  const text = citationText(citation, lang);
  return (
    <li className="citation">
      <span className="citation-ref">{text.ref}</span>
      {text.note && <span className="citation-note"> — {text.note}</span>}
      {text.quote && (
        <blockquote className="citation-quote" lang="zh">
          {lang === 'en' && <span className="quote-label">{t(lang, 'originalWording')} </span>}「{text.quote}
          」
        </blockquote>
      )}
    </li>
  );
}

/** A sample case with its full decision trace: each step names its rule and legal citation. */
export function TraceView({ sample, lang }: { sample: SampleCase; lang: Lang }) {
  return (
    <details className="sample" data-sample={sample.id}>
      <summary>
        <span className={`badge badge-${sample.variant}`}>{t(lang, sample.variant)}</span>{' '}
        {sample.title[lang]} — {sample.trace.outcome[lang]}
      </summary>
      <p>{sample.summary[lang]}</p>
      <ol className="trace">
        {keyedSteps(sample).map(({ step, key }) => {
          const cites = citationsOf(step.basis);
          const state =
            step.kind === 'step' ? t(lang, 'step') : step.fired ? t(lang, 'fired') : t(lang, 'notFired');
          return (
            <li key={key} className={step.kind === 'rule' && !step.fired ? 'not-fired' : 'fired'}>
              <div className="step-head">
                <code>{step.id}</code> <span className="state">[{state}]</span> {step.title[lang]}
                {step.at && <span className="at"> @ {formatCivil(step.at, lang)}</span>}
              </div>
              {Object.keys(step.inputs).length > 0 && (
                <div className="step-inputs">
                  {t(lang, 'inputs')}:{' '}
                  {Object.entries(step.inputs)
                    .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
                    .join('; ')}
                </div>
              )}
              {step.result !== undefined && (
                <div className="step-result">
                  {t(lang, 'result')}: {JSON.stringify(step.result)}
                </div>
              )}
              <div className="step-basis">
                {step.basis.kind === 'assumption'
                  ? `${t(lang, 'assumptionBasis')}: ${step.basis.reason[lang]}`
                  : `${t(lang, 'basis')}:`}
                {cites.length > 0 && (
                  <ul className="citations">
                    {cites.map((c) => (
                      <CitationItem
                        key={`${c.law.zh}|${c.docNo ?? ''}|${c.article ?? ''}|${c.note?.en ?? ''}`}
                        citation={c}
                        lang={lang}
                      />
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
