// How judges decide the year's cases, the old way and the reform way, on the prepared searches: the
// rule each applies and why, and the minutes spent. Every behavioural share is an assumption
// parameter; the uniforms were drawn once in prepare, so both variants see the same draws. Internal.
import { RandomStream, type Variant } from '@gd-ftz/core';
import type { Judgment, Rule } from './model';
import type { SimilarCaseRetrievalParams } from './params';
import type { Prepared, SearchRun } from './prepare';

/** Why a judgment applies its rule. */
export type RuleSource = 'guiding' | 'related' | 'similar' | 'tendency';

/** One case decided in one variant. */
export interface Decision {
  readonly variant: Variant;
  readonly index: number;
  readonly art2: boolean;
  /** Which search ran: none, keyword only (voluntary), or the three methods in tier order. */
  readonly search: 'none' | 'keyword' | 'full';
  /** Whether the related-case check ran, and the earlier related case it found (decided). */
  readonly linkChecked: boolean;
  readonly rule: Rule;
  readonly source: RuleSource;
  readonly precedentId?: string;
  readonly minutes: number;
}

const other = (r: Rule): Rule => (r === 'A' ? 'B' : 'A');

function highestTier(run: SearchRun): string | undefined {
  let best: string | undefined;
  let bestTier = Number.POSITIVE_INFINITY;
  run.similar.forEach((id, i) => {
    const t = run.similarTiers[i] ?? Number.POSITIVE_INFINITY;
    if (best === undefined || t < bestTier) [best, bestTier] = [id, t];
  });
  return best;
}

/** Each court's own position on each question, and the uniforms of the prior judgments' rules. */
function tendencies(
  prep: Prepared,
  seed: number,
): { pref: (court: string, q: string) => Rule; u: Map<string, number> } {
  const rng = RandomStream.fromSeed(seed).substream('tendency');
  const prefs = new Map<string, Rule>();
  const pref = (court: string, q: string) => {
    const key = `${court}|${q}`;
    let r = prefs.get(key);
    if (!r) {
      // The SPC holds the position it publishes (A); another court's is drawn from a sub-stream
      // per key, so the order of asking does not change it.
      r = court === 'spc' || rng.substream(key).bernoulli(0.5) ? 'A' : 'B';
      prefs.set(key, r);
    }
    return r;
  };
  const urng = rng.substream('prior');
  const u = new Map(prep.corpus.map((d) => [d.id, urng.real()]));
  return { pref, u };
}

/**
 * Decides every case of the year in one variant, in date order (an earlier judgment of the year is
 * a precedent once effective). The SPC's guiding and typical cases apply rule A (the position the
 * SPC publishes, and holds in its judgments); every other judgment follows its court's tendency with
 * `localTendency`.
 */
export function decide(
  prep: Prepared,
  params: SimilarCaseRetrievalParams,
  variant: Variant,
  seed: number,
): Decision[] {
  const { pref, u } = tendencies(prep, seed);
  const rules = new Map<string, Rule>();
  const ruleOfPrior = (d: Judgment): Rule => {
    if (d.kind === 'guiding-case' || d.kind === 'typical-case') return 'A';
    const p = pref(d.court.id, d.hidden.questionId);
    return (u.get(d.id) as number) < params.localTendency ? p : other(p);
  };
  for (const d of prep.corpus) rules.set(d.id, ruleOfPrior(d));
  const out: Decision[] = [];
  prep.cases.forEach((c, i) => {
    const art2 = c.u.art2 < params.art2Share;
    const reformFull = variant === 'reform' && art2;
    const search = reformFull ? 'full' : c.u.vol < params.voluntarySearchShare ? 'keyword' : 'none';
    const run = search === 'full' ? prep.full[i] : search === 'keyword' ? prep.keyword[i] : undefined;
    const linkChecked = variant === 'reform';
    const relatedDone =
      linkChecked &&
      c.relatedTo !== undefined &&
      (prep.cases[c.relatedTo] as typeof c).doc.decidedOn < c.doc.decidedOn
        ? (prep.cases[c.relatedTo] as typeof c).doc.id
        : undefined;
    const found = run?.similar ?? [];
    // Art. 4: a similar case of a higher tier makes the lower tiers skippable, so the reform's judge
    // takes the highest-tier one; the old keyword list is read in its text-score order.
    const chosen = search === 'full' ? highestTier(run as SearchRun) : found[0];
    const guidingId = found.find((id) => prep.docs.get(id)?.kind === 'guiding-case');
    const follows = c.u.follow < params.followShare;
    let rule: Rule;
    let source: RuleSource;
    let precedentId: string | undefined;
    if (guidingId !== undefined) {
      // Art. 9: a guiding case found must be followed.
      [rule, source, precedentId] = ['A', 'guiding', guidingId];
    } else if (relatedDone !== undefined && follows) {
      [rule, source, precedentId] = [rules.get(relatedDone) as Rule, 'related', relatedDone];
    } else if (chosen !== undefined && follows) {
      [rule, source, precedentId] = [rules.get(chosen) as Rule, 'similar', chosen];
    } else {
      const p = pref(c.doc.court.id, c.doc.hidden.questionId);
      [rule, source] = [c.u.tend < params.localTendency ? p : other(p), 'tendency'];
    }
    rules.set(c.doc.id, rule);
    const searches = search === 'full' ? 3 : search === 'keyword' ? 1 : 0;
    const minutes =
      searches * params.searchMinutes +
      (reformFull ? params.reportMinutes : 0) +
      (linkChecked ? params.linkMinutes : 0);
    out.push({
      variant,
      index: i,
      art2,
      search,
      linkChecked,
      rule,
      source,
      ...(precedentId === undefined ? {} : { precedentId }),
      minutes,
    });
  });
  return out;
}
