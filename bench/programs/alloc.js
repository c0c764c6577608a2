'use strict';
// Short-lived object allocation: one run builds 1M small objects (linked and in an array),
// walks them and drops them (10K when BENCH_QUICK=1).
const { steady, QUICK } = require('../lib/harness.js');

const count = QUICK ? 10000 : 1000000;

function run() {
  let head = null;
  const arr = new Array(count);
  for (let i = 0; i < count; i++) {
    head = { x: i, y: i * 2, name: 'p', next: head };
    arr[i] = [i, head];
  }
  let sum = 0;
  for (let p = head; p !== null; p = p.next) sum += p.x + p.y;
  for (let i = 0; i < count; i += 7) sum += arr[i][0];
  return sum;
}

steady('alloc', run, { size: count });
