import { expect } from '@open-wc/testing';
import { createBillingClient } from '../../src/api/client.js';
import { providerFor } from '../../src/api/challenge.js';
import { BillingError } from '../../src/api/errors.js';
import { proofOfWork } from '../../src/api/proof-of-work.js';
import type { Challenge, ChallengeAnswer } from '../../src/api/schemas.js';
import { AFFILIATE_TENANT, TEST_API, TEST_API_ALT } from '../helpers/env.js';
import '../helpers/lit-warnings.js';

// The affiliate asks for a challenge after 5 failures for one user name from anywhere
// (`challenge: after-failures` in the demo data). Guesses go out as 127.0.0.1, the checked
// attempts as ::1 (`localhost`), so the second address has no waits of its own.
const guessing = createBillingClient({ api: TEST_API_ALT, tenant: AFFILIATE_TENANT });
const realFetch = window.fetch;

async function rejection(promise: Promise<unknown>): Promise<BillingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BillingError);
    return error as BillingError;
  }
  throw new Error('Expected the call to fail');
}

const someone = () => `challenge-${Math.random().toString(36).slice(2, 10)}`;

/** Records each request to the API (method, path, JSON body) and the status it got, passing it on. */
function recordRequests() {
  const seen: Array<{ method: string; path: string; body: Record<string, unknown> | undefined; status: number }> = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = request.method === 'POST' ? await request.clone().text() : '';
    const response = await realFetch(request);
    seen.push({
      method: request.method,
      path: new URL(request.url).pathname,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
      status: response.status,
    });
    return response;
  };
  return seen;
}

async function failSignInFiveTimes(username: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const error = await rejection(guessing.signIn({ username, password: 'wrong-password' }));
    expect(error.code, `guess ${i + 1}`).to.equal('invalid_credentials');
  }
}

describe('challenges in the billing client, against the reference API', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('solves the challenge the API asks for after failures, sends the answer once, and the API spends it', async function () {
    this.timeout(60_000); // five failed sign-ins first, each a full password hash
    const username = someone();
    await failSignInFiveTimes(username);
    const client = createBillingClient({ api: TEST_API, tenant: AFFILIATE_TENANT });
    const seen = recordRequests();
    let checking = 0;
    const error = await rejection(
      client.signIn({ username, password: 'still-wrong' }, { onChallenge: () => (checking += 1) }),
    );
    // 401, not 403: the API checked the password, so it took the answer.
    expect(error.code).to.equal('invalid_credentials');
    expect(checking).to.equal(1);
    expect(seen.map(({ method, path, status }) => `${method} ${path} ${status}`)).to.deep.equal([
      `POST /v1/tenants/${AFFILIATE_TENANT}/sessions 403`,
      `POST /v1/tenants/${AFFILIATE_TENANT}/challenges 201`,
      `POST /v1/tenants/${AFFILIATE_TENANT}/sessions 401`,
    ]);
    expect(seen[0]!.body).not.to.have.property('challenge');
    const answer = seen[2]!.body!.challenge as ChallengeAnswer;
    expect(answer.solution).to.match(/^\d+$/);

    window.fetch = realFetch;
    const replayed = await rejection(client.signIn({ username, password: 'still-wrong', challenge: answer }));
    expect(replayed.code, 'an answer works once').to.equal('challenge_failed');
  });

  it('solves before the first attempt when told the tenant always asks', async () => {
    const client = createBillingClient({ api: TEST_API, tenant: AFFILIATE_TENANT });
    const seen = recordRequests();
    const error = await rejection(client.signIn({ username: someone(), password: 'x' }, { solveFirst: true }));
    expect(error.code).to.equal('invalid_credentials');
    expect(seen.map(({ path, status }) => `${path} ${status}`)).to.deep.equal([
      `/v1/tenants/${AFFILIATE_TENANT}/challenges 201`,
      `/v1/tenants/${AFFILIATE_TENANT}/sessions 401`,
    ]);
  });

  it('finds an answer the API accepts, keeping the page responsive while it works', async () => {
    const client = createBillingClient({ api: TEST_API, tenant: AFFILIATE_TENANT });
    const challenge = (await (
      await realFetch(`${TEST_API}/v1/tenants/${AFFILIATE_TENANT}/challenges`, { method: 'POST' })
    ).json()) as Challenge;
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const answer = await proofOfWork.solve(challenge);
    const took = performance.now() - started;
    clearInterval(ticker);
    expect(answer.token).to.equal(challenge.token);
    expect(longestGap, `the page got a turn at least every 250 ms (solving took ${Math.round(took)} ms)`).to.be.below(
      250,
    );
    const error = await rejection(client.signIn({ username: someone(), password: 'x', challenge: answer }));
    expect(error.code, 'the API took the answer and checked the password').to.equal('invalid_credentials');
  });

  it('stops solving when its signal is aborted, and sends nothing more', async () => {
    const client = createBillingClient({ api: TEST_API, tenant: AFFILIATE_TENANT });
    const seen = recordRequests();
    const abort = new AbortController();
    const pending = client.signIn(
      { username: someone(), password: 'x' },
      { solveFirst: true, signal: abort.signal, onChallenge: () => setTimeout(() => abort.abort(), 0) },
    );
    expect((await rejection(pending)).code).to.equal('aborted');
    expect(seen.filter(({ path }) => path.endsWith('/sessions'))).to.deep.equal([]);
  });

  it('stops the proof of work itself soon after the signal is aborted', async () => {
    // 32 zero bits: never found within this test, so only the abort can end it.
    const hard: Challenge = {
      kind: 'proof-of-work',
      token: 'not-a-real-token',
      algorithm: 'SHA-256',
      difficultyBits: 32,
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    };
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 50);
    const started = performance.now();
    expect((await rejection(proofOfWork.solve(hard, abort.signal))).code).to.equal('aborted');
    expect(performance.now() - started).to.be.below(2_000);
  });

  it('refuses a challenge kind no provider answers, with challenge_failed', () => {
    const challenge = { kind: 'captcha' } as unknown as Challenge;
    expect(() => providerFor([proofOfWork], challenge))
      .to.throw(BillingError)
      .with.property('code', 'challenge_failed');
  });
});
