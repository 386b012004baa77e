// The zod schemas of the public functions' arguments, each typed against the domain type it
// admits (a schema that drifts from its type does not compile). The public functions parse their
// arguments with core's `parse` (a ValidationError naming the path of every bad field, the input
// never mutated) and then call the unchecked core the simulation uses. Internal: not exported
// from the package.
import { z } from '@gd-ftz/core';
import type { AnalyteId, Concentrations } from './analytes';
import type { TestMethod } from './confirmatory';
import type { CoverageInstance, Point } from './coverage-planning';
import type { RapidTestSpec } from './rapid-test';

const nonNegative = z.number().min(0); // zod 4 numbers are finite: NaN and ±Infinity are refused

/** One of the four analyte ids. */
// Spelled out, not ANALYTE_IDS: analytes.ts imports this module, so its values are not yet defined here.
export const analyteIdSchema: z.ZodType<AnalyteId> = z.enum([
  'malachiteGreen',
  'nitrofurans',
  'chloramphenicol',
  'enrofloxacin',
]);

/** A concentration in μg/kg: a finite number ≥ 0. */
export const concentrationSchema: z.ZodType<number> = nonNegative;

/** A concentration for each analyte (other keys are ignored). */
export const concentrationsSchema: z.ZodType<Concentrations> = z.object({
  malachiteGreen: nonNegative,
  nitrofurans: nonNegative,
  chloramphenicol: nonNegative,
  enrofloxacin: nonNegative,
});

/** 'rapid' or 'laboratory'. */
export const methodSchema: z.ZodType<TestMethod> = z.enum(['rapid', 'laboratory']);

/** A string, to be read as a civil date or date-time by core (which names the bad format). */
export const textSchema: z.ZodType<string> = z.string().max(64);

/** The argument of `assessObjection`. */
export const objectionSchema: z.ZodType<{
  method: TestMethod;
  receivedAt: string;
  objectedAt: string;
  sampleReceivedAt?: string | undefined;
}> = z.object({
  method: methodSchema,
  receivedAt: textSchema,
  objectedAt: textSchema,
  sampleReceivedAt: textSchema.optional(),
});

/** A point on the map, km. */
export const pointSchema: z.ZodType<Point> = z.object({ x: z.number(), y: z.number() });

/** A positive speed, km/h. */
export const speedSchema: z.ZodType<number> = z.number().positive();

/** A planning instance: weights ≥ 0, a bound ≥ 0, a positive speed. */
export const instanceSchema: z.ZodType<CoverageInstance> = z.object({
  demand: z.array(z.object({ location: pointSchema, weight: nonNegative })),
  candidates: z.array(pointSchema),
  travelBoundMinutes: nonNegative,
  speedKmh: speedSchema,
});

/** A number of sites: an integer ≥ 0. */
export const siteCountSchema: z.ZodType<number> = z.number().int().min(0);

/** Chosen candidate indices: integers ≥ 0 (the upper bound is checked against the instance). */
export const chosenSchema: z.ZodType<readonly number[]> = z.array(z.number().int().min(0));

/** What a panel needs of a strip: its time and accuracy. */
export type StripFigures = Pick<RapidTestSpec, 'stripMinutes' | 'sensitivity' | 'specificity'>;

const probability = z.number().min(0).max(1);
const stripSchema: z.ZodType<StripFigures> = z.object({
  stripMinutes: z.number().positive(),
  sensitivity: probability,
  specificity: probability,
});

/** A strip for each analyte (other fields of a strip, such as its basis, are not read). */
export const panelSchema: z.ZodType<Readonly<Record<AnalyteId, StripFigures>>> = z.object({
  malachiteGreen: stripSchema,
  nitrofurans: stripSchema,
  chloramphenicol: stripSchema,
  enrofloxacin: stripSchema,
});

/** Preparation minutes: a finite number ≥ 0. */
export const prepSchema: z.ZodType<number> = nonNegative;

/** Which analytes of a lot are non-compliant. */
export const truthSchema: z.ZodType<Readonly<Record<AnalyteId, boolean>>> = z.object({
  malachiteGreen: z.boolean(),
  nitrofurans: z.boolean(),
  chloramphenicol: z.boolean(),
  enrofloxacin: z.boolean(),
});
