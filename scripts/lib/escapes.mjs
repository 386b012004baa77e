// The escape markers of the source checks: Biome suppression comments (`biome-ignore`, `-all`,
// `-start`, `-end`) need a real reason, and an escape of one of the bans (tooling/biome/*.grit,
// and the `allow-float` marker of a deliberate decimal-to-number conversion) is allowed only in
// the files tooling/ban-escapes.json lists for that ban, under packages/*/src and apps/*/src.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIP = new Set(['node_modules', 'dist', 'coverage', '.git', '.turbo', '.cache']);
// Where the bans apply (as in biome.json "plugins" includes).
const BANNED_IN = /^(packages|apps)\/[^/]+\/src\//;
// A suppression comment starts its line (Biome only honours leading comments).
const SUPPRESSION = /^\s*(?:\/\/|\/\*|\{\s*\/\*)\s*biome-ignore(-all|-start|-end)?\b([^:\n]*)(?::(.*))?$/;
const ALLOW_FLOAT = /\ballow-float\b(?::(.*))?/;
const PLACEHOLDERS = /^(<[^>]*>|reason|todo|fixme|tbd|x+|\.+|-+)$/i;

function* sourceFiles(root, dir = root) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(root, path);
    else if (SOURCE.test(entry.name)) yield relative(root, path).split(sep).join('/');
  }
}

/** Why a reason is not one, or undefined when it is (two words at least, not a placeholder). */
function badReason(reason) {
  const r = (reason ?? '').replace(/\*\/\s*\}?\s*$/, '').trim();
  if (r === '') return 'has no reason';
  if (PLACEHOLDERS.test(r)) return `has a placeholder reason "${r}"`;
  if (r.split(/\s+/).length < 2) return `has a one-word reason "${r}"`;
  return undefined;
}

// The bans (tooling/biome/*.grit) and the allow-float marker: escaping one needs an allow-list entry.
const BANS = [
  'lint/plugin/noMathRandom',
  'lint/plugin/noWallClock',
  'lint/plugin/noParseFloat',
  'allow-float',
];

/** The allow-list: ban -> set of files (a ban the file does not list allows no escape at all). */
export function readAllowList(root) {
  const path = join(root, 'tooling/ban-escapes.json');
  const raw = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const entries = Object.entries(raw).filter(([k]) => !k.startsWith('$'));
  return new Map([...BANS.map((b) => [b, new Set()]), ...entries.map(([k, v]) => [k, new Set(v)])]);
}

/**
 * Every finding about escape markers under `root`: `{ check: 'escapes', where, message }`.
 * @example
 * checkEscapes(root).forEach((f) => console.log(f.where, f.message));
 */
export function checkEscapes(root) {
  const allow = readAllowList(root);
  const bans = [...allow.keys()].filter((k) => k.startsWith('lint/'));
  const findings = [];
  const used = new Map([...allow.keys()].map((k) => [k, new Set()]));
  const add = (where, message) => findings.push({ check: 'escapes', where, message });
  for (const file of sourceFiles(root)) {
    const inScope = BANNED_IN.test(file);
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const where = `${file}:${i + 1}`;
      const m = SUPPRESSION.exec(line);
      if (m !== null) {
        const [, form, cats, reason] = m;
        if (form !== '-end') {
          const why = badReason(reason);
          if (why !== undefined) add(where, `biome-ignore${form ?? ''} ${why}`);
        }
        const categories = (cats ?? '').trim().split(/\s+/).filter(Boolean);
        if (inScope) {
          for (const c of categories) {
            if (c === 'lint' || c === 'lint/plugin') {
              add(where, `\`${c}\` silences every ban at once: name the rule (e.g. lint/plugin/noWallClock)`);
            } else if (bans.includes(c) && form !== '-end') {
              used.get(c).add(file);
              if (!allow.get(c).has(file))
                add(where, `escape of ${c} in a file not listed for it in tooling/ban-escapes.json`);
            }
          }
        }
      }
      const f = inScope ? ALLOW_FLOAT.exec(line) : null;
      if (f !== null && /\/\/|\/\*/.test(line.slice(0, f.index))) {
        used.get('allow-float')?.add(file);
        const why = badReason(f[1]);
        if (why !== undefined)
          add(where, `allow-float ${why} (write "allow-float: <why the number is exact>")`);
        if (!allow.get('allow-float')?.has(file))
          add(where, 'allow-float in a file not listed for it in tooling/ban-escapes.json');
      }
    });
  }
  for (const [ban, files] of allow) {
    for (const file of files) {
      if (!used.get(ban).has(file))
        add(file, `listed for ${ban} in tooling/ban-escapes.json but has no such escape: remove it`);
    }
  }
  return findings;
}
