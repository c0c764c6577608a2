'use strict';
// Recursion and small-integer arithmetic: one run is fib(30) (fib(20) when BENCH_QUICK=1).
const { steady, QUICK } = require('../lib/harness.js');

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const n = QUICK ? 20 : 30;
steady('fib', () => fib(n), { size: n });
