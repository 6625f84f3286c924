import { serve, type ServerType } from '@hono/node-server';

/** A listening HTTP server. */
export interface Listening {
  server: ServerType;
  /** The actual port (useful with port 0). */
  port: number;
}

/**
 * Serves `fetch` (a Hono app's) on `host:port` with `@hono/node-server`.
 *
 * @throws the `listen` error (`EADDRINUSE`, `EACCES`, `EADDRNOTAVAIL`, with
 *   `code`, `address`, `port`) instead of crashing on an unhandled `error` event.
 */
export function listen(fetch: (request: Request) => Response | Promise<Response>, host: string, port: number): Promise<Listening> {
  return new Promise<Listening>((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }, (info) => {
      server.off('error', reject);
      resolve({ server, port: info.port });
    });
    server.once('error', reject);
  });
}
