// The seeded synthetic corpus: judgments and published cases over the court tree, with Chinese text
// from templates (synonyms, key facts, distractors) and the hidden truth the grades are built on.
import {
  addDays,
  type CivilDate,
  describeValue,
  fromEpochDay,
  integerAt,
  Money,
  RandomStream,
  residentIdCheckChar,
  toEpochDay,
  usccCheckChar,
} from '@gd-ftz/core';
import { COURTS, JUDGMENT_COURTS } from './courts';
import { EFFECTIVE_LAG_DAYS } from './law';
import type { CourtRef, Judgment, Party, PrecedentKind } from './model';
import {
  CAUSE_DETAILS,
  CAUSES,
  type CauseTemplate,
  CONCLUSIONS,
  DEFENCES,
  DISTRACTORS,
  EVIDENCE_CLOSINGS,
  FIRM_NAMES,
  LAW_TITLES,
  PERSON_NAMES,
  PROCEDURES,
  type QuestionTemplate,
} from './templates';
import { checkDate, checkInteger, fail, isRecord } from './validate';

/** Every legal question of the templates, with its 案由. */
export const QUESTIONS: readonly { readonly cause: CauseTemplate; readonly question: QuestionTemplate }[] =
  CAUSES.flatMap((cause) => cause.questions.map((question) => ({ cause, question })));

function pick<T>(rng: RandomStream, xs: readonly T[]): T {
  return xs[rng.int(0, xs.length - 1)] as T;
}

function digits(rng: RandomStream, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

/** A party with a valid identifier (GB 32100-2015 USCC for a firm, GB 11643-1999 ID for a person). */
export function partyOf(rng: RandomStream): Party {
  if (rng.bernoulli(0.5)) {
    const first17 = `91440115${digits(rng, 9)}`;
    return { name: `${pick(rng, FIRM_NAMES)}有限公司`, id: first17 + usccCheckChar(first17) };
  }
  const birth = `19${rng.int(60, 99)}0${rng.int(1, 9)}1${rng.int(0, 9)}`;
  const first17 = `440115${birth}${digits(rng, 3)}`;
  return { name: pick(rng, PERSON_NAMES), id: first17 + residentIdCheckChar(first17) };
}

/** What fixes one judgment before its text is drawn. */
export interface Draft {
  readonly id: string;
  readonly kind: PrecedentKind;
  readonly court: CourtRef;
  readonly decidedOn: CivilDate;
  readonly effective: boolean;
  readonly questionIndex: number;
  readonly keyFacts: 0 | 1;
  readonly parties?: readonly Party[];
  readonly subject?: string;
  readonly originId?: string;
}

const DIGITS = '零一二三四五六七八九';
const PLACES = ['', '十', '百', '千'];

/** An article number as a judgment writes it (585 → 五百八十五, 1064 → 一千零六十四, 17 → 十七). */
export function chineseNumber(n: number): string {
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((x, i) => {
    const place = ds.length - 1 - i;
    if (x === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    // 十七, not 一十七, when the tens lead; 一百一十 inside a larger number.
    if (!(x === 1 && place === 1 && out === '')) out += DIGITS[x];
    out += PLACES[place];
  });
  return out;
}

/**
 * The articles as a judgment cites them, each once, consecutive articles of one law under its title
 * once (`CC577 CC585` → 《中华人民共和国民法典》第五百七十七条、第五百八十五条).
 */
function citationOf(articles: readonly string[]): string {
  let out = '';
  let law = '';
  for (const article of new Set(articles)) {
    const m = /^([A-Z]+)(\d+)$/.exec(article) as RegExpExecArray;
    const title = m[1] === law ? '' : `《${LAW_TITLES[m[1] as string]}》`;
    out += `${out === '' ? '' : '、'}${title}第${chineseNumber(Number(m[2]))}条`;
    law = m[1] as string;
  }
  return out;
}

/** `k` distinct items of `xs` (k ≤ xs.length), in the list's order. */
function pickSome(rng: RandomStream, xs: readonly string[], k: number): string[] {
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(rng.int(0, xs.length - 1));
  return [...chosen].sort((a, b) => a - b).map((i) => xs[i] as string);
}

/**
 * The extra text of a long judgment (≈160 characters), every draw from `rng`: after the facts the
 * procedure, the claim, the defence and three items of evidence of the 案由; after the reasoning the
 * articles applied (the 案由's and the question's) and the conclusion.
 */
function longText(
  rng: RandomStream,
  cause: CauseTemplate,
  question: QuestionTemplate,
): { readonly facts: string; readonly reasoning: string } {
  const detail = CAUSE_DETAILS[cause.id] as (typeof CAUSE_DETAILS)[string];
  const facts =
    `${pick(rng, PROCEDURES)}。原告诉请：${pick(rng, detail.claims)}。` +
    `被告辩称，${pick(rng, DEFENCES)}。` +
    `上述事实有${pickSome(rng, detail.evidence, 3).join('、')}${pick(rng, EVIDENCE_CLOSINGS)}。`;
  const reasoning = `依照${citationOf([...cause.articles, ...question.articles])}的规定，${pick(rng, CONCLUSIONS)}。`;
  return { facts, reasoning };
}

/**
 * A judgment's text and facts from a draft, every draw from `rng`; with `long`, the extra text of a
 * long judgment from that stream alone (the other fields are the same as without it).
 */
export function judgmentOf(rng: RandomStream, d: Draft, long?: RandomStream): Judgment {
  const { cause, question } = QUESTIONS[d.questionIndex] as (typeof QUESTIONS)[number];
  const parties = d.parties ?? [partyOf(rng), partyOf(rng)];
  const other = pick(rng, QUESTIONS).question;
  const amount = Money.of(String(rng.int(5, 800) * 1000));
  const fact = pick(rng, question.keyFacts[d.keyFacts]);
  const facts =
    `原告${parties[0]?.name}与被告${parties[1]?.name}因${cause.subject}发生纠纷。${fact}，${pick(rng, DISTRACTORS)}。` +
    `涉案金额${amount.toString()}元。${rng.bernoulli(0.5) ? `另案曾涉及${pick(rng, other.wordings)}。` : ''}`;
  const issue = `本案争议焦点为${pick(rng, question.wordings)}。`;
  const reasoning = `本院认为，${question.reasoning}。${cause.name}中${pick(rng, DISTRACTORS)}。`;
  const more = long === undefined ? undefined : longText(long, cause, question);
  return {
    id: d.id,
    kind: d.kind,
    court: d.court,
    effective: d.effective,
    decidedOn: d.decidedOn,
    effectiveOn: addDays(d.decidedOn, integerAt(EFFECTIVE_LAG_DAYS, d.decidedOn)),
    causeId: cause.id,
    cause: cause.name,
    parties,
    subject: d.subject ?? `${cause.subject}-${d.id}`,
    amount,
    articles: [...cause.articles, ...question.articles],
    facts: more === undefined ? facts : facts + more.facts,
    issue,
    reasoning: more === undefined ? reasoning : reasoning + more.reasoning,
    ...(d.originId === undefined ? {} : { originId: d.originId }),
    hidden: { questionId: question.id, keyFacts: d.keyFacts },
  };
}

/** Options of {@link syntheticCorpus}. */
export interface CorpusOptions {
  readonly seed: number;
  /** Ordinary judgments (published cases come on top, a few per question). */
  readonly judgments: number;
  readonly from: CivilDate;
  readonly to: CivilDate;
  /** Share of ordinary judgments effective (the rest appealed and pending). */
  readonly effectiveShare?: number;
  /**
   * How much text each judgment carries. `standard` (default): ≈147 indexed characters (案由, 基本案情,
   * 争议焦点, 裁判理由), the corpus of the default scenario and the golden. `long`: ≈306, for the bench
   * of the issue's target (≈300): 基本案情 adds the procedure, the claim, the defence and three
   * evidence items of the 案由, and 裁判理由 the articles applied (law titles, article numbers in
   * Chinese numerals) and the conclusion, each from its list of wordings (`./templates`). The extra
   * text is drawn from its own sub-stream (`detail`), so every other field and draw is the same as
   * with `standard`: a long judgment's 基本案情 and 裁判理由 start with the standard ones.
   */
  readonly detail?: 'standard' | 'long';
}

/** The values of {@link CorpusOptions.detail}. */
const DETAILS: readonly NonNullable<CorpusOptions['detail']>[] = ['standard', 'long'];

/**
 * The seeded synthetic case database: per legal question a SPC 指导性案例 (one question in three),
 * a SPC 典型案例 (one in three) and a 广东高院 参考性案例 (one in two), then `judgments` ordinary
 * judgments over the court tree, decided uniformly between `from` and `to`. Ids `P…` (published)
 * and `J…` (judgments); same seed, same corpus.
 * @throws ValidationError naming `options.seed`, `options.judgments`, `options.from`/`to`,
 * `options.effectiveShare`, `options.detail`.
 * @example
 * const docs = syntheticCorpus({ seed: 1, judgments: 100, from: '2021-01-01', to: '2023-12-31' });
 * docs.filter((d) => d.kind === 'judgment').length; // 100
 */
export function syntheticCorpus(options: CorpusOptions): Judgment[] {
  if (!isRecord(options))
    fail('options', `must be an options object, got ${describeValue(options)}`, '须为选项对象');
  checkInteger('options.seed', options.seed, -(2 ** 31), 2 ** 32);
  checkInteger('options.judgments', options.judgments, 0, 1_000_000);
  const from = toEpochDay(checkDate('options.from', options.from));
  const to = toEpochDay(checkDate('options.to', options.to));
  if (to < from) fail('options.to', 'must not be before options.from', '不得早于起始日');
  const share = options.effectiveShare ?? 0.9;
  if (typeof share !== 'number' || !(share >= 0 && share <= 1))
    fail(
      'options.effectiveShare',
      `must be a share in [0, 1], got ${describeValue(share)}`,
      '须为 0..1 的比例',
    );
  const detail = options.detail === undefined ? 'standard' : options.detail;
  if (!DETAILS.includes(detail))
    fail(
      'options.detail',
      `must be one of ${DETAILS.join(', ')}, got ${describeValue(detail)}`,
      '须为 standard 或 long',
    );
  const root = RandomStream.fromSeed(options.seed);
  const pub = root.substream('published');
  const rng = root.substream('judgments');
  const long = detail === 'long' ? root.substream('detail') : undefined;
  const out: Judgment[] = [];
  const day = (r: RandomStream) => fromEpochDay(r.int(from, to));
  const publish = (kind: PrecedentKind, court: CourtRef, q: number) =>
    out.push(
      judgmentOf(
        pub,
        {
          id: `P${String(out.length + 1).padStart(4, '0')}`,
          kind,
          court,
          decidedOn: day(pub),
          effective: true,
          questionIndex: q,
          keyFacts: pub.bernoulli(0.5) ? 1 : 0,
        },
        long,
      ),
    );
  QUESTIONS.forEach((_, q) => {
    if (pub.int(0, 2) === 0) publish('guiding-case', COURTS.spc as CourtRef, q);
    if (pub.int(0, 2) === 0) publish('typical-case', COURTS.spc as CourtRef, q);
    if (pub.bernoulli(0.5)) publish('reference-case', COURTS['gd-high'] as CourtRef, q);
  });
  const weights = JUDGMENT_COURTS.map(([, w]) => w);
  for (let i = 0; i < options.judgments; i++) {
    const courtId = (JUDGMENT_COURTS[rng.weightedIndex(weights)] as readonly [string, number])[0];
    out.push(
      judgmentOf(
        rng,
        {
          id: `J${String(i + 1).padStart(6, '0')}`,
          kind: 'judgment',
          court: COURTS[courtId] as CourtRef,
          decidedOn: day(rng),
          effective: rng.bernoulli(share),
          questionIndex: rng.int(0, QUESTIONS.length - 1),
          keyFacts: rng.bernoulli(0.5) ? 1 : 0,
        },
        long,
      ),
    );
  }
  return out;
}
