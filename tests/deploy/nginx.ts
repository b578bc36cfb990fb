/**
 * Starts Debian's nginx with deploy/nginx.conf, unprivileged, on a free loopback port, serving a given
 * folder; stops it again. The site's file is used as it is: only its `listen` and `root` lines are
 * replaced (each must be there exactly once), and it is included in a minimal main configuration with
 * its own pid, logs and temp folders (`nginx -p <prefix> -c <main>`, `daemon off`, a child process).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../e2e/freePort';

export const NGINX_CONF = path.resolve('deploy/nginx.conf');
const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx'];
const MIME_TYPES = ['/etc/nginx/mime.types'];

export interface RunningNginx {
  url: string;
  /** The folder served as the site's root (a symlink the tests can point at another build). */
  rootLink: string;
  /** Serves another folder from now on, as a deploy does. */
  deploy(dir: string): void;
  stop(): Promise<void>;
}

export function findNginx(): string {
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error('The deployment test needs nginx: install it with `sudo apt-get install nginx` (Debian/Ubuntu).');
  }
  return found;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, 'gm')) ?? [];
  if (matches.length !== 1) {
    throw new Error(`deploy/nginx.conf: expected exactly one ${what} line, found ${matches.length}`);
  }
  return text.replace(new RegExp(pattern.source, 'm'), replacement);
}

/** deploy/nginx.conf with its listen and root lines pointed at the test's port and folder. */
export function siteConfigFor(port: number, root: string, conf = fs.readFileSync(NGINX_CONF, 'utf8')): string {
  let text = replaceOnce(conf, /^\s*listen\s+80;$/, `    listen 127.0.0.1:${port};`, '`listen 80;`');
  text = replaceOnce(text, /^\s*root\s+\/srv\/kia-notes\/build;$/, `    root ${root};`, '`root /srv/kia-notes/build;`');
  return text;
}

function mainConfig(prefix: string, siteConf: string): string {
  const mime = MIME_TYPES.find((file) => fs.existsSync(file));
  if (!mime) throw new Error(`nginx is installed but ${MIME_TYPES.join(', ')} is missing`);
  // As root (CI containers), workers would switch to `nobody` and could not read the temp folders.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
    include ${mime};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${siteConf};
}
`;
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}:\n${log()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on ${url}:\n${log()}`);
}

/**
 * Serves `dir` with deploy/nginx.conf. `mountPath` (e.g. `/kia/`) serves it below that path instead of
 * at the root, as a host does for a build with BASE_URL=/kia/.
 */
export async function startNginx(dir: string, { mountPath = '/' }: { mountPath?: string } = {}): Promise<RunningNginx> {
  const nginx = findNginx();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-nginx-'));
  // nginx's root: the build itself (a symlink to it), or a folder holding it at the mount path.
  const root = mountPath === '/' ? path.join(prefix, 'site') : path.join(prefix, 'root');
  const linkPath = mountPath === '/' ? root : path.join(root, ...mountPath.split('/').filter(Boolean));
  fs.mkdirSync(path.dirname(linkPath), { recursive: true });
  const deploy = (target: string): void => {
    const next = `${linkPath}.next`;
    fs.rmSync(next, { force: true });
    fs.symlinkSync(path.resolve(target), next);
    fs.renameSync(next, linkPath);
  };
  deploy(dir);
  const port = await freePort();
  const siteConf = path.join(prefix, 'site.conf');
  fs.writeFileSync(siteConf, siteConfigFor(port, root));
  const main = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(main, mainConfig(prefix, siteConf));
  const check = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', main, '-e', path.join(prefix, 'error.log')], {
    encoding: 'utf8',
  });
  if (check.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${check.stderr}`);
  const child = spawn(nginx, ['-p', prefix, '-c', main, '-e', path.join(prefix, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const log = (): string =>
    output + (fs.existsSync(`${prefix}/error.log`) ? fs.readFileSync(`${prefix}/error.log`, 'utf8') : '');
  try {
    await waitUntilUp(`${url}/`, child, log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    rootLink: linkPath,
    deploy,
    stop: () =>
      new Promise((resolve) => {
        const done = (): void => {
          fs.rmSync(prefix, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        // SIGQUIT: graceful stop of the master and its worker.
        child.kill('SIGQUIT');
        return undefined;
      }),
  };
}
