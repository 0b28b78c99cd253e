// Preloaded into the server by `npm run bench -- checkout-cost`: counts the statements sent through pg and,
// on SIGUSR2, writes the counts and the process CPU time to COUNT_QUERIES_FILE.
import process from 'node:process';
import { URL } from 'node:url';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const pg = require('pg');
const counts = new Map();
let total = 0;
const orig = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, cb) {
  total += 1;
  const text = typeof config === 'string' ? config : (config?.text ?? config?.name ?? '?');
  const k = String(text).slice(0, 160);
  counts.set(k, (counts.get(k) ?? 0) + 1);
  return orig.call(this, config, values, cb);
};
process.on('SIGUSR2', () => {
  const u = process.cpuUsage();
  writeFileSync(
    process.env.COUNT_QUERIES_FILE ?? `/tmp/hexamall-queries-${process.pid}.json`,
    JSON.stringify({ total, cpuMs: (u.user + u.system) / 1000, counts: [...counts] }),
  );
});
