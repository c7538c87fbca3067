// `npm run check` runs this after astro check: fails, naming the cycle, when modules under src/ import
// each other in a circle. Every .ts and .astro file under src/ is read; the edges are its imports of
// other files under src/, relative or through the ~/ alias: static, `import type`, `export … from`
// and dynamic import(), since a cycle through any of them still ties the modules together. The
// specifiers come from TypeScript's own scanner (ts.preProcessFile), which skips comments and strings;
// in an .astro file, from its frontmatter and its <script> blocks.
//
//   node scripts/check-cycles.mjs        src/: exit 1 and print each cycle, or say how many files it read
//   node scripts/check-cycles.mjs DIR    the same for another source folder (an old checkout's src/)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const EXTENSIONS = ['.ts', '.astro'];

/** Every .ts and .astro file under `dir`, recursively. */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return EXTENSIONS.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

/** The script parts of a file: all of a .ts; an .astro file's frontmatter and <script> bodies. */
function scriptsOf(file, text) {
  if (!file.endsWith('.astro')) return [text];
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts];
}

/** The file under `srcDir` that `specifier` (imported from `from`) names, if it is one of ours. */
function resolveImport(specifier, from, srcDir) {
  let base;
  if (specifier.startsWith('~/')) base = join(srcDir, specifier.slice(2));
  else if (specifier.startsWith('./') || specifier.startsWith('../')) base = resolve(dirname(from), specifier);
  else return undefined;
  const stem = base.replace(/\.(m?js)$/, '');
  const candidates = [base, ...EXTENSIONS.map((ext) => stem + ext), ...EXTENSIONS.map((ext) => join(base, `index${ext}`))];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** The import graph of `srcDir`: file → the files of ours it imports. */
export function importGraph(srcDir) {
  const graph = new Map();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const targets = new Set();
    for (const script of scriptsOf(file, text)) {
      for (const { fileName } of ts.preProcessFile(script, true, true).importedFiles) {
        const target = resolveImport(fileName, file, srcDir);
        if (target) targets.add(target);
      }
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/**
 * The import cycles of `graph`: one cycle (a list of files, first repeated last) for each strongly
 * connected group of files (Tarjan's algorithm), a file that imports itself included.
 */
export function findCycles(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (file) => {
    indices.set(file, index);
    low.set(file, index);
    index += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file), low.get(next)));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file), indices.get(next)));
    }
    if (low.get(file) !== indices.get(file)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) groups.push(new Set(group));
  };
  for (const file of graph.keys()) if (!indices.has(file)) visit(file);
  return groups.map((group) => cycleWithin(graph, group));
}

/** A shortest cycle through the group's first file, staying inside the group (breadth-first). */
function cycleWithin(graph, group) {
  const [start] = group;
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of graph.get(file) ?? []) {
      if (next === start) {
        const path = [file];
        for (let at = previous.get(file); at; at = previous.get(at)) path.unshift(at);
        return [...path, start];
      }
      if (group.has(next) && !previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const srcDir = resolve(process.argv[2] ?? join(projectRoot, 'src'));
  const graph = importGraph(srcDir);
  const cycles = findCycles(graph);
  const name = (file) => relative(dirname(srcDir), file).split(sep).join('/');
  if (cycles.length > 0) {
    console.error(`${cycles.length} import cycle(s) in ${name(srcDir)}/:`);
    for (const cycle of cycles) console.error(`  ${cycle.map(name).join(' → ')}`);
    process.exit(1);
  }
  const edges = [...graph.values()].reduce((total, targets) => total + targets.length, 0);
  console.log(`No import cycles among ${graph.size} .ts and .astro files in ${name(srcDir)}/ (${edges} imports between them).`);
}
