import type { Server } from 'node:http';

const SWEEP_MS = 50;

/**
 * Stops accepting connections and lets the requests in flight finish. Resolves true when they
 * all did within `graceMs`, false when the rest had to be cut off.
 */
export function closeGracefully(servers: readonly Server[], graceMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let open = servers.length;
    // A keep-alive connection between requests would hold close() open until its timeout.
    const sweep = setInterval(() => servers.forEach((server) => server.closeIdleConnections()), SWEEP_MS);
    const deadline = setTimeout(() => {
      clearInterval(sweep);
      servers.forEach((server) => server.closeAllConnections());
      resolve(false);
    }, graceMs);
    for (const server of servers) {
      server.close(() => {
        open -= 1;
        if (open > 0) return;
        clearInterval(sweep);
        clearTimeout(deadline);
        resolve(true);
      });
    }
  });
}
