import {
  type ParamSpec,
  type ParamsSchema,
  type ParamValue,
  parseParamText,
  ValidationError,
} from '@gd-ftz/core';
import type { Lang } from '../i18n/messages';

/** What the form needs to draw one control, generated from a parameter spec. */
export interface FieldModel {
  readonly name: string;
  readonly control: 'number' | 'text' | 'checkbox' | 'select';
  readonly label: string;
  readonly help: string | undefined;
  readonly unit: string | undefined;
  readonly assumption: boolean;
  readonly min: string | undefined;
  readonly max: string | undefined;
  readonly step: string | undefined;
  readonly inputMode: 'numeric' | 'decimal' | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly defaultValue: ParamValue;
}

function fieldOf(name: string, spec: ParamSpec, lang: Lang): FieldModel {
  const base = {
    name,
    label: spec.label[lang],
    help: spec.help?.[lang],
    unit: 'unit' in spec && spec.unit ? spec.unit[lang] : undefined,
    assumption: spec.assumption === true,
    defaultValue: spec.default,
  };
  switch (spec.kind) {
    case 'integer':
      return {
        ...base,
        control: 'number',
        min: String(spec.min),
        max: String(spec.max),
        step: String(spec.step ?? 1),
        inputMode: 'numeric',
        options: [],
      };
    case 'number':
      return {
        ...base,
        control: 'number',
        min: String(spec.min),
        max: String(spec.max),
        step: String(spec.step ?? 'any'),
        inputMode: 'decimal',
        options: [],
      };
    case 'decimal':
      return {
        ...base,
        control: 'text',
        min: spec.min,
        max: spec.max,
        step: undefined,
        inputMode: 'decimal',
        options: [],
      };
    case 'boolean':
      return {
        ...base,
        control: 'checkbox',
        min: undefined,
        max: undefined,
        step: undefined,
        inputMode: undefined,
        options: [],
      };
    case 'enum':
      return {
        ...base,
        control: 'select',
        min: undefined,
        max: undefined,
        step: undefined,
        inputMode: undefined,
        options: spec.options.map((o) => ({ value: o.value, label: o.label[lang] })),
      };
  }
}

/** The form of a measure: one field per parameter, in schema order, labels in `lang`. */
export function fieldsOf(schema: ParamsSchema, lang: Lang): FieldModel[] {
  return Object.entries(schema).map(([name, spec]) => fieldOf(name, spec, lang));
}

/** Parses what a control holds into a parameter value, or returns the error message in `lang`. */
export function readField(
  spec: ParamSpec,
  name: string,
  raw: string | boolean,
  lang: Lang,
): { ok: true; value: ParamValue } | { ok: false; message: string } {
  try {
    return { ok: true, value: parseParamText(name, spec, String(raw).trim()) };
  } catch (e) {
    if (e instanceof ValidationError)
      return { ok: false, message: e.issues.map((i) => i.message[lang]).join('; ') };
    throw e;
  }
}

/** The values that differ from the schema's defaults: what a shareable URL needs to hold. */
export function changedParams(
  schema: ParamsSchema,
  values: Readonly<Record<string, ParamValue>>,
): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const spec = schema[name];
    if (spec && spec.default !== value) out[name] = value;
  }
  return out;
}
