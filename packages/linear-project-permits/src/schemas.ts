// The zod schemas of the public API's small inputs, typed against the domain types; core's `parse`
// turns a failure into a ValidationError naming the path. Internal callers pass checked values to
// the unchecked functions (`specOf`, `decisionDeadlineOf`, …) and are not re-checked.
import { type CivilDate, isCivilDate, z } from '@gd-ftz/core';

export { permitKindSchema } from './permits';

/** A real civil date `YYYY-MM-DD` (typed as the branded CivilDate it is). */
export const civilDateSchema: z.ZodType<CivilDate> = z.custom<CivilDate>((s) => isCivilDate(s), {
  message: 'must be a real date YYYY-MM-DD',
});

/** Whether the one extension of a limit is used. */
export const extendedSchema: z.ZodType<boolean> = z.boolean();
