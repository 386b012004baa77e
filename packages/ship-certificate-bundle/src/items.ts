// The items of the bundle, their prerequisites (the DAG), their materials (main and secondary)
// and the documents the applicant brings from elsewhere. One table, read by every function.
import type { Citation, LegalBasis, Localized } from '@gd-ftz/core';
import { cited } from '@gd-ftz/core';
import { CITES, MATERIAL_SPLIT, UNVERIFIED_ORDER } from './law';

/** The certificates and registrations of a ship's 落户 or 过户, in canonical issue order. */
export const BUNDLE_ITEMS = [
  'deregistration',
  'ownership',
  'nationality',
  'mortgage',
  'minimum-manning',
  'radio-licence',
  'safety-management',
  'maritime-labour',
] as const;

/** One item of the bundle. */
export type BundleItem = (typeof BUNDLE_ITEMS)[number];

/** The materials an applicant hands in; `common` ones are asked again by every separate application. */
export const MATERIALS = [
  'application-form',
  'identity',
  'technical-data',
  'proof-of-ownership',
  'no-mortgage-proof',
  'handover-record',
  'ship-photos',
  'mortgage-contract',
  'manning-plan',
  'radio-equipment-list',
  'management-manual',
  'seafarer-agreements',
] as const;

/** One material. */
export type Material = (typeof MATERIALS)[number];

/** Documents issued by others (the classification society, a foreign registry, a shipyard). */
export type DocumentKind = 'technical-certificates' | 'foreign-deregistration' | 'building-contract';

/** Conditions of the ship or case an item applies to. */
export type Condition = 'transfer' | 'mortgage-tonnage' | 'mortgaged' | 'international';

interface ItemSpec {
  readonly label: Localized;
  readonly after: readonly BundleItem[];
  readonly afterBasis: LegalBasis;
  readonly main: readonly Material[];
  readonly secondary: readonly Material[];
  readonly documents: readonly DocumentKind[];
  readonly basis: Citation;
}

const COMMON: readonly Material[] = ['application-form', 'identity', 'technical-data'];

/** The item table. `after` is the default DAG; an application may state its own. */
export const ITEMS: Readonly<Record<BundleItem, ItemSpec>> = {
  deregistration: {
    label: { zh: '原船籍港注销登记', en: 'Seller’s deregistration' },
    after: [],
    afterBasis: cited(CITES.deregistration),
    main: ['application-form', 'identity', 'proof-of-ownership'],
    secondary: ['handover-record'],
    documents: [],
    basis: CITES.deregistration,
  },
  ownership: {
    label: { zh: '船舶所有权登记证书', en: 'Certificate of ownership' },
    after: ['deregistration'],
    afterBasis: cited(CITES.ownershipMaterials, CITES.deregistration),
    main: [...COMMON, 'proof-of-ownership', 'no-mortgage-proof'],
    secondary: ['handover-record', 'ship-photos'],
    documents: ['technical-certificates'],
    basis: CITES.ownershipPeriod,
  },
  nationality: {
    label: { zh: '船舶国籍证书', en: 'Certificate of nationality' },
    after: ['ownership'],
    afterBasis: cited(CITES.nationality),
    main: [...COMMON],
    secondary: ['ship-photos'],
    documents: ['technical-certificates'],
    basis: CITES.nationality,
  },
  mortgage: {
    label: { zh: '船舶抵押权登记', en: 'Mortgage registration' },
    after: ['ownership'],
    afterBasis: cited(CITES.mortgage),
    main: ['application-form', 'identity', 'mortgage-contract'],
    secondary: ['technical-data'],
    documents: [],
    basis: CITES.mortgage,
  },
  'minimum-manning': {
    label: { zh: '最低安全配员证书', en: 'Minimum safe manning document' },
    after: ['nationality'],
    afterBasis: UNVERIFIED_ORDER,
    main: [...COMMON, 'manning-plan'],
    secondary: ['ship-photos'],
    documents: [],
    basis: CITES.statutoryCertificates,
  },
  'radio-licence': {
    label: { zh: '船舶电台执照', en: 'Ship station licence' },
    after: ['nationality'],
    afterBasis: UNVERIFIED_ORDER,
    main: [...COMMON, 'radio-equipment-list'],
    secondary: ['ship-photos'],
    documents: [],
    basis: CITES.radio,
  },
  'safety-management': {
    label: { zh: '符合证明/船舶安全管理证书', en: 'DOC / safety management certificate' },
    after: ['nationality'],
    afterBasis: UNVERIFIED_ORDER,
    main: [...COMMON, 'management-manual'],
    secondary: ['ship-photos'],
    documents: [],
    basis: CITES.safetyManagement,
  },
  'maritime-labour': {
    label: { zh: '海事劳工证书', en: 'Maritime labour certificate' },
    after: ['nationality', 'minimum-manning'],
    afterBasis: UNVERIFIED_ORDER,
    main: [...COMMON, 'seafarer-agreements'],
    secondary: ['ship-photos'],
    documents: [],
    basis: CITES.maritimeLabour,
  },
};

/** The split of materials is an assumption; kept here so traces can cite it. */
export const SPLIT_BASIS: LegalBasis = MATERIAL_SPLIT;

/** Materials every separate application repeats (the common set). */
export const COMMON_MATERIALS: readonly Material[] = COMMON;

const ITEM_SET: ReadonlySet<string> = new Set(BUNDLE_ITEMS);
const MATERIAL_SET: ReadonlySet<string> = new Set(MATERIALS);

/** Whether `x` names a bundle item. */
export function isBundleItem(x: unknown): x is BundleItem {
  return typeof x === 'string' && ITEM_SET.has(x);
}

/** Whether `x` names a material. */
export function isMaterial(x: unknown): x is Material {
  return typeof x === 'string' && MATERIAL_SET.has(x);
}
