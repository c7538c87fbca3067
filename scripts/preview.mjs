// Serves a build with Astro's own preview server (the programmatic `preview()` from 'astro', which is
// what `astro preview` runs), for the browser tests and the size and Lighthouse reports. Astro's
// preview already behaves like the static host the site is deployed to, for both builds:
//   - it serves the build under its base and answers 404 for any URL outside it, so a link or asset
//     that forgets BASE_PATH (/kl-divergence/ instead of /kl-view/kl-divergence/) fails the tests;
//   - a missing page gets the build's 404.html with status 404;
//   - text, JavaScript, JSON, XML and WebAssembly are compressed (gzip or brotli) per Accept-Encoding.
// It is called directly rather than through the `astro preview` command, which allows one server per
// project (a lock file in .astro/) and the tests need the root and the subpath builds at once.
//
//   node scripts/preview.mjs [DIR] [PORT]   serve DIR (default dist/) under BASE_PATH (default /)
//                                           on 127.0.0.1:PORT (default 4329) until stopped
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { preview } from 'astro';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** A TCP port nothing is listening on. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts Astro's preview server for the build in `dir` under `base` on 127.0.0.1:`port` (a free port
 * when none is given; a port in use is an error, not a silent move to the next one). Resolves with the
 * site's URL (ending in the base) and `close()`.
 */
export async function startPreview({ dir = 'dist', base = process.env.BASE_PATH || '/', port, logLevel = 'warn' } = {}) {
  const server = await preview({
    root: projectRoot,
    outDir: resolve(projectRoot, dir),
    base,
    server: { host: '127.0.0.1', port: port ?? (await freePort()) },
    vite: { preview: { strictPort: true } },
    logLevel,
  });
  return { url: `http://127.0.0.1:${server.port}${base.replace(/\/?$/, '/')}`, close: () => server.stop() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startPreview({
    dir: process.argv[2] ?? 'dist',
    port: Number(process.argv[3] ?? process.env.PORT ?? 4329),
  });
  console.log(`serving ${process.argv[2] ?? 'dist'} at ${url}`);
}
