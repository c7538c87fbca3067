// Where and how the subpath test build lives; shared by scripts/build-subpath.mjs,
// playwright.config.ts (the subpath project) and e2e/site.spec.ts.
import { fileURLToPath } from 'node:url';

/** The base the site is built with, as for a GitHub Pages project site. */
export const SUBPATH_BASE = '/kl-view/';
/** A stand-in deployed origin: canonical URLs and the sitemap use it. */
export const SUBPATH_SITE = 'https://example.github.io';
/** The folder served as the web root: it contains only the subpath folder. */
export const SUBPATH_ROOT = fileURLToPath(new URL('../node_modules/.cache/subpath-site/', import.meta.url));
/** The build itself. */
export const SUBPATH_DIST = SUBPATH_ROOT + SUBPATH_BASE.replace(/^\/|\/$/g, '');
/** The port the subpath build is served on for the browser checks (SUBPATH_PORT, so parallel checkouts do not share a server). */
export const SUBPATH_PORT = Number(process.env.SUBPATH_PORT ?? 4330);
