// Scenarios smaller than the defaults for the cross-engine log tests (contract, schema validators,
// pm4js): each engine's own measure test runs its defaults; here the question is whether the log
// is well formed and read alike, which holds at any size. About 100–2,000 cases per engine keeps
// every activity of the default run while the XML and JSON validators stay quick.
export const SMALL_SCENARIOS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'overpayment-refund': { population: 800 },
  'tax-risk-prevention': { taxpayers: 200 },
  'zero-window-service': { requests: 400 },
  'smart-tax-hall': { visitsPerYear: 12_000 },
  'new-economy-tax-service': { firms: 200 },
  'e-invoice-risk-control': { taxpayers: 100 },
  'invoice-type-approval': { applications: 300 },
  'rental-invoice-delegation': { leases: 200 },
  'tax-credit-scoring': { population: 300 },
  'linear-project-permits': { projects: 60 },
  'digital-space-authorization': { services: 100 },
  'cbec-return-warehouse': { lines: 2000 },
  'ship-certificate-bundle': { ships: 300 },
  'crew-appointment': { appointments: 500 },
  'similar-case-retrieval': { priorJudgments: 400, newCases: 50 },
  'reconsideration-mediation': { disputes: 2000 },
  'litigation-integrity': { cases: 2000 },
  'aquatic-rapid-testing': { farms: 150 },
  'special-equipment-ledger': { units: 1500 },
};
