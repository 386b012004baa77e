// The domain of measure 14: a ship, its owner, the case (落户 of a newbuild or an import, 过户 of a
// ship bought from another port), the certificates it holds, and an application for the bundle.
import type { CivilDate, LegalBasis, Localized } from '@gd-ftz/core';
import type { BundleItem, Condition, DocumentKind, Material } from './items';

/** The ship as registered. */
export interface Ship {
  /** IMO number, 7 digits with its check digit. */
  readonly imo: string;
  /** Gross tonnage (总吨), ≥ 0. */
  readonly grossTonnage: number;
  /** On international voyages (国际航行). */
  readonly international: boolean;
}

/** The owner applying; `dishonest` is a 失信 record that bars 容缺受理. */
export interface Applicant {
  /** 统一社会信用代码 (GB 32100-2015). */
  readonly uscc: string;
  readonly dishonest: boolean;
  /** Signs the written commitment (书面承诺) to supply missing secondary materials. */
  readonly commits: boolean;
}

/** How the ship comes to the port: newly built, bought from another Chinese port, or from abroad. */
export type CaseKind = 'newbuild' | 'transfer' | 'import';

/** A certificate the ship holds, with the day it was issued. */
export interface HeldCertificate {
  readonly item: BundleItem;
  readonly issuedOn: CivilDate;
}

/** A document from elsewhere, with the day the applicant had it. */
export interface HeldDocument {
  readonly kind: DocumentKind;
  readonly on: CivilDate;
}

/** What the authority knows of a ship's case. */
export interface ShipFile {
  readonly ship: Ship;
  readonly owner: Applicant;
  readonly kind: CaseKind;
  readonly mortgaged: boolean;
  readonly certificates: readonly HeldCertificate[];
  readonly documents: readonly HeldDocument[];
}

/** A prerequisite an item lacks: an earlier item, a document, or a condition of the ship. */
export type Prerequisite =
  | { readonly kind: 'item'; readonly item: BundleItem; readonly basis: LegalBasis }
  | { readonly kind: 'document'; readonly document: DocumentKind; readonly basis: LegalBasis }
  | { readonly kind: 'condition'; readonly condition: Condition; readonly basis: LegalBasis };

/** A finding of the intake check, with what it means and why. */
export interface Finding {
  readonly code: 'main-missing' | 'secondary-missing' | 'dishonest' | 'no-commitment';
  readonly material?: Material;
  readonly message: Localized;
  readonly basis: LegalBasis;
}

/** The answer of `acceptWithGaps`. */
export interface Acceptance {
  readonly accepted: boolean;
  /** The day missing secondary materials are due, when accepted with gaps. */
  readonly supplyBy?: CivilDate;
  readonly reasons: readonly Finding[];
}

/** One application for the bundle. `prerequisites` overrides the default DAG per item. */
export interface BundleApplication {
  readonly file: ShipFile;
  readonly items: readonly BundleItem[];
  readonly prerequisites?: Readonly<Partial<Record<BundleItem, readonly BundleItem[]>>>;
}

/** One step of a plan: when the item can start at the latest and when it is due. */
export interface PlanStep {
  readonly item: BundleItem;
  /** Its depth in the DAG: 0 for items whose prerequisites are all held already. */
  readonly stage: number;
  /** The items of this bundle it waits for. */
  readonly after: readonly BundleItem[];
  readonly startOn: CivilDate;
  readonly dueBy: CivilDate;
}

/** An item the plan cannot schedule, and why. */
export interface Unplanned {
  readonly item: BundleItem;
  readonly missing: readonly Prerequisite[];
}

/** The order in which the bundle's items are issued, within the DAG. */
export interface BundlePlan {
  readonly steps: readonly PlanStep[];
  readonly unplanned: readonly Unplanned[];
}
