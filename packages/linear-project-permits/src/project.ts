// A municipal linear project: its type, its segments (by length or by cross-section), and the
// permits it asks for. Segment-scoped permits can be issued segment by segment, so construction of
// a ready segment can start while others wait (聊城 phased licensing, as analogue).
import {
  type CivilDate,
  civilDate,
  type Localized,
  ValidationError,
  type ValidationIssue,
} from '@gd-ftz/core';
import { isPermitKind, type PermitKind, specOf } from './permits';
import { checkGraph, DEFAULT_GRAPH, type PermitGraph } from './prerequisite-graph';

/** The kinds of linear works the measure covers. */
export const PROJECT_TYPES = ['road', 'pipeline', 'cable', 'rail'] as const;
/**
 * A kind of linear works.
 * @example
 * const type: ProjectType = 'pipeline';
 */
export type ProjectType = (typeof PROJECT_TYPES)[number];

/** How the project is split: along its length, or (roads) by cross-section (车行道, 非机动车道, 人行道). */
export type SplitMethod = 'length' | 'cross-section';

/**
 * One segment of a project.
 * @example
 * const [a]: readonly Segment[] = defineProject(input).segments;
 * a?.lengthM // 1200
 */
export interface Segment {
  readonly id: string;
  readonly label: Localized;
  /** Length in whole metres, > 0. */
  readonly lengthM: number;
}

/**
 * A checked project. Immutable.
 * @example
 * const project: Project = defineProject({ id: 'P1', type: 'road', startDate: '2024-09-30', segments: [{ id: 'A', lengthM: 1200 }], permits: ['siting', 'land-use', 'works'] });
 */
export interface Project {
  readonly id: string;
  readonly type: ProjectType;
  readonly split: SplitMethod;
  /** The day the builder starts preparing (the origin of every duration KPI). */
  readonly startDate: CivilDate;
  readonly segments: readonly Segment[];
  /** The permits applied for, in topological order. */
  readonly permits: readonly PermitKind[];
  /** Permits already held before the project starts. */
  readonly held: readonly PermitKind[];
}

/**
 * The input of {@link defineProject}.
 * @example
 * const input: ProjectInput = { id: 'P1', type: 'road', startDate: '2024-09-30', segments: [{ id: 'A', lengthM: 1200 }], permits: ['siting', 'land-use', 'works'] };
 */
export interface ProjectInput {
  readonly id: string;
  readonly type: ProjectType;
  readonly split?: SplitMethod;
  readonly startDate: string;
  readonly segments: readonly { readonly id: string; readonly label?: Localized; readonly lengthM: number }[];
  readonly permits: readonly PermitKind[];
  readonly held?: readonly PermitKind[];
}

function checkSegments(input: unknown, issues: ValidationIssue[]): Segment[] {
  const out: Segment[] = [];
  if (!Array.isArray(input) || input.length === 0) {
    issues.push({ path: 'segments', message: { en: 'needs at least one segment', zh: '至少需要一个分段' } });
    return out;
  }
  const ids = new Set<string>();
  input.forEach((s: unknown, i) => {
    const seg = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    const id = seg.id;
    if (typeof id !== 'string' || id.trim() === '' || ids.has(id)) {
      issues.push({
        path: `segments.${i}.id`,
        message: { en: 'must be a unique non-empty string', zh: '必须是唯一的非空字符串' },
      });
    } else ids.add(id);
    const len = seg.lengthM;
    if (typeof len !== 'number' || !Number.isSafeInteger(len) || len <= 0) {
      issues.push({
        path: `segments.${i}.lengthM`,
        message: { en: 'must be a whole number of metres greater than 0', zh: '必须是大于 0 的整数米' },
      });
    }
    const label = seg.label as Localized | undefined;
    if (label !== undefined && (typeof label?.zh !== 'string' || typeof label.en !== 'string')) {
      issues.push({
        path: `segments.${i}.label`,
        message: { en: 'needs zh and en text', zh: '需要中英文文字' },
      });
    }
    out.push({
      id: String(id),
      label: label ?? { zh: `第${i + 1}段`, en: `Segment ${i + 1}` },
      lengthM: len as number,
    });
  });
  return out;
}

function checkKinds(path: string, input: unknown, issues: ValidationIssue[]): PermitKind[] {
  if (!Array.isArray(input)) {
    issues.push({ path, message: { en: 'must be an array of permit kinds', zh: '必须是许可事项数组' } });
    return [];
  }
  const out: PermitKind[] = [];
  input.forEach((k: unknown, i) => {
    if (!isPermitKind(k)) {
      issues.push({
        path: `${path}.${i}`,
        message: { en: `unknown permit kind ${String(k)}`, zh: `未知的许可事项 ${String(k)}` },
      });
    } else if (out.includes(k)) {
      issues.push({ path: `${path}.${i}`, message: { en: `${k} is listed twice`, zh: `${k} 重复` } });
    } else if (out.some((o) => specOf(o).family === specOf(k).family)) {
      issues.push({
        path: `${path}.${i}`,
        message: {
          en: `only one ${specOf(k).family} route per project`,
          zh: '同类事项每个项目只能选一种',
        },
      });
    } else out.push(k);
  });
  return out;
}

/**
 * Checks a project and returns it normalised (permits in topological order). Bad fields are a
 * ValidationError naming each path (`segments.2.lengthM`, `permits.1`); the input is not changed.
 * Every prerequisite of a requested permit must be requested too or already held.
 * @example
 * defineProject({
 *   id: 'P1', type: 'road', startDate: '2024-09-30',
 *   segments: [{ id: 'A', lengthM: 1200 }, { id: 'B', lengthM: 800 }],
 *   permits: ['siting', 'land-use', 'works', 'eia-form', 'swc-approval'],
 * });
 */
export function defineProject(input: ProjectInput, graph: PermitGraph = DEFAULT_GRAPH): Project {
  checkGraph(graph);
  if (typeof input !== 'object' || input === null) {
    throw ValidationError.of('project', 'must be an object', '必须是对象');
  }
  const raw = input as unknown as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  if (typeof raw.id !== 'string' || raw.id.trim() === '') {
    issues.push({ path: 'id', message: { en: 'must be a non-empty string', zh: '必须是非空字符串' } });
  }
  const type = raw.type as ProjectType;
  if (!(PROJECT_TYPES as readonly unknown[]).includes(type)) {
    issues.push({
      path: 'type',
      message: { en: `must be one of ${PROJECT_TYPES.join(', ')}`, zh: '项目类型无效' },
    });
  }
  const split = (raw.split ?? 'length') as SplitMethod;
  if (split !== 'length' && split !== 'cross-section') {
    issues.push({
      path: 'split',
      message: { en: "must be 'length' or 'cross-section'", zh: '必须按长度或横断面分段' },
    });
  } else if (split === 'cross-section' && type !== 'road') {
    issues.push({
      path: 'split',
      message: { en: 'only roads split by cross-section', zh: '只有道路可按横断面分段' },
    });
  }
  let startDate: CivilDate | undefined;
  try {
    if (typeof raw.startDate !== 'string')
      throw ValidationError.of('startDate', 'must be a date', '必须是日期');
    startDate = civilDate(raw.startDate, 'startDate');
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    issues.push(...e.issues);
  }
  const segments = checkSegments(raw.segments, issues);
  const permits = checkKinds('permits', raw.permits, issues);
  if (Array.isArray(raw.permits) && raw.permits.length === 0) {
    issues.push({ path: 'permits', message: { en: 'needs at least one permit', zh: '至少勾选一个事项' } });
  }
  const held = checkKinds('held', raw.held ?? [], issues);
  held.forEach((k, i) => {
    if (permits.includes(k)) {
      issues.push({
        path: `held.${i}`,
        message: { en: `${k} is both held and requested`, zh: `${k} 已持有又申请` },
      });
    }
  });
  permits.forEach((k) => {
    for (const p of graph.prerequisites[k]) {
      if (!permits.includes(p) && !held.includes(p)) {
        const i = (raw.permits as unknown[]).indexOf(k);
        issues.push({
          path: `permits.${i}`,
          message: { en: `${k} needs ${p}: request it or list it as held`, zh: `${k} 需要前置事项 ${p}` },
        });
      }
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return Object.freeze({
    id: raw.id as string,
    type,
    split,
    startDate: startDate as CivilDate,
    segments: Object.freeze(segments),
    permits: Object.freeze(graph.order.filter((k) => permits.includes(k))),
    held: Object.freeze(graph.order.filter((k) => held.includes(k))),
  });
}

/**
 * Total length of a checked project's segments in metres, unchecked (the engine's inner loop;
 * the public, checked form is `totalLengthM`).
 * @example
 * sumLengthM(project); // 2000 for segments of 1200 m and 800 m
 */
export function sumLengthM(project: Project): number {
  return project.segments.reduce((sum, s) => sum + s.lengthM, 0);
}
