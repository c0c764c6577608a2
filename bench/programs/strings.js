'use strict';
// String building: one run appends 1M pieces with +=, builds the same with an array join and
// template literals, then reads characters back (10K pieces when BENCH_QUICK=1).
const { steady, QUICK } = require('../lib/harness.js');

const count = QUICK ? 10000 : 1000000;

function run() {
  let s = '';
  for (let i = 0; i < count; i++) s += 'item' + i + ',';
  const parts = [];
  for (let i = 0; i < count; i++) parts.push(`<${i % 10}:${i}>`);
  const joined = parts.join('');
  let h = 0;
  for (let i = 0; i < s.length; i += 13) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h + joined.length + s.slice(100, 200).toUpperCase().length + joined.indexOf('<9:999');
}

steady('strings', run, { size: count });
