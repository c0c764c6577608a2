// Per-module pass rates of Node's own test/parallel files on an engine, counted over the files
// that pass on the reference Node, with the recorded cause of every failure.
//   node compat-tests/node-suite/report.js REFERENCE.json ENGINE.json [LISTS_DIR]
// REFERENCE.json / ENGINE.json: the runner's result files from `--node-tests` runs (RESULTS.md).
// LISTS_DIR (default: this folder): <module>.txt lists, `test/parallel/x.js  # cause` a line.
// Prints a Markdown table, then per module the failing files grouped by cause; failures that no
// list explains are grouped under "(not recorded)". Exit code 0.
'use strict';
const fs = require('fs');
const path = require('path');

// Targets from the issues (share of reference-passing files that must pass on node4j).
const TARGETS = {
  buffer: 85, fs: 80, events: 90, timers: 85, path: 90, util: 60, assert: 70, process: 65,
  string_decoder: 100, stream: 85, crypto: 70,
};
// Runner module names (Node file prefixes) -> our module names.
const MODULE_OF = {
  'event-emitter': 'events', events: 'events', eventtarget: 'events', 'string-decoder': 'string_decoder',
  readable: 'stream', writable: 'stream', stream: 'stream', webcrypto: 'crypto', crypto: 'crypto',
};

const [refFile, engineFile, listsDir = __dirname] = process.argv.slice(2);
if (!refFile || !engineFile) {
  console.error('usage: report.js REFERENCE.json ENGINE.json [LISTS_DIR]');
  process.exit(2);
}
const ref = JSON.parse(fs.readFileSync(refFile, 'utf8'));
const eng = JSON.parse(fs.readFileSync(engineFile, 'utf8'));

const causes = new Map();   // file -> cause
for (const name of fs.readdirSync(listsDir).filter((n) => n.endsWith('.txt')).sort()) {
  for (const raw of fs.readFileSync(path.join(listsDir, name), 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    if (hash > 0) causes.set(line.slice(0, hash).trim(), line.slice(hash + 1).trim());
  }
}

const refPass = new Set(ref.tests.filter((t) => t.status === 'pass' || t.status === 'skip').map((t) => t.file));
const byModule = new Map();
for (const t of eng.tests) {
  if (!refPass.has(t.file)) continue;
  const mod = MODULE_OF[t.module] || t.module;
  if (!byModule.has(mod)) byModule.set(mod, { total: 0, pass: 0, failing: [] });
  const m = byModule.get(mod);
  m.total++;
  if (t.status === 'pass' || t.status === 'skip') m.pass++;
  else m.failing.push(t.file);
}

const pct = (a, b) => (b === 0 ? 0 : (100 * a) / b);
const out = [];
out.push(`Node's test/parallel on ${eng.engine} (${eng.version}), over the files that pass on ${ref.engine} (${ref.version})`, '');
out.push('| module | pass | of | share | target |', '|---|---:|---:|---:|---:|');
let sumPass = 0;
let sumTotal = 0;
for (const [mod, m] of [...byModule].sort()) {
  sumPass += m.pass;
  sumTotal += m.total;
  const target = TARGETS[mod];
  const mark = target === undefined ? '' : pct(m.pass, m.total) >= target ? ' (met)' : ' (not met)';
  out.push(`| ${mod} | ${m.pass} | ${m.total} | ${pct(m.pass, m.total).toFixed(1)}% | ${target === undefined ? '' : target + '%'}${mark} |`);
}
out.push(`| all | ${sumPass} | ${sumTotal} | ${pct(sumPass, sumTotal).toFixed(1)}% | |`, '');
for (const [mod, m] of [...byModule].sort()) {
  if (m.failing.length === 0) continue;
  out.push(`## ${mod}: ${m.failing.length} failing`, '');
  const groups = new Map();
  for (const f of m.failing) {
    const c = causes.get(f) || '(not recorded)';
    if (!groups.has(c)) groups.set(c, []);
    groups.get(c).push(path.basename(f));
  }
  for (const [c, files] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    out.push(`- ${c} (${files.length}): ${files.join(', ')}`);
  }
  out.push('');
}
console.log(out.join('\n'));
