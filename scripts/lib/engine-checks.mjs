// The conformance checks of one engine package, each a small function returning findings
// ({ check, where, message }) instead of throwing, as changesets' rules do.

/** Files every engine has (one of each group). */
export const REQUIRED_FILES = [
  ['README.md'],
  ['src/index.ts'],
  ['src/measure.ts'],
  ['src/law.ts', 'src/law/index.ts'],
  ['src/arbitraries.ts'],
  ['test/'],
];

export const ORIGINS = ['model', 'assumption', 'calibrated', 'definition'];
export const CATEGORIES = [
  'applicant-time',
  'applicant-effort',
  'staff-time',
  'money',
  'risk',
  'compliance',
  'coverage',
];

/** Required files: README, index, measure, law, arbitraries, tests. */
export function checkFiles(engine, exists) {
  return REQUIRED_FILES.filter((group) => !group.some((f) => exists(f))).map((group) => ({
    check: 'files',
    where: engine,
    message: `missing ${group.join(' or ')}`,
  }));
}

const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One export entry: a source condition and typed import and require entries (or a top-level `types`). */
function checkExportEntry(engine, key, entry, file) {
  const where = `${engine} package.json exports["${key}"]`;
  if (!isObject(entry)) return [{ check: 'exports', where, message: 'missing' }];
  const out = [];
  if (entry['@gd-ftz/source'] !== `./src/${file}.ts`)
    out.push({ check: 'exports', where, message: `"@gd-ftz/source" must be ./src/${file}.ts` });
  for (const cond of ['import', 'require']) {
    const c = entry[cond];
    if (!isObject(c) || typeof c.types !== 'string' || typeof c.default !== 'string')
      out.push({ check: 'exports', where, message: `"${cond}" needs { types, default }` });
  }
  return out;
}

/** package.json: exports "." and "./arbitraries" with types, `types`, `files`, sideEffects false. */
export function checkManifest(engine, pkg) {
  const out = [
    ...checkExportEntry(engine, '.', pkg.exports?.['.'], 'index'),
    ...checkExportEntry(engine, './arbitraries', pkg.exports?.['./arbitraries'], 'arbitraries'),
  ];
  const where = `${engine} package.json`;
  if (typeof pkg.types !== 'string') out.push({ check: 'exports', where, message: '"types" is missing' });
  if (!Array.isArray(pkg.files) || !pkg.files.includes('dist'))
    out.push({ check: 'exports', where, message: '"files" must list dist' });
  if (pkg.sideEffects !== false)
    out.push({ check: 'exports', where, message: '"sideEffects" must be false' });
  return out;
}

/**
 * The export budget: the count may not exceed the allowance (the target when the engine has no
 * entry), and an allowance may not rise above the one on main.
 */
export function checkBudget(engine, count, budget, mainBudget) {
  if (count === null)
    return [{ check: 'budget', where: engine, message: 'src/index.ts has no module symbol (not a module?)' }];
  const allowance = budget.allowance[engine] ?? budget.target;
  const out = [];
  if (count > allowance) {
    out.push({
      check: 'budget',
      where: engine,
      message: `exports ${count} names, over its allowance of ${allowance} (target ${budget.target}): keep simulation and report internals out of src/index.ts`,
    });
  }
  if (mainBudget !== undefined) {
    const ceiling = mainBudget.allowance[engine] ?? mainBudget.target;
    if (allowance > ceiling)
      out.push({
        check: 'budget',
        where: engine,
        message: `allowance raised to ${allowance} above main's ${ceiling}: allowances only go down`,
      });
  }
  return out;
}

/** Every KPI of the default report has an origin and a category from the kit's lists. */
export function checkKpis(engine, report) {
  const out = [];
  for (const k of report?.kpis ?? []) {
    const problems = [];
    if (!ORIGINS.includes(k?.origin))
      problems.push(
        k?.origin === undefined ? 'no origin' : `origin "${k.origin}" is not one of ${ORIGINS.join('|')}`,
      );
    if (!CATEGORIES.includes(k?.category))
      problems.push(
        k?.category === undefined
          ? 'no category'
          : `category "${k.category}" is not one of ${CATEGORIES.join('|')}`,
      );
    if (problems.length > 0)
      out.push({ check: 'kpis', where: `${engine} kpis.${k?.id}`, message: problems.join(', ') });
  }
  return out;
}

const isLocalized = (x) =>
  isObject(x) &&
  typeof x.zh === 'string' &&
  x.zh.trim() !== '' &&
  typeof x.en === 'string' &&
  x.en.trim() !== '';

/** The problems of one legal basis or citation found at `path`. */
function basisProblems(x, path) {
  const out = [];
  if (x.kind === 'assumption' && !isLocalized(x.reason))
    out.push([`${path}.reason`, 'assumption reason is not { zh, en }']);
  // Citations are visited on their own by the walk (`law` marks one).
  if (isObject(x.law) && x.note !== undefined && !isLocalized(x.note))
    out.push([`${path}.note`, 'citation note is not { zh, en }']);
  return out;
}

/** Walks plain data (bounded) and calls `visit(value, path)` on every object once. */
function walk(value, path, visit, seen = new Set(), depth = 0) {
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 8) return;
  seen.add(value);
  visit(value, path);
  const keys = Array.isArray(value) ? value.keys() : Object.keys(value);
  for (const k of keys) {
    let v;
    try {
      v = value[k];
    } catch {
      continue;
    }
    walk(v, `${path}.${k}`, visit, seen, depth + 1);
  }
}

/**
 * Every legal basis is Localized: assumption reasons and citation notes are { zh, en }, in the
 * sample traces of the default report and in whatever law data the engine exports.
 */
export function checkLocalized(engine, report, mod) {
  const out = [];
  const visit = (x, path) => {
    for (const [where, message] of basisProblems(x, path))
      out.push({ check: 'localized', where: `${engine} ${where}`, message });
  };
  // One finding per distinct object: a basis shared by many steps is reported where first seen.
  const seen = new Set();
  (report?.samples ?? []).forEach((s, i) => {
    (s?.trace?.steps ?? []).forEach((step, j) => {
      if (isObject(step?.basis)) walk(step.basis, `samples.${i}.trace.steps.${j}.basis`, visit, seen);
    });
  });
  for (const [name, value] of Object.entries(mod ?? {})) {
    if (name === 'measure') continue; // its report is checked above
    walk(value, `exports.${name}`, visit, seen);
  }
  return out;
}
