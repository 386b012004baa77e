// The public surface of @gd-ftz/statutes: named re-exports only.
export { abnormalVouchers, abscondingFirms } from './abnormal-vouchers';
export { administrativeLicensing } from './administrative-licensing';
export { administrativeReconsideration } from './administrative-reconsideration';
export { agriProductQuality, foodSafety } from './agri-product-quality';
export { civilCode } from './civil-code';
export {
  caseDiversionOpinions,
  civilProcedure,
  civilProcedureInterpretation,
  criminalLaw,
  falseLitigationOpinions,
} from './civil-procedure';
export {
  crossBorderRetailImportTax,
  crossBorderReturns,
  returnCentreWarehouse,
} from './cross-border-ecommerce';
export { gdPublicData, onlineGovernmentServices, personalInformation } from './data-and-e-government';
export type { FilingDeadlineExplanation, FilingExtensionCount, FilingExtensionRule } from './filing-deadline';
export {
  explainFilingDeadline,
  FILING_DEADLINE_DAY,
  FILING_DEADLINE_NOTICES,
  FILING_EXTENSION_RULES,
  filingDeadline,
  HOLIDAY_RUN_MIN_DAYS,
} from './filing-deadline';
export type { PublishedFilingDeadline, PublishedFilingYear } from './filing-deadline-published';
export { PUBLISHED_FILING_DAYS, publishedFilingDeadline } from './filing-deadline-published';
export { enterpriseIncomeTax, individualIncomeTax, individualIncomeTaxRules } from './income-taxes';
export { invoiceMeasures } from './invoice-measures';
export { maritimeTrafficSafety, seafarers, shipRegistration } from './maritime';
export { newTaxpayerInvoices } from './new-taxpayer-invoices';
export { propertyTax, urbanMaintenanceTax } from './property-taxes';
export { LAWS, STATUTES } from './registry';
export { judicialResponsibility2017, judicialResponsibility2020 } from './related-case-search';
export { SEED_DOC_NO, seedItem, seedNotice } from './seed';
export { procuratorateOrganisation, similarCaseSearch } from './similar-cases';
export {
  specialEquipmentInspection,
  specialEquipmentSafety,
  specialEquipmentUserDuties,
} from './special-equipment-safety';
export type { Statute, StatuteDefinition, StatuteVersion } from './statute';
export { articleOf, defineStatute, withNote } from './statute';
export { taxCollection } from './tax-collection';
export { taxCollectionRules } from './tax-collection-rules';
export { taxCredit, taxCreditTrial2014 } from './tax-credit';
export { vatRegulations } from './vat';
