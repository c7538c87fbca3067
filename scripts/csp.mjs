// Content-Security-Policy helpers for astro.config.mjs.
//
// Astro hashes the scripts and styles it bundles, but not `<script is:inline>` elements, which it
// copies into the HTML verbatim. Starlight has a few of those (the theme provider that must run
// before first paint, the search shortcut label, the sidebar state restore, the synced-tabs
// restore). Rather than paste their hashes into the config, which would break silently on the next
// Starlight upgrade, we read them out of the installed component sources at config time and hash
// them exactly as the browser will see them. Our own components are scanned the same way, so an
// `is:inline` script added to src/components is covered too.
//
// The browser tests (e2e/site.spec.ts) load every page under this policy and fail on any
// `securitypolicyviolation`, so a script this scan misses cannot go unnoticed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** Every `.astro` file under a directory, recursively. */
function astroFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : astroFiles(path);
    return name.endsWith('.astro') ? [path] : [];
  });
}

/** The `sha256-…` hashes of the bodies of every `<script is:inline>` in the given `.astro` files. */
export function inlineScriptHashes(files) {
  const hashes = new Set();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const [, attributes, body] of source.matchAll(INLINE_SCRIPT)) {
      // Only literal inline scripts: `define:vars` bodies are generated per render, `src=` has no body.
      if (!/\bis:inline\b/.test(attributes) || /\bdefine:vars\b/.test(attributes) || /\bsrc=/.test(attributes)) continue;
      if (/\btype=["'](?!module|text\/javascript)/.test(attributes)) continue; // JSON, templates: not executed
      hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
    }
  }
  return [...hashes].sort();
}

/** Where the installed @astrojs/starlight keeps its `.astro` components. */
function starlightRoot() {
  let dir = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== '@astrojs/starlight') {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('csp.mjs: cannot find the @astrojs/starlight package directory');
    dir = parent;
  }
  return dir;
}

/** Hashes for Starlight's inline scripts plus any in this project's own components. */
export function projectInlineScriptHashes() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  return inlineScriptHashes([...astroFiles(starlightRoot()), ...astroFiles(join(root, 'src'))]);
}
