import type { ParamsSchema, ParamValue } from '@gd-ftz/core';
import { type FormEvent, useId } from 'react';
import { fieldsOf } from '../form/fields';
import { type Lang, t } from '../i18n/messages';

export interface ParamFormProps {
  readonly schema: ParamsSchema;
  readonly lang: Lang;
  /** What each control holds (text for numbers, boolean for checkboxes). */
  readonly raw: Readonly<Record<string, string | boolean>>;
  readonly errors: Readonly<Record<string, string>>;
  readonly seed: string;
  readonly seedError: string | undefined;
  readonly busy: boolean;
  readonly onChange: (name: string, value: string | boolean) => void;
  readonly onSeedChange: (value: string) => void;
  readonly onReset: () => void;
  readonly onRun: () => void;
  /** How many seeds a run covers (text of the control). */
  readonly replications: string;
  readonly replicationsError: string | undefined;
  readonly onReplicationsChange: (value: string) => void;
  readonly onCancel: () => void;
}

/** The scenario form, generated from the measure's parameter schema; every control is labelled. */
export function ParamForm(props: ParamFormProps) {
  const { schema, lang, raw, errors } = props;
  const idBase = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onRun();
  };
  return (
    <form className="params" onSubmit={submit} aria-label={t(lang, 'parameters')} noValidate>
      <div className="fields">
        {fieldsOf(schema, lang).map((f) => {
          const id = `${idBase}-${f.name}`;
          const errId = `${id}-err`;
          const helpId = `${id}-help`;
          const describedBy =
            [errors[f.name] ? errId : '', f.help ? helpId : ''].filter(Boolean).join(' ') || undefined;
          const value = raw[f.name];
          return (
            <div className={`field field-${f.control}${errors[f.name] ? ' has-error' : ''}`} key={f.name}>
              <label htmlFor={id}>
                {f.label}
                {f.unit && <span className="unit"> ({f.unit})</span>}
                {f.assumption && <span className="tag"> {t(lang, 'assumption')}</span>}
              </label>
              {f.control === 'checkbox' ? (
                <input
                  id={id}
                  name={f.name}
                  type="checkbox"
                  checked={value === true}
                  onChange={(e) => props.onChange(f.name, e.currentTarget.checked)}
                  aria-describedby={describedBy}
                />
              ) : f.control === 'select' ? (
                <select
                  id={id}
                  name={f.name}
                  value={String(value)}
                  onChange={(e) => props.onChange(f.name, e.currentTarget.value)}
                  aria-describedby={describedBy}
                >
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  name={f.name}
                  type={f.control === 'number' ? 'number' : 'text'}
                  inputMode={f.inputMode}
                  min={f.min}
                  max={f.max}
                  step={f.step}
                  value={String(value ?? '')}
                  onChange={(e) => props.onChange(f.name, e.currentTarget.value)}
                  aria-invalid={errors[f.name] ? true : undefined}
                  aria-describedby={describedBy}
                />
              )}
              {f.control !== 'checkbox' && f.control !== 'select' && f.min !== undefined && (
                <small className="range">
                  {f.min} – {f.max}
                </small>
              )}
              {f.help && (
                <small id={helpId} className="help">
                  {f.help}
                </small>
              )}
              {errors[f.name] && (
                <small id={errId} className="error" role="alert">
                  {errors[f.name]}
                </small>
              )}
            </div>
          );
        })}
        <div className={`field field-number${props.seedError ? ' has-error' : ''}`}>
          <label htmlFor={`${idBase}-seed`}>{t(lang, 'seed')}</label>
          <input
            id={`${idBase}-seed`}
            name="seed"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={props.seed}
            onChange={(e) => props.onSeedChange(e.currentTarget.value)}
            aria-describedby={`${idBase}-seed-help`}
          />
          <small id={`${idBase}-seed-help`} className="help">
            {t(lang, 'seedHelp')}
          </small>
          {props.seedError && (
            <small className="error" role="alert">
              {props.seedError}
            </small>
          )}
        </div>
        <div className={`field field-number${props.replicationsError ? ' has-error' : ''}`}>
          <label htmlFor={`${idBase}-replications`}>{t(lang, 'replications')}</label>
          <input
            id={`${idBase}-replications`}
            name="replications"
            type="number"
            min={1}
            max={100}
            step={1}
            inputMode="numeric"
            value={props.replications}
            onChange={(e) => props.onReplicationsChange(e.currentTarget.value)}
            aria-invalid={props.replicationsError ? true : undefined}
            aria-describedby={`${idBase}-replications-help`}
          />
          <small id={`${idBase}-replications-help`} className="help">
            {t(lang, 'replicationsHelp')}
          </small>
          {props.replicationsError && (
            <small className="error" role="alert">
              {props.replicationsError}
            </small>
          )}
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={props.busy} data-action="run">
          {props.busy ? t(lang, 'running') : t(lang, 'run')}
        </button>
        {props.busy && (
          <button type="button" onClick={props.onCancel} data-action="cancel">
            {t(lang, 'cancel')}
          </button>
        )}
        <button type="button" onClick={props.onReset} disabled={props.busy}>
          {t(lang, 'reset')}
        </button>
      </div>
    </form>
  );
}

/** Control contents for a set of parameter values. */
export function rawFrom(values: Readonly<Record<string, ParamValue>>): Record<string, string | boolean> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'boolean' ? v : String(v)]),
  );
}
