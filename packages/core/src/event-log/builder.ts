// The in-memory event-log collector. Engines receive it through `simulate(params, { seed, eventLog })`
// and guard every emission with `if (log)`, so a run without a log allocates no event at all.
// Memory is bounded by a stated limit on distinct case ids; cases beyond it are counted, not kept.

import { ConfigurationError, type Localized, ValidationError } from '../errors';
import { optionsObject } from '../options-object';
import type { Variant } from '../report';
import { logMillis } from './time';
import type {
  CaseDetails,
  CaseRecorder,
  EventDetails,
  EventLog,
  EventLogOptions,
  EventLogSummary,
  LogActivity,
  LogCase,
  LogEvent,
  LogTimeInput,
} from './types';

/**
 * Distinct case ids a log keeps when no limit is given.
 * @example
 * createEventLog().summary().maxCases === DEFAULT_MAX_CASES; // true
 */
export const DEFAULT_MAX_CASES = 10_000;

interface MutableCase {
  readonly variant: Variant;
  readonly id: string;
  readonly type: string;
  readonly attributes: NonNullable<CaseDetails['attributes']>;
  readonly objects: NonNullable<CaseDetails['objects']>;
  readonly events: LogEvent[];
}

const VARIANTS: readonly Variant[] = ['baseline', 'reform'];

function checkLabel(path: string, label: Localized | undefined): void {
  if (
    typeof label !== 'object' ||
    label === null ||
    typeof label.zh !== 'string' ||
    label.zh.trim() === '' ||
    typeof label.en !== 'string' ||
    label.en.trim() === ''
  ) {
    throw new ConfigurationError(path, 'needs non-empty zh and en labels');
  }
}

function counter(): Record<Variant, number> {
  return { baseline: 0, reform: 0 };
}

class Collector implements EventLog {
  private readonly maxCases: number;
  private readonly labels = new Map<string, LogActivity>();
  private readonly byLabel = { zh: new Map<string, string>(), en: new Map<string, string>() };
  private readonly kept = new Set<string>();
  private readonly caseMap = new Map<string, MutableCase>();
  private readonly order: MutableCase[] = [];
  private readonly eventCount = counter();
  private readonly droppedCaseCount = counter();
  private readonly droppedEventCount = counter();
  private readonly dropping: Record<Variant, CaseRecorder>;

  constructor(maxCases: number) {
    this.maxCases = maxCases;
    const dropper = (variant: Variant): CaseRecorder => ({
      event: (activity) => {
        this.requireActivity(activity);
        this.droppedEventCount[variant]++;
      },
    });
    this.dropping = { baseline: dropper('baseline'), reform: dropper('reform') };
  }

  defineActivities(activities: Readonly<Record<string, Localized>>): void {
    for (const [id, label] of Object.entries(activities)) {
      if (id.trim() === '') throw new ConfigurationError('activities', 'an activity id must not be empty');
      checkLabel(`activities.${id}`, label);
      const known = this.labels.get(id);
      if (known) {
        if (known.label.zh !== label.zh || known.label.en !== label.en) {
          throw new ConfigurationError(`activities.${id}`, 'already registered with other labels');
        }
        continue;
      }
      for (const lang of ['zh', 'en'] as const) {
        const other = this.byLabel[lang].get(label[lang]);
        if (other !== undefined) {
          throw new ConfigurationError(
            `activities.${id}.${lang}`,
            `label "${label[lang]}" is already used by activity "${other}"`,
          );
        }
      }
      this.byLabel.zh.set(label.zh, id);
      this.byLabel.en.set(label.en, id);
      this.labels.set(id, Object.freeze({ id, label: Object.freeze({ zh: label.zh, en: label.en }) }));
    }
  }

  private requireActivity(activity: string): void {
    if (!this.labels.has(activity)) {
      throw new ConfigurationError(
        `event.activity`,
        `activity "${activity}" is not registered (call defineActivities first)`,
      );
    }
  }

  startCase(variant: Variant, id: string, type: string, details?: CaseDetails): CaseRecorder {
    if (variant !== 'baseline' && variant !== 'reform') {
      throw ValidationError.of('variant', "must be 'baseline' or 'reform'", "必须是 'baseline' 或 'reform'");
    }
    if (typeof id !== 'string' || id === '') {
      throw ValidationError.of('id', 'must be a non-empty case id', '必须是非空的案件编号');
    }
    if (typeof type !== 'string' || type === '') {
      throw ValidationError.of('type', 'must be a non-empty object type', '必须是非空的对象类型');
    }
    if (!this.kept.has(id)) {
      if (this.kept.size >= this.maxCases) {
        this.droppedCaseCount[variant]++;
        return this.dropping[variant];
      }
      this.kept.add(id);
    }
    const key = `${variant}\u0000${id}`;
    let c = this.caseMap.get(key);
    if (!c) {
      c = {
        variant,
        id,
        type,
        attributes: details?.attributes ?? {},
        objects: details?.objects ?? [],
        events: [],
      };
      this.caseMap.set(key, c);
      this.order.push(c);
    }
    const target = c;
    return {
      event: (activity: string, at: LogTimeInput, d?: EventDetails) => {
        this.requireActivity(activity);
        const time = logMillis(at, `${id}.${activity}.at`);
        target.events.push(
          d === undefined
            ? { activity, time }
            : {
                activity,
                time,
                ...(d.resource !== undefined ? { resource: d.resource } : {}),
                ...(d.objects !== undefined ? { objects: d.objects } : {}),
                ...(d.attributes !== undefined ? { attributes: d.attributes } : {}),
              },
        );
        this.eventCount[variant]++;
      },
    };
  }

  activities(): readonly LogActivity[] {
    return [...this.labels.values()];
  }

  activity(id: string): LogActivity | undefined {
    return this.labels.get(id);
  }

  cases(variant?: Variant): readonly LogCase[] {
    return variant === undefined ? this.order : this.order.filter((c) => c.variant === variant);
  }

  summary(): EventLogSummary {
    const cases = counter();
    for (const c of this.order) cases[c.variant]++;
    const truncated = VARIANTS.some((v) => this.droppedCaseCount[v] > 0);
    return {
      maxCases: this.maxCases,
      keptCaseIds: this.kept.size,
      cases,
      events: { ...this.eventCount },
      droppedCases: { ...this.droppedCaseCount },
      droppedEvents: { ...this.droppedEventCount },
      truncated,
    };
  }
}

/**
 * A new event-log collector. Pass it to a run (`measure.simulate(params, { seed, eventLog })`),
 * then write it (`toOcelJson`, `toXes`, `toEventCsv`) or map it (`directlyFollowsGraph`).
 * @throws ValidationError naming `options.maxCases` unless it is a positive safe integer.
 * @example
 * const log = createEventLog({ maxCases: 500 });
 * measure.simulate({}, { seed: 42, eventLog: log });
 * log.summary().cases; // { baseline: 500, reform: 500 }
 */
export function createEventLog(options: EventLogOptions = {}): EventLog {
  optionsObject(options);
  const maxCases = options.maxCases ?? DEFAULT_MAX_CASES;
  if (!Number.isSafeInteger(maxCases) || maxCases < 1) {
    throw ValidationError.of('options.maxCases', 'must be a positive integer', '必须是正整数');
  }
  return new Collector(maxCases);
}
