import { Agent, createServer, request } from 'node:http';

/**
 * A load balancer in miniature for the benchmark: each request goes to the next of `ports` on
 * 127.0.0.1 in turn. Resolves with its URL and a close function once it listens.
 */
export function startRoundRobin(ports) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const port = ports[next++ % ports.length];
    const upstream = request(
      { host: '127.0.0.1', port, method: incoming.method, path: incoming.url, headers: incoming.headers, agent },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => {
          agent.destroy();
          return new Promise((done) => server.close(done));
        },
      });
    });
  });
}
