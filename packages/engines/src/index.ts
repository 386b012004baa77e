// Every engine of the project, registered once for the demo app and the CLI.
// `pnpm new:engine <slug>` adds new engines to the list below.
import { measure as aquaticRapidTesting } from '@gd-ftz/aquatic-rapid-testing';
import { createRegistry, MEASURES, type Measure, type MeasureInfo } from '@gd-ftz/core';
import { measure as invoiceTypeApproval } from '@gd-ftz/invoice-type-approval';
import { measure as linearProjectPermits } from '@gd-ftz/linear-project-permits';
import { measure as overpaymentRefund } from '@gd-ftz/overpayment-refund';
import { measure as specialEquipmentLedger } from '@gd-ftz/special-equipment-ledger';

/** The engines that exist, validated at registration (unique ids and slugs, both languages). */
export const registry = createRegistry([
  overpaymentRefund,
  invoiceTypeApproval,
  linearProjectPermits,
  aquaticRapidTesting,
  specialEquipmentLedger,
  // new engines: insert above this line
]);

/** One row per measure of the seed: its catalog identity and its engine, if modelled. */
export interface CatalogRow {
  readonly info: MeasureInfo;
  readonly engine: Measure | undefined;
}

/** All 20 measures of 粤府函〔2023〕59号 in seed order, with the engine where one exists. */
export const catalog: readonly CatalogRow[] = MEASURES.map((info) => ({
  info,
  engine: registry.byId(info.id),
}));
