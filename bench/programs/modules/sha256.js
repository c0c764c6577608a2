'use strict';
// crypto throughput: sha256 of a 64 MiB buffer (1 MiB when BENCH_QUICK=1), fed in 1 MiB updates.
const { bulk, skipped, randomBytes, optional, QUICK } = require('../../lib/harness.js');

const crypto = optional('crypto');
if (!crypto || typeof crypto.createHash !== 'function') {
  skipped('sha256', 'no crypto.createHash');
} else {
  const { Buffer } = require('buffer');
  const size = QUICK ? 1048576 : 64 * 1048576;
  const chunk = Buffer.from(randomBytes(1048576));
  bulk('sha256', () => {
    const h = crypto.createHash('sha256');
    for (let off = 0; off < size; off += chunk.length) h.update(chunk);
    return h.digest('hex');
  }, size);
}
