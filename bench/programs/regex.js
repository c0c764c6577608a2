'use strict';
// Regular expressions over ~1 MiB of generated log text (~16 KiB when BENCH_QUICK=1): one
// run does a global match with captures, a test per line, a replace with a callback and a split.
const { steady, QUICK } = require('../lib/harness.js');

const target = QUICK ? 16 * 1024 : 1024 * 1024;
const lines = [];
let size = 0;
for (let i = 0; size < target; i++) {
  const line = `2025-0${1 + i % 9}-1${i % 10}T12:${10 + i % 50}:00Z host${i % 17}.example.com ` +
    `GET /api/v1/items/${i}?q=${i % 5 ? 'abc' : 'x%20y'} 200 ${i * 37 % 5000}ms user${i}@mail.example.org ` +
    `from 10.${i % 256}.${(i >> 8) % 256}.${i % 7}`;
  lines.push(line);
  size += line.length + 1;
}
const text = lines.join('\n');

const ipRe = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/g;
const emailRe = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const durationRe = /\b(\d+)ms\b/g;

function run() {
  let n = 0;
  for (const m of text.matchAll(ipRe)) n += m[4].length;
  for (const line of text.split('\n')) if (emailRe.test(line)) n++;
  n += text.replace(durationRe, (_, d) => String(d * 2)).length;
  n += text.split(/\s+/).length;
  return n;
}

steady('regex', run, { size: text.length });
