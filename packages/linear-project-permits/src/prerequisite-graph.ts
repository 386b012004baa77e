// The prerequisite DAG of the permits: which permit must be issued before another can be applied
// for (城乡规划法 第三十六至四十条, 土地管理法实施条例 第二十四条), its topological order, and the
// checks that keep a custom graph acyclic.
import { ValidationError, type ValidationIssue } from '@gd-ftz/core';
import { CATALOGUE, isPermitKind, PERMIT_KINDS, type PermitKind } from './permits';

/**
 * A checked, acyclic prerequisite graph over every permit kind. Immutable.
 * @example
 * const graph: PermitGraph = buildPermitGraph();
 * transitivePrerequisites(graph, 'works') // the permits works waits for
 */
export interface PermitGraph {
  /** The direct prerequisites of each kind. */
  readonly prerequisites: Readonly<Record<PermitKind, readonly PermitKind[]>>;
  /** Every kind, each after all its prerequisites; ties in catalogue order. */
  readonly order: readonly PermitKind[];
}

/**
 * Custom prerequisites: for each listed kind, the kinds it needs (replacing the catalogue's).
 * @example
 * const overrides: PrerequisiteOverrides = { 'eia-form': [] };
 * buildPermitGraph(overrides);
 */
export type PrerequisiteOverrides = { readonly [kind: string]: readonly string[] };

function kahn(prereqs: Readonly<Record<PermitKind, readonly PermitKind[]>>): PermitKind[] {
  const indegree = new Map<PermitKind, number>();
  for (const k of PERMIT_KINDS) indegree.set(k, prereqs[k].length);
  const order: PermitKind[] = [];
  const done = new Set<PermitKind>();
  // Repeatedly take the first kind in catalogue order whose prerequisites are all placed: a
  // deterministic order that keeps the catalogue's sequence wherever the graph allows.
  let progress = true;
  while (progress) {
    progress = false;
    for (const k of PERMIT_KINDS) {
      if (done.has(k) || !prereqs[k].every((p) => done.has(p))) continue;
      order.push(k);
      done.add(k);
      progress = true;
      break;
    }
  }
  return order;
}

function findCycle(
  prereqs: Readonly<Record<PermitKind, readonly PermitKind[]>>,
  left: PermitKind[],
): PermitKind[] {
  // Every kind left by Kahn's algorithm has a prerequisite that is also left: walk those edges
  // until a kind repeats; the walk from its first visit is a cycle.
  const leftSet = new Set(left);
  const path: PermitKind[] = [];
  let k = left[0] as PermitKind;
  while (!path.includes(k)) {
    path.push(k);
    k = prereqs[k].find((p) => leftSet.has(p)) as PermitKind;
  }
  return [...path.slice(path.indexOf(k)), k];
}

/**
 * Builds and checks a prerequisite graph: the catalogue's, with the prerequisites of the kinds
 * listed in `overrides` replaced. Unknown kinds, malformed lists and cycles are a ValidationError
 * naming `graph.<kind>` (a cycle is named at its first kind and spelled out in the message).
 * @example
 * buildPermitGraph().order; // ['siting', 'land-use', 'works', 'eia-report', …]
 * buildPermitGraph({ siting: ['works'] }); // throws: cycle siting → works → land-use → siting
 */
export function buildPermitGraph(overrides: PrerequisiteOverrides = {}): PermitGraph {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw ValidationError.of(
      'graph',
      'must be an object of kind → prerequisite kinds',
      '必须是“事项 → 前置事项”的对象',
    );
  }
  const issues: ValidationIssue[] = [];
  const prereqs = {} as Record<PermitKind, PermitKind[]>;
  for (const k of PERMIT_KINDS) prereqs[k] = [...CATALOGUE[k].prerequisites];
  for (const [key, list] of Object.entries(overrides)) {
    if (!isPermitKind(key)) {
      issues.push({
        path: `graph.${key}`,
        message: { en: `unknown permit kind ${key}`, zh: `未知的许可事项 ${key}` },
      });
      continue;
    }
    if (!Array.isArray(list)) {
      issues.push({
        path: `graph.${key}`,
        message: { en: 'must be an array of permit kinds', zh: '必须是许可事项数组' },
      });
      continue;
    }
    const kinds: PermitKind[] = [];
    list.forEach((p: unknown, i) => {
      if (!isPermitKind(p)) {
        issues.push({
          path: `graph.${key}.${i}`,
          message: { en: `unknown permit kind ${String(p)}`, zh: `未知的许可事项 ${String(p)}` },
        });
      } else if (!kinds.includes(p)) kinds.push(p);
    });
    prereqs[key] = kinds;
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const order = kahn(prereqs);
  if (order.length < PERMIT_KINDS.length) {
    const cycle = findCycle(
      prereqs,
      PERMIT_KINDS.filter((k) => !order.includes(k)),
    );
    const text = cycle.join(' → ');
    throw ValidationError.of(`graph.${cycle[0]}`, `prerequisite cycle: ${text}`, `前置关系存在循环：${text}`);
  }
  for (const k of PERMIT_KINDS) Object.freeze(prereqs[k]);
  const graph: PermitGraph = Object.freeze({
    prerequisites: Object.freeze(prereqs),
    order: Object.freeze(order),
  });
  BUILT.add(graph);
  return graph;
}

/** Graphs made by {@link buildPermitGraph}: deeply frozen and checked, so trusted as they are. */
const BUILT = new WeakSet<object>();

/**
 * Checks a prerequisite graph passed to a public function: one made by {@link buildPermitGraph} is
 * accepted as is; any other object must list an array of known kinds for every kind, be acyclic,
 * and carry the order {@link buildPermitGraph} gives. Bad fields are named under `path`
 * (`options.graph.prerequisites.works`, `options.graph.order`).
 * @example
 * checkGraph(DEFAULT_GRAPH); // DEFAULT_GRAPH
 * checkGraph({ prerequisites: {}, order: [] }, 'options.graph'); // throws, naming each kind
 */
export function checkGraph(input: unknown, path = 'graph'): PermitGraph {
  if (typeof input === 'object' && input !== null && BUILT.has(input)) return input as PermitGraph;
  const raw = (typeof input === 'object' && input !== null ? input : null) as Record<string, unknown> | null;
  const prereqs = raw?.prerequisites;
  if (raw === null || typeof prereqs !== 'object' || prereqs === null || Array.isArray(prereqs)) {
    throw ValidationError.of(
      raw === null ? path : `${path}.prerequisites`,
      'must be a prerequisite graph (see buildPermitGraph)',
      '必须是前置关系图（见 buildPermitGraph）',
    );
  }
  const lists = prereqs as Record<string, unknown>;
  const missing = PERMIT_KINDS.filter((k) => !Array.isArray(lists[k]));
  if (missing.length > 0) {
    throw new ValidationError(
      missing.map((k) => ({
        path: `${path}.prerequisites.${k}`,
        message: { en: 'must be an array of permit kinds', zh: '必须是许可事项数组' },
      })),
    );
  }
  let built: PermitGraph;
  try {
    built = buildPermitGraph(lists as PrerequisiteOverrides);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    throw new ValidationError(
      e.issues.map((i) => ({ ...i, path: i.path.replace(/^graph\./, `${path}.prerequisites.`) })),
    );
  }
  const order = raw.order;
  if (
    !Array.isArray(order) ||
    order.length !== built.order.length ||
    order.some((k, i) => k !== built.order[i])
  ) {
    throw ValidationError.of(
      `${path}.order`,
      `must be the prerequisite order ${built.order.join(', ')}`,
      `必须是前置关系的拓扑顺序 ${built.order.join('、')}`,
    );
  }
  return built;
}

/**
 * The catalogue's own graph.
 * @example
 * transitivePrerequisites(DEFAULT_GRAPH, 'works') // ['siting', 'land-use']
 */
export const DEFAULT_GRAPH: PermitGraph = buildPermitGraph();

/**
 * Every kind that must be issued before `kind` (transitively), in topological order.
 * @example
 * transitivePrerequisites(DEFAULT_GRAPH, 'works'); // ['siting', 'land-use']
 */
export function transitivePrerequisites(graph: PermitGraph, kind: PermitKind): PermitKind[] {
  checkGraph(graph);
  if (!isPermitKind(kind)) {
    throw ValidationError.of('kind', `unknown permit kind ${String(kind)}`, `未知的许可事项 ${String(kind)}`);
  }
  const seen = new Set<PermitKind>();
  const visit = (k: PermitKind): void => {
    for (const p of graph.prerequisites[k]) {
      if (!seen.has(p)) {
        seen.add(p);
        visit(p);
      }
    }
  };
  visit(kind);
  return graph.order.filter((k) => seen.has(k));
}
