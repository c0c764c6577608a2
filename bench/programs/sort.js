'use strict';
// Sorting: one run sorts 1M numbers with a comparator, 200K strings with the default order and
// 200K objects by a key (1/100 of that when BENCH_QUICK=1). Inputs are copied before each sort.
const { steady, QUICK } = require('../lib/harness.js');

const n = QUICK ? 10000 : 1000000;
const m = QUICK ? 2000 : 200000;
let x = 0x9E3779B9 | 0;
function rnd() {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return (x >>> 0) / 4294967296;
}
const numbers = Array.from({ length: n }, () => rnd() * 1e6);
const strings = Array.from({ length: m }, () => 'k' + Math.floor(rnd() * 1e9).toString(36));
const objects = Array.from({ length: m }, (_, i) => ({ id: i, key: Math.floor(rnd() * 1e6) }));

function run() {
  const a = numbers.slice().sort((p, q) => p - q);
  const b = strings.slice().sort();
  const c = objects.slice().sort((p, q) => p.key - q.key || p.id - q.id);
  return a[n >> 1] + b[m >> 1].length + c[m >> 1].key;
}

steady('sort', run, { size: n });
