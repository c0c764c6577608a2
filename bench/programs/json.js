'use strict';
// JSON.parse + JSON.stringify of a generated ~10 MiB document (about 100 KiB when
// BENCH_QUICK=1); one run parses the text and stringifies the result.
const { steady, QUICK } = require('../lib/harness.js');

const target = QUICK ? 100 * 1024 : 10 * 1024 * 1024;

function generate() {
  const items = [];
  let size = 2;
  for (let i = 0; size < target; i++) {
    const item = {
      id: i,
      name: `user-${i}`,
      email: `user${i}@example.com`,
      active: i % 3 === 0,
      score: (i * 7919 % 10007) / 7.5,
      tags: ['alpha', 'beta', i % 2 ? 'gamma' : 'delta'],
      address: { street: `${i} Main Street`, city: 'Springfield', zip: String(10000 + i % 90000) },
      note: i % 10 === 0 ? 'quote " and backslash \\ and unicode é✓' : null,
    };
    items.push(item);
    size += JSON.stringify(item).length + 1;
  }
  return JSON.stringify({ version: 1, count: items.length, items });
}

const text = generate();
steady('json', () => JSON.stringify(JSON.parse(text)), { size: text.length });
