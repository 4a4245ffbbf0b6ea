import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.mjs': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly origin: string;
  /** Serves `body` as `contentType` at `path`, in place of any file there, with any extra response headers. */
  route(path: string, contentType: string, body: string | Buffer, headers?: Record<string, string>): void;
  /** Every request the server received, in order, as `<method> <path and query>`. */
  readonly requests: readonly string[];
  /** The next JSON body a page POSTs to `/report`. */
  nextReport<T = unknown>(): Promise<T>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves the files under `root` on 127.0.0.1 at a free port: test pages never leave the machine. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const routes = new Map<string, { contentType: string; body: string | Buffer; headers?: Record<string, string> }>();
  const requests: string[] = [];
  const reports: unknown[] = [];
  const waiting: ((report: unknown) => void)[] = [];

  const server = createServer(async (request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (request.method === 'POST' && path === '/report') {
      const report: unknown = JSON.parse(await readBody(request));
      const resolve = waiting.shift();
      if (resolve) resolve(report);
      else reports.push(report);
      response.writeHead(204).end();
      return;
    }
    const routed = routes.get(path);
    if (routed) {
      response.writeHead(200, { ...routed.headers, 'content-type': routed.contentType }).end(routed.body);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    route(path, contentType, body, headers) {
      routes.set(path, { contentType, body, headers });
    },
    requests,
    nextReport<T>() {
      const queued = reports.shift();
      if (queued !== undefined) return Promise.resolve(queued as T);
      return new Promise<T>((resolve) => waiting.push(resolve as (report: unknown) => void));
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
