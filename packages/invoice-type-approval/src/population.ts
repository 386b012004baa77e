import {
  addDays,
  type CivilDate,
  civilDate,
  type RandomStream,
  USCC_CHARSET,
  usccCheckChar,
} from '@gd-ftz/core';
import { checkPopulationInput } from './check-inputs';
import { cleanTaxpayer } from './examples';
import type { Application, CreditGrade, Industry, RiskLevel } from './model';
import { INDUSTRIES } from './model';

/**
 * One generated application with its arrival time in minutes from the start date's 00:00.
 * @example
 * const [first]: readonly Arrival[] = generatePopulation(stream, options);
 * first?.application.date // '2025-03-03'
 */
export interface Arrival {
  readonly at: number;
  readonly application: Application;
}

/**
 * How the population is drawn (every share a modelling assumption of the scenario).
 * @example
 * const options: PopulationOptions = { size: 100, startDate: '2025-03-03', days: 28, shareNew: 0.25, shareRisky: 0.1 };
 */
export interface PopulationOptions {
  readonly size: number;
  readonly startDate: string;
  /** Calendar days over which applications arrive. */
  readonly days: number;
  /** Share of first applications by new taxpayers. */
  readonly shareNew: number;
  /** Share of taxpayers with a risk profile (flags and counts drawn much more often). */
  readonly shareRisky: number;
}

const TIERS = ['10000', '100000', '1000000', '10000000'] as const;

function uscc(rng: RandomStream): string {
  let s = '91440101';
  for (let i = 0; i < 9; i++) s += USCC_CHARSET[rng.int(0, USCC_CHARSET.length - 1)];
  return s + usccCheckChar(s);
}

function share(rng: RandomStream, max: number): string {
  return (Math.floor(rng.uniform(0, max) * 100) / 100).toFixed(2);
}

function yuan(rng: RandomStream, mu: number, sigma: number): string {
  return String(Math.round(rng.lognormal(mu, sigma)));
}

function application(rng: RandomStream, id: string, date: CivilDate, o: PopulationOptions): Application {
  const base = cleanTaxpayer();
  const isNew = rng.bernoulli(o.shareNew);
  const risky = rng.bernoulli(o.shareRisky);
  const flag = (p: number) => rng.bernoulli(risky ? p * 8 : p / 10);
  const small = rng.bernoulli(isNew ? 0.6 : 0.4);
  const grade: CreditGrade = isNew
    ? 'M'
    : (['A', 'B', 'M', 'C', 'D'] as const)[
        rng.weightedIndex(risky ? [0.05, 0.3, 0.15, 0.3, 0.2] : [0.3, 0.5, 0.1, 0.08, 0.02])
      ]!;
  const level: RiskLevel = (['none', 'low', 'medium', 'high'] as const)[
    rng.weightedIndex(risky ? [0.02, 0.4, 0.4, 0.18] : [0.2, 0.72, 0.07, 0.01])
  ]!;
  const industry: Industry =
    INDUSTRIES[rng.weightedIndex([0.2, 0.18, 0.08, 0.3, 0.08, 0.04, 0.02, 0.01, 0.02, 0.07])]!;
  const months = isNew ? 0 : rng.int(3, 120);
  const registeredOn = addDays(date, -(isNew ? rng.int(5, 60) : months * 31 + rng.int(0, 30)));
  const avgS = isNew || small ? (small && !isNew ? rng.int(0, 10) : 0) : rng.int(5, 80);
  const avgO = isNew ? 0 : small ? rng.int(5, 40) : rng.int(5, 150);
  const v12 = rng.poisson(risky ? 1.5 : 0.05);
  const pen12 = v12 === 0 ? 0 : Math.round(rng.uniform(200, risky ? 80_000 : 5_000));
  const tierOf = () => TIERS[rng.weightedIndex(small ? [0.7, 0.3, 0, 0] : [0.2, 0.62, 0.16, 0.02])]!;
  const wantSpecial = rng.bernoulli(small ? 0.35 : 0.85);
  const wantOrdinary = !wantSpecial || rng.bernoulli(0.7);
  const qty = (avg: number, dflt: number) =>
    Math.max(1, Math.round((avg === 0 ? dflt : avg) * rng.uniform(0.7, 1.4)));
  const sales = isNew ? '0' : yuan(rng, small ? 14 : 17, 0.8);
  return {
    id,
    date,
    taxpayer: {
      ...base,
      uscc: uscc(rng),
      name: `纳税人${id}`,
      registeredOn,
      registrationStatus: flag(0.004) ? 'abnormal' : flag(0.002) ? 'deregistering' : 'normal',
      licenceRevoked: flag(0.001),
      absconded: flag(0.001),
      addressVerified: !flag(0.01),
      temporaryRegistration: flag(0.002),
      taxpayerType: small ? 'small-scale' : 'general',
      counselling: !small && flag(0.02),
      smallTrading: industry === 'wholesale' && rng.bernoulli(0.5),
      isNew,
      creditGrade: grade,
      consecutiveAYears: grade === 'A' ? rng.int(1, 6) : 0,
      directD: grade === 'D' && rng.bernoulli(0.3),
      people: {
        ...base.people,
        legalRepVerified: !flag(0.01),
        taxOfficerVerified: !flag(0.01),
        financeHeadVerified: !flag(0.02),
        identityMismatch: flag(0.005),
        legalRepOtherFirms: risky ? rng.poisson(3) : rng.poisson(0.5),
        taxOfficerOtherFirms: risky ? rng.poisson(2) : rng.poisson(0.2),
        legalRepLinkedAbnormal: flag(0.005),
        legalRepLinkedAbsconded: flag(0.002),
        legalRepLinkedD: flag(0.005),
        legalRepOutOfProvince: flag(0.02),
        sharedPhoneFirms: risky ? rng.poisson(1) : 0,
        sharedIpFirms: risky ? rng.poisson(1) : 0,
      },
      risk: {
        level,
        invoiceRiskList: flag(0.003),
        abnormalOperationsList: flag(0.004),
        majorViolationList: flag(0.001),
        redAlert: flag(0.003),
        yellowAlert: flag(0.01),
        whiteList: !risky && rng.bernoulli(0.05),
      },
      cases: {
        inspection: flag(0.003),
        riskResponse: flag(0.01),
        policeReferral: flag(0.0005),
        pendingPenalty: flag(0.003),
        rectificationOverdue: flag(0.003),
        administrativeReview: flag(0.001),
      },
      violations: {
        last12m: v12,
        last24m: v12 + rng.poisson(risky ? 1 : 0.05),
        invoiceViolations24m: rng.poisson(risky ? 0.5 : 0.01),
        penalties12m: String(pen12),
        penalties24m: String(pen12 + (risky ? Math.round(rng.uniform(0, 50_000)) : 0)),
        unpaidPenalties: flag(0.003),
        lostTaxDevice12m: flag(0.01) ? 1 : 0,
        taxDeviceTampering: flag(0.0005),
        falseInvoicing24m: flag(0.001),
        evasionAmount: flag(0.002) ? yuan(rng, 12, 1) : '0',
        evasionShare: flag(0.002) ? share(rng, 0.5) : '0',
      },
      filing: {
        overdueFilings12m: rng.poisson(risky ? 1.2 : 0.05),
        unfiledPeriods: flag(0.005) ? 1 : 0,
        arrears: flag(0.005) ? yuan(rng, 10, 1) : '0',
        arrearsOverdueDays: risky ? rng.int(0, 200) : 0,
        zeroFilingConsecutive: flag(0.01) ? rng.int(1, 6) : 0,
        // Per calendar year: at most the months of the year so far (same draws, clamped).
        zeroFilingMonthsThisYear: flag(0.01) ? Math.min(rng.int(1, 8), Number(date.slice(5, 7))) : 0,
        issuedNotFiled: isNew ? false : flag(0.002),
        unpaidLateFees: flag(0.005),
        vatCitMismatch: share(rng, risky ? 0.3 : 0.08),
      },
      invoices: {
        ...base.invoices,
        abnormalIssued12m: flag(0.003) ? rng.int(1, 8) : 0,
        abnormalReceived12m: flag(0.01) ? rng.int(1, 5) : 0,
        abnormalInputShare: flag(0.003) ? share(rng, 1) : '0',
        abnormalInputAmount: flag(0.003) ? yuan(rng, 11, 1) : '0',
        unresolvedAbnormal: flag(0.002),
        monthsOfHistory: isNew ? 0 : Math.min(months, 36),
        peakMonthlySpecial: Math.round(avgS * 1.5),
        avgMonthlySpecial: avgS,
        peakMonthlyOrdinary: Math.round(avgO * 1.5),
        avgMonthlyOrdinary: avgO,
        unusedSpecial: Math.round(avgS * rng.uniform(0, 1.5)),
        unusedOrdinary: Math.round(avgO * rng.uniform(0, 1.5)),
        topLimitShare: share(rng, risky ? 1 : 0.5),
        voidShare: share(rng, risky ? 0.25 : 0.08),
        inputOutputMatch: risky ? share(rng, 1) : (0.8 + Math.floor(rng.uniform(0, 20)) / 100).toFixed(2),
        agriInputShare: share(rng, risky ? 0.3 : 0.05),
      },
      business: {
        industry,
        scopeCoversRequest: !flag(0.005),
        unlicensedActivity: flag(0.003),
        consumerRetail: industry === 'retail' && rng.bernoulli(0.3),
        sales12m: sales,
        registeredCapital: yuan(rng, 14, 1.2),
        staff: isNew ? rng.int(1, 20) : rng.int(1, 300),
      },
    },
    request: {
      ...(wantSpecial ? { special: { faceValue: tierOf(), monthlyQuantity: qty(avgS, 25) } } : {}),
      ...(wantOrdinary ? { ordinary: { faceValue: tierOf(), monthlyQuantity: qty(avgO, 50) } } : {}),
      supplyMonths: rng.int(1, 3),
      ...(isNew ? {} : { currentSpecialFaceValue: '100000', currentOrdinaryFaceValue: '100000' }),
      byAgent: rng.bernoulli(0.2),
      agentAuthorised: !flag(0.05),
      materialsComplete: !flag(0.01),
      pendingApplication: flag(0.003),
    },
  };
}

/**
 * Draws a seeded population of applications arriving over `days` calendar days (80% between
 * 08:00 and 20:00, the rest at any hour: the e-tax bureau is open 7×24). Deterministic for a stream.
 * @example
 * const apps = generatePopulation(RandomStream.fromSeed(1).substream('population'), { size: 100, startDate: '2025-03-03', days: 28, shareNew: 0.25, shareRisky: 0.15 });
 */
export function generatePopulation(rng: RandomStream, o: PopulationOptions): Arrival[] {
  checkPopulationInput(rng, o);
  const start = civilDate(o.startDate);
  const out: Arrival[] = [];
  for (let i = 0; i < o.size; i++) {
    const day = rng.int(0, o.days - 1);
    const minute = rng.bernoulli(0.8) ? rng.uniform(480, 1200) : rng.uniform(0, 1440);
    const id = `A${String(i + 1).padStart(6, '0')}`;
    out.push({ at: day * 1440 + minute, application: application(rng, id, addDays(start, day), o) });
  }
  return out.sort((a, b) => a.at - b.at);
}
