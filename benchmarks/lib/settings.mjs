// What a benchmark run may change from the environment, checked before anything starts.

const MAX_RUNS = 200;

/**
 * Reads RUNS (visits of each page), BENCH_SITE_PORT and BENCH_API_PORT. Returns either
 * `{ ok: true, runs, sitePort, apiPort }` or `{ ok: false, problems }`, one sentence per bad value.
 */
export function readSettings(env, defaults) {
  const problems = [];
  const runs = wholeNumber(env, 'RUNS', defaults.runs, 1, MAX_RUNS, problems);
  const sitePort = wholeNumber(env, 'BENCH_SITE_PORT', defaults.sitePort, 1, 65535, problems);
  const apiPort = wholeNumber(env, 'BENCH_API_PORT', defaults.apiPort, 1, 65535, problems);
  if (problems.length === 0 && sitePort === apiPort) {
    problems.push(`BENCH_SITE_PORT and BENCH_API_PORT are both ${sitePort}; the site and the API need a port each.`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, runs, sitePort, apiPort };
}

function wholeNumber(env, name, fallback, min, max, problems) {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}.`);
    return fallback;
  }
  return Number(text);
}
