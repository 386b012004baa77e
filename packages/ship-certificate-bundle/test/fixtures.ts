// Shared test inputs: a valid IMO number (9074729, check digit 9) and USCC (GB 32100 example).
import { civilDate } from '@gd-ftz/core';
import type { Applicant, ShipFile } from '../src/index';

export const IMO = '9074729';
export const USCC = '91350100M000100Y43';

export const owner: Applicant = { uscc: USCC, dishonest: false, commits: true };

/** A 2,000 GT international ship bought from another Chinese port, mortgaged, holding nothing yet. */
export function transferFile(over: Partial<ShipFile> = {}): ShipFile {
  return {
    ship: { imo: IMO, grossTonnage: 2000, international: true },
    owner,
    kind: 'transfer',
    mortgaged: true,
    certificates: [],
    documents: [{ kind: 'technical-certificates', on: civilDate('2024-09-20') }],
    ...over,
  };
}
