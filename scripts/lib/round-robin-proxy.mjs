import { Agent, createServer, request } from 'node:http';

/**
 * A load balancer in miniature for tests and benchmarks: each request goes to the next of
 * `ports` on 127.0.0.1 in turn. Like nginx by default, it reads the whole request body before
 * forwarding it, so an instance that refuses a body early (413) still answers through it.
 * Resolves with its URL and a close function once it listens.
 */
export function startRoundRobin(ports) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = createServer(async (incoming, outgoing) => {
    const chunks = [];
    for await (const chunk of incoming) chunks.push(chunk);
    const port = ports[next++ % ports.length];
    const upstream = request(
      { host: '127.0.0.1', port, method: incoming.method, path: incoming.url, headers: incoming.headers, agent },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => (outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end()));
    upstream.end(Buffer.concat(chunks));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => {
          agent.destroy();
          server.closeAllConnections();
          return new Promise((done) => server.close(done));
        },
      });
    });
  });
}
