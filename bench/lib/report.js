'use strict';
// Turns bench/run.sh's raw records (+ JMH's JSON) into results/<stamp>.json and .md.
// Ratios are cost ratios against a reference engine: engine time / reference time, or for
// throughput reference ops / engine ops. So 1 = as fast as the reference, 3 = three times slower.
// usage: node report.js records.jsonl jmh.json|'' meta-json out-prefix
const fs = require('fs');

const [recordsFile, jmhFile, metaJson, outPrefix] = process.argv.slice(2);
const REFS = ['node25', 'node24'];
const ORDER = ['node4j', 'node4j-jit', 'node25', 'node24', 'bun', 'deno'];
const meta = JSON.parse(metaJson || '{}');
const records = fs.readFileSync(recordsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const jmh = jmhFile && fs.existsSync(jmhFile) ? JSON.parse(fs.readFileSync(jmhFile, 'utf8')) : [];
const engines = ORDER.filter((e) => records.some((r) => r.engine === e));

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const geomean = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
const cost = (r, ref) => (r.better === 'higher' ? ref.value / r.value : r.value / ref.value);

// ---- start-up: median of the runs per script and engine ----
const startup = {};
for (const r of records.filter((x) => x.part === 'startup')) {
  const s = (startup[r.bench] ??= {});
  const e = (s[r.engine] ??= { runs: [] });
  if (r.error) e.error = r.error;
  else if (r.skipped) e.skipped = r.skipped;
  else e.runs.push(r);
}
for (const byEngine of Object.values(startup)) {
  for (const e of Object.values(byEngine)) {
    if (!e.runs.length) continue;
    e.wall_ms = median(e.runs.map((r) => r.wall_ms));
    e.cpu_ms = median(e.runs.map((r) => r.cpu_ms));
    e.rss_mib = median(e.runs.map((r) => r.rss_kib)) / 1024;
    e.n = e.runs.length;
  }
  for (const e of Object.values(byEngine)) {
    e.ratio = {};
    for (const ref of REFS) {
      const b = byEngine[ref];
      if (e.wall_ms != null && b && b.wall_ms != null) {
        e.ratio[ref] = { wall: e.wall_ms / b.wall_ms, cpu: e.cpu_ms / b.cpu_ms, rss: e.rss_mib / b.rss_mib };
      }
    }
  }
}

// ---- steady state and module throughput: one value per bench and engine ----
function collect(part) {
  const out = {};
  for (const r of records.filter((x) => x.part === part)) {
    const b = (out[r.bench] ??= {});
    b[r.engine] = r;
  }
  for (const byEngine of Object.values(out)) {
    for (const r of Object.values(byEngine)) {
      r.ratio = {};
      for (const ref of REFS) {
        const b = byEngine[ref];
        if (r.value != null && b && b.value != null) r.ratio[ref] = cost(r, b);
      }
    }
  }
  return out;
}
const steady = collect('steady');
const modules = collect('modules');
const geo = {};
for (const e of engines) {
  geo[e] = {};
  for (const ref of REFS) {
    const rs = Object.values(steady).map((b) => b[e] && b[e].ratio && b[e].ratio[ref]).filter((x) => x > 0);
    if (rs.length) geo[e][ref] = { geomean: geomean(rs), of: rs.length, total: Object.keys(steady).length };
  }
}

// ---- JMH: score (p50 for SampleTime), and the Java hot paths against the JS-level figures ----
// A CryptoBench method's JS-level record: sha256 -> sha256, rsa2048SignBc -> crypto.rsa2048.sign.
function cryptoJsName(method) {
  const m = /^(\w+?)(Sign|Verify|Encrypt|Decrypt)?(Bc|Jdk)?$/.exec(method);
  return m[2] ? `crypto.${m[1]}.${m[2].toLowerCase()}` : m[1];
}
const jmhRows = jmh.map((j) => {
  const name = j.benchmark.replace(/^dev\.node4j\.bench\./, '');
  const pm = j.primaryMetric;
  const row = { benchmark: name, params: j.params || {}, mode: j.mode, score: pm.score, error: pm.scoreError, unit: pm.scoreUnit };
  if (j.mode === 'sample' && pm.scorePercentiles) {
    row.p50 = pm.scorePercentiles['50.0'];
    row.p90 = pm.scorePercentiles['90.0'];
    row.p99 = pm.scorePercentiles['99.0'];
  }
  const m = /^EncodingsBench\.(\w+)$/.exec(name);
  if (m && j.params && j.params.size) {
    row.vs = {};
    for (const e of engines) {
      const r = modules[`encodings.${m[1]}.${j.params.size}`]?.[e];
      if (r && r.value) row.vs[e] = r.value / pm.score;   // engine's JS ops/s over Java ops/s
    }
  }
  const c = /^CryptoBench\.(\w+)$/.exec(name);
  if (c) {
    // Bulk methods hash or encrypt `size` bytes per op; their JS records are MiB/s.
    const bytes = j.params && j.params.size ? Number(j.params.size) : 0;
    if (bytes) row.mibPerSec = pm.score * bytes / 1048576;
    row.vs = {};
    for (const e of engines) {
      const r = modules[cryptoJsName(c[1])]?.[e];
      if (r && r.value) row.vs[e] = r.value / (bytes ? row.mibPerSec : pm.score);
    }
  }
  return row;
});

// ---- Markdown ----
const f = (x, d = 1) => (typeof x !== 'number' || !Number.isFinite(x) ? '' : x >= 1000 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x < 10 ? 2 : d));
const rt = (x) => (typeof x !== 'number' || !Number.isFinite(x) ? '' : `×${x.toFixed(2)}`);
const cellFor = (r) => {
  if (!r) return '–';
  if (r.skipped) return `skipped (${r.skipped})`;
  if (r.error) return `**error**`;
  const ratios = REFS.filter((ref) => r.ratio && r.ratio[ref] != null && r.engine !== ref).map((ref) => rt(r.ratio[ref]));
  return `${f(r.value)}${ratios.length ? ` (${ratios.join(' / ')})` : ''}`;
};
const md = [];
md.push(`# node4j benchmarks ${outPrefix.split('/').pop()}`, '');
if (meta.quick) md.push('> **BENCH_QUICK=1 smoke run: tiny sizes and iteration counts. These numbers mean nothing.**', '');
md.push(`Machine: ${meta.cpus} CPUs (${(meta.cpuModel || '').trim()}), load average at the end ${(meta.loadavg || []).map((x) => x.toFixed(1)).join(' ')}; ${meta.java || ''}.`);
md.push(`node4j JVM flags: those of bin/node4j${meta.node4jJavaOpts ? ` plus NODE4J_JAVA_OPTS=\`${meta.node4jJavaOpts}\`` : ''}. Engines: ${engines.map((e) => `${e} ${(records.find((r) => r.engine === e && r.part === 'probe')?.probe?.version) || ''}`).join(', ')}.`, '');
md.push('Ratios are cost ratios against node25 / node24 (engine time ÷ Node time; for throughput Node ÷ engine): ×1.00 = as fast as Node, ×3.00 = three times slower.', '');

md.push('## Start-up (whole process, median)', '');
for (const [bench, byEngine] of Object.entries(startup)) {
  md.push(`### ${bench}`, '', '| engine | wall ms | CPU ms | peak RSS MiB | wall vs node25 | wall vs node24 | RSS vs node25 | runs |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const e of engines) {
    const s = byEngine[e];
    if (!s) continue;
    if (s.wall_ms == null) { md.push(`| ${e} | ${s.skipped ? `skipped (${s.skipped})` : `error: ${(s.error || '').slice(0, 120)}`} | | | | | | |`); continue; }
    md.push(`| ${e} | ${Math.round(s.wall_ms)} | ${Math.round(s.cpu_ms)} | ${f(s.rss_mib)} | ${rt(s.ratio.node25?.wall)} | ${rt(s.ratio.node24?.wall)} | ${rt(s.ratio.node25?.rss)} | ${s.n} |`);
  }
  md.push('');
}

function table(title, data, note) {
  md.push(`## ${title}`, '', note, '');
  md.push(`| benchmark | unit | ${engines.join(' | ')} |`, `|---|---|${engines.map(() => '---:').join('|')}|`);
  for (const [bench, byEngine] of Object.entries(data)) {
    const any = Object.values(byEngine).find((r) => r.metric);
    md.push(`| ${bench} | ${any ? any.metric : ''} | ${engines.map((e) => cellFor(byEngine[e] && { ...byEngine[e], engine: e })).join(' | ')} |`);
  }
  md.push('');
}
table('Steady state (bench/programs, after warm-up)', steady, 'Median ms of one run (lower is better), start-up excluded; in brackets the ratio to node25 / node24.');
md.push('**Geometric mean of the steady-state ratios**', '', '| engine | vs node25 | vs node24 |', '|---|---:|---:|');
for (const e of engines) {
  const g = geo[e] || {};
  const c = (ref) => (g[ref] ? `${rt(g[ref].geomean)}${g[ref].of < g[ref].total ? ` (${g[ref].of} of ${g[ref].total})` : ''}` : '');
  md.push(`| ${e} | ${c('node25')} | ${c('node24')} |`);
}
md.push('');
table('Module throughput', modules, 'ops/s or MiB/s (higher is better); in brackets the cost ratio to node25 / node24.');

// How long each engine warmed up before the figures above were measured (lib/harness.js).
md.push('## Warm-up before measuring', '', 'Seconds of untimed runs until the last four samples agreed within 10% (at most BENCH_MAX_WARM_MS, default 30 s; ✱: had not settled by then, so the figure may still be climbing).', '');
md.push(`| benchmark | ${engines.join(' | ')} |`, `|---|${engines.map(() => '---:').join('|')}|`);
for (const [bench, byEngine] of [...Object.entries(steady), ...Object.entries(modules)]) {
  const cell = (r) => (!r || r.warmMs == null ? '–' : `${(r.warmMs / 1000).toFixed(1)}${r.settled === false ? ' ✱' : ''}`);
  md.push(`| ${bench} | ${engines.map((e) => cell(byEngine[e])).join(' | ')} |`);
}
md.push('');

const failures = records.filter((r) => r.error);
if (failures.length) {
  md.push('## Failures', '', '| engine | part | benchmark | error |', '|---|---|---|---|');
  for (const r of failures) md.push(`| ${r.engine} | ${r.part} | ${r.bench} | ${String(r.error).replace(/\|/g, '\\|').slice(0, 200)} |`);
  md.push('');
}

md.push('## JMH (Java side, bench/jmh.sh)', '');
if (!jmhRows.length) md.push('Not run (or failed: see the -jmh.log next to this file).', '');
else {
  md.push('Encodings and CryptoBench: throughput of the Java method alone; "JS/Java" is the engine\'s JS-level ops/s (node/encodings.js, programs/modules/sha256.js and crypto.js; MiB/s for the bulk crypto rows) over the Java figure: node4j\'s own overhead above its hot path, and Node against that hot path. CryptoBench\'s Bc and Jdk rows both compare with the same JS figure (node4j uses Bouncy Castle). RuntimeBench: new NodeRuntime on the shared engine + require(\'fs\') and require(\'crypto\') + one call, SampleTime percentiles.', '');
  md.push(`| benchmark | params | score | unit | p50 | p90 | p99 | ${engines.map((e) => `${e} JS/Java`).join(' | ')} |`, `|---|---|---:|---|---:|---:|---:|${engines.map(() => '---:').join('|')}|`);
  for (const r of jmhRows) {
    md.push(`| ${r.benchmark} | ${Object.entries(r.params).map(([k, v]) => `${k}=${v}`).join(' ')} | ${f(r.score)}${Number.isFinite(r.error) ? ` ± ${f(r.error)}` : ""}${r.mibPerSec ? ` (${f(r.mibPerSec)} MiB/s)` : ''} | ${r.unit} | ${f(r.p50)} | ${f(r.p90)} | ${f(r.p99)} | ${engines.map((e) => (r.vs && r.vs[e] ? f(r.vs[e], 2) : '')).join(' | ')} |`);
  }
  md.push('');
  // Would the JDK's providers beat the Bouncy Castle signers node4j uses? (same keys, same JVM)
  const pairs = jmhRows.filter((r) => /^CryptoBench\.\w+Bc$/.test(r.benchmark))
    .map((bc) => ({ bc, jdk: jmhRows.find((r) => r.benchmark === bc.benchmark.replace(/Bc$/, 'Jdk')) }))
    .filter((p) => p.jdk);
  if (pairs.length) {
    md.push('**CryptoBench signatures: Bouncy Castle (node4j today) against the JDK providers**', '',
      '| operation | BC ops/s | JDK ops/s | JDK ÷ BC (above ×1.00: the JDK is faster) |', '|---|---:|---:|---:|');
    for (const { bc, jdk } of pairs) {
      md.push(`| ${bc.benchmark.replace(/^CryptoBench\.|Bc$/g, '')} | ${f(bc.score)} | ${f(jdk.score)} | ${rt(jdk.score / bc.score)} |`);
    }
    md.push('');
  }
}

const result = { meta, engines, probes: Object.fromEntries(records.filter((r) => r.part === 'probe').map((r) => [r.engine, r.probe])),
  startup, steady, steadyGeomean: geo, modules, jmh: jmhRows, failures, records };
fs.writeFileSync(`${outPrefix}.json`, JSON.stringify(result, null, 2) + '\n');
fs.writeFileSync(`${outPrefix}.md`, md.join('\n'));
console.log(md.join('\n'));
