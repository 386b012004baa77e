// The domain of measure 8: the lessor, the property, the authorisation and an invoice application.
import type { CivilDate } from '@gd-ftz/core';

/** A person as the e-tax bureau records them (S60, S61: name, phone, ID number). */
export interface Person {
  readonly name: string;
  readonly phone: string;
  /** An 18-character resident ID (GB 11643) with a valid check character. */
  readonly idNumber: string;
}

/** The authorised person. */
export interface Agent extends Person {
  /** Who acts for the lessor: the lessee or a third-party agent (S58). */
  readonly role: 'lessee' | 'agent';
}

/**
 * The property as identified on the authorisation: at least one of 不动产单元号, 产权证号 or the
 * address (S60: "same property" = the same authoriser and the same unit number, certificate or address).
 */
export interface PropertyRef {
  readonly unitNo?: string | undefined;
  readonly certNo?: string | undefined;
  readonly address?: string | undefined;
}

/** 按次 (one invoice, a period never invoiced) or 按年 (the same property, a year from applying). */
export type AuthorisationTerm = 'per-invoice' | 'annual';

/** A lease period an invoice covers, both ends included. */
export interface LeasePeriod {
  readonly from: CivilDate;
  readonly to: CivilDate;
}
