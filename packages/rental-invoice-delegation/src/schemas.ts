// The input schemas shared by the authorisation request and the invoice application (zod through
// core's re-export). Internal.
import { isCivilDate, isValidResidentId, z } from '@gd-ftz/core';

/** A non-empty trimmed text of at most `max` characters. */
export const textSchema = (max: number) => z.string().trim().min(1).max(max);

/** A real civil date YYYY-MM-DD. */
export const civilDateSchema = z.string().refine(isCivilDate, 'must be a real date YYYY-MM-DD');

/** An 18-character resident ID with a valid check character (GB 11643). */
export const residentIdSchema = z
  .string()
  .refine((s) => isValidResidentId(s), 'must be a valid 18-character resident ID');

/** A lease period, both ends included; the end not before the start. */
export const periodSchema = z
  .object({ from: civilDateSchema, to: civilDateSchema })
  .refine((p) => !isCivilDate(p.from) || !isCivilDate(p.to) || p.from <= p.to, {
    message: 'must not end before it starts',
    path: ['to'],
  });

/** A person as the e-tax bureau records them: name, phone (mobile or landline), resident ID. */
export const personSchema = z.object({
  name: textSchema(50),
  phone: z.string().regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, 'must be a mobile or landline number'),
  idNumber: residentIdSchema,
});

/** The property keys: at least one of unit number, certificate number, address (S60). */
export const propertySchema = z
  .object({
    unitNo: textSchema(60).optional(),
    certNo: textSchema(60).optional(),
    address: textSchema(200).optional(),
  })
  .strict()
  .refine((p) => p.unitNo !== undefined || p.certNo !== undefined || p.address !== undefined, {
    message: 'needs a unit number, a certificate number or an address',
  });
