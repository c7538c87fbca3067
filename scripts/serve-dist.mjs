// Starts the project's static server (scripts/serve.mjs, gzip like a static host) on a free port
// for the size and Lighthouse reports, and stops it when they are done.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** A TCP port nothing is listening on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the server; resolves with the site's URL (with its base) and a `close()` function. */
export async function serveDist(dir = 'dist') {
  const port = await freePort();
  const base = process.env.BASE_PATH || '/';
  const child = spawn(process.execPath, [join(projectRoot, 'scripts/serve.mjs'), dir, String(port)], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}${base}`;
  const close = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`the static server exited:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, close };
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  close();
  throw new Error(`the static server did not answer at ${url}:\n${output}`);
}
