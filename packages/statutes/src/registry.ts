// Every statute module, listed once, and the law names derived from them.
import type { Localized } from '@gd-ftz/core';
import { abnormalVouchers, abscondingFirms } from './abnormal-vouchers';
import { administrativeLicensing } from './administrative-licensing';
import { administrativeReconsideration } from './administrative-reconsideration';
import { agriProductQuality, foodSafety } from './agri-product-quality';
import { civilCode } from './civil-code';
import {
  caseDiversionOpinions,
  civilProcedure,
  civilProcedureInterpretation,
  criminalLaw,
  falseLitigationOpinions,
} from './civil-procedure';
import {
  crossBorderRetailImportTax,
  crossBorderReturns,
  returnCentreWarehouse,
} from './cross-border-ecommerce';
import { gdPublicData, onlineGovernmentServices, personalInformation } from './data-and-e-government';
import { enterpriseIncomeTax, individualIncomeTax, individualIncomeTaxRules } from './income-taxes';
import { invoiceMeasures } from './invoice-measures';
import { maritimeTrafficSafety, seafarers, shipRegistration } from './maritime';
import { newTaxpayerInvoices } from './new-taxpayer-invoices';
import { propertyTax, urbanMaintenanceTax } from './property-taxes';
import { judicialResponsibility2017, judicialResponsibility2020 } from './related-case-search';
import { seedNotice } from './seed';
import { procuratorateOrganisation, similarCaseSearch } from './similar-cases';
import {
  specialEquipmentInspection,
  specialEquipmentSafety,
  specialEquipmentUserDuties,
} from './special-equipment-safety';
import type { Statute } from './statute';
import { taxCollection } from './tax-collection';
import { taxCollectionRules } from './tax-collection-rules';
import { taxCredit, taxCreditTrial2014 } from './tax-credit';
import { vatRegulations } from './vat';

/**
 * Every statute module of the package, each once, grouped by the engines that cite them: the seed,
 * general law, tax, licensing and review, courts, sectoral. For the README table, the tests and
 * any tool that lists the sources.
 * @example
 * STATUTES.map((s) => s.key).includes('taxCollection') // true
 */
export const STATUTES: readonly Statute[] = [
  seedNotice,
  civilCode,
  taxCollection,
  taxCollectionRules,
  invoiceMeasures,
  taxCreditTrial2014,
  taxCredit,
  abnormalVouchers,
  abscondingFirms,
  newTaxpayerInvoices,
  vatRegulations,
  enterpriseIncomeTax,
  individualIncomeTax,
  individualIncomeTaxRules,
  propertyTax,
  urbanMaintenanceTax,
  administrativeLicensing,
  administrativeReconsideration,
  personalInformation,
  onlineGovernmentServices,
  gdPublicData,
  crossBorderRetailImportTax,
  crossBorderReturns,
  returnCentreWarehouse,
  shipRegistration,
  maritimeTrafficSafety,
  seafarers,
  similarCaseSearch,
  procuratorateOrganisation,
  judicialResponsibility2017,
  judicialResponsibility2020,
  civilProcedure,
  civilProcedureInterpretation,
  caseDiversionOpinions,
  falseLitigationOpinions,
  criminalLaw,
  agriProductQuality,
  foodSafety,
  specialEquipmentSafety,
  specialEquipmentInspection,
  specialEquipmentUserDuties,
];

/**
 * The law names (zh and en), keyed like the modules: `LAWS.taxCollection` is
 * `taxCollection.law`. The same objects as the modules hold, so each name is declared once.
 * @example
 * LAWS.civilCode.zh // '中华人民共和国民法典'
 */
export const LAWS = {
  seed: seedNotice.law,
  civilCode: civilCode.law,
  taxCollection: taxCollection.law,
  taxCollectionRules: taxCollectionRules.law,
  invoiceMeasures: invoiceMeasures.law,
  taxCreditTrial2014: taxCreditTrial2014.law,
  taxCredit: taxCredit.law,
  abnormalVouchers: abnormalVouchers.law,
  abscondingFirms: abscondingFirms.law,
  newTaxpayerInvoices: newTaxpayerInvoices.law,
  vatRegulations: vatRegulations.law,
  enterpriseIncomeTax: enterpriseIncomeTax.law,
  individualIncomeTax: individualIncomeTax.law,
  individualIncomeTaxRules: individualIncomeTaxRules.law,
  propertyTax: propertyTax.law,
  urbanMaintenanceTax: urbanMaintenanceTax.law,
  administrativeLicensing: administrativeLicensing.law,
  administrativeReconsideration: administrativeReconsideration.law,
  personalInformation: personalInformation.law,
  onlineGovernmentServices: onlineGovernmentServices.law,
  gdPublicData: gdPublicData.law,
  crossBorderRetailImportTax: crossBorderRetailImportTax.law,
  crossBorderReturns: crossBorderReturns.law,
  returnCentreWarehouse: returnCentreWarehouse.law,
  shipRegistration: shipRegistration.law,
  maritimeTrafficSafety: maritimeTrafficSafety.law,
  seafarers: seafarers.law,
  similarCaseSearch: similarCaseSearch.law,
  procuratorateOrganisation: procuratorateOrganisation.law,
  judicialResponsibility2017: judicialResponsibility2017.law,
  judicialResponsibility2020: judicialResponsibility2020.law,
  civilProcedure: civilProcedure.law,
  civilProcedureInterpretation: civilProcedureInterpretation.law,
  caseDiversionOpinions: caseDiversionOpinions.law,
  falseLitigationOpinions: falseLitigationOpinions.law,
  criminalLaw: criminalLaw.law,
  agriProductQuality: agriProductQuality.law,
  foodSafety: foodSafety.law,
  specialEquipmentSafety: specialEquipmentSafety.law,
  specialEquipmentInspection: specialEquipmentInspection.law,
  specialEquipmentUserDuties: specialEquipmentUserDuties.law,
} as const satisfies Record<string, Localized>;
