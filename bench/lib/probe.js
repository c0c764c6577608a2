'use strict';
// What an engine offers, so bench/run.sh can skip what it lacks: one JSON line.
const has = (id) => { try { return !!require(id); } catch (e) { return false; } };
let sha256 = false;
try { sha256 = require('crypto').createHash('sha256').update('x').digest('hex').length === 64; } catch (e) { /* absent */ }
let createReadStream = false;
try { createReadStream = typeof require('fs').createReadStream === 'function'; } catch (e) { /* absent */ }
console.log(JSON.stringify({
  version: typeof Bun !== 'undefined' ? `bun ${Bun.version}`
    : typeof Deno !== 'undefined' ? `deno ${Deno.version.deno}`
      : typeof process !== 'undefined' ? process.version : null,
  fs: has('fs'), crypto: has('crypto'), sha256, stream: has('stream'), createReadStream,
  performance: typeof performance !== 'undefined',
}));
