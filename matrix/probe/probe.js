'use strict';
// node4j API-surface probe. Plain script: runs unchanged on node, bun, deno (`deno run -A`),
// llrt and node4j, as CommonJS or as an ES module (no top-level await, no import.meta).
//
//   probe.js [--engine NAME] [OUTFILE]
//
// Writes a `node4j-api-surface/1` document (see compat-tests/RESULTS.md) to OUTFILE or stdout.
// The module and global lists below are FIXED (taken from the reference Node, v25.8.1), so an
// engine that lacks a module is still probed for it: a module that fails to load yields no
// entries at all, not even its root entry. Every property access is wrapped: an engine whose
// getters throw still produces a surface.
//
// Naming (see matrix/README.md for the full rules):
//   module root            fs                        (kind of module.exports; present = loadable)
//   export                 fs.readFile
//   nested namespace       fs.promises.readFile      (plain objects, depth <= 3)
//   class static           fs.Stats.<static>
//   prototype member       fs.Stats.prototype.isFile (own + inherited, accessors as "getter")
//   buffer's Buffer        Buffer.prototype.indexOf  (the process / console roots likewise)
//   subpath module         fs/promises.readFile
//   global                 globalThis.structuredClone, globalThis.URL.prototype.href

// Public builtin modules of the reference Node (require('module').builtinModules, `_`-prefixed
// ones dropped; the four `node:`-only ones are listed without their prefix).
const MODULES = [
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises',
  'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
  'wasi', 'worker_threads', 'zlib', 'sea', 'sqlite', 'test', 'test/reporters',
];
const PREFIX_ONLY = new Set(['sea', 'sqlite', 'test', 'test/reporters']);

// Own properties of the reference Node's globalThis that are not ECMAScript intrinsics.
const GLOBALS = [
  'AbortController', 'AbortSignal', 'Blob', 'BroadcastChannel', 'Buffer',
  'ByteLengthQueuingStrategy', 'CloseEvent', 'CompressionStream', 'CountQueuingStrategy',
  'Crypto', 'CryptoKey', 'CustomEvent', 'DOMException', 'DecompressionStream', 'ErrorEvent',
  'Event', 'EventTarget', 'File', 'FormData', 'Headers', 'MessageChannel', 'MessageEvent',
  'MessagePort', 'Navigator', 'Performance', 'PerformanceEntry', 'PerformanceMark',
  'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList',
  'PerformanceResourceTiming', 'ReadableByteStreamController', 'ReadableStream',
  'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableStreamDefaultController',
  'ReadableStreamDefaultReader', 'Request', 'Response', 'Storage', 'SubtleCrypto',
  'TextDecoder', 'TextDecoderStream', 'TextEncoder', 'TextEncoderStream', 'TransformStream',
  'TransformStreamDefaultController', 'URL', 'URLPattern', 'URLSearchParams', 'WebAssembly',
  'WebSocket', 'WritableStream', 'WritableStreamDefaultController',
  'WritableStreamDefaultWriter', 'atob', 'btoa', 'clearImmediate', 'clearInterval',
  'clearTimeout', 'console', 'crypto', 'fetch', 'global', 'localStorage', 'navigator',
  'performance', 'process', 'queueMicrotask', 'sessionStorage', 'setImmediate', 'setInterval',
  'setTimeout', 'structuredClone',
];
// Globals that are the same objects as a module root: recorded (kind only) as globals, expanded
// under their module name (`Buffer.*`, `process.*`, `console.*`).
const GLOBAL_NOT_EXPANDED = new Set(['Buffer', 'process', 'console', 'global']);
// Module exports named without the module prefix.
const RENAMED_EXPORTS = { buffer: { Buffer: 'Buffer' } };
const ROOT_NAMES = { process: 'process', console: 'console' };
// Data, not API: recorded with their kind, never enumerated (contents depend on the machine).
const DATA_OBJECTS = new Set([
  'process.env', 'process.versions', 'process.config', 'process.release', 'process.features',
  'process.argv', 'process.execArgv', 'process.mainModule', 'process.moduleLoadList',
  'http.STATUS_CODES', 'module.builtinModules', 'module._cache', 'globalThis.localStorage',
  'globalThis.sessionStorage',
]);
// `_`-prefixed members are internals and skipped, except these documented implementer hooks.
// util._extend is documented (deprecated) API.
const UNDERSCORE_OK = new Set(['_read', '_write', '_writev', '_final', '_destroy', '_transform',
  '_flush', '_construct', '_extend']);
const SKIP_STATIC = new Set(['length', 'name', 'prototype', 'arguments', 'caller', 'constructor']);
const MAX_DEPTH = 3;

const G = (function () { try { return globalThis; } catch (e) { return this; } })();

function safe(fn, fallback) {
  try { return fn(); } catch (e) { return fallback; }
}

let OBJECT_PROTO = null;
let FUNCTION_PROTO = null;
safe(() => { OBJECT_PROTO = Object.prototype; FUNCTION_PROTO = Function.prototype; });
// Where statics stop: Function.prototype and the async / generator function intrinsics (an
// async export must not list AsyncFunction.prototype's members as its own statics).
const FUNCTION_STOPS = [FUNCTION_PROTO, OBJECT_PROTO];
safe(() => { FUNCTION_STOPS.push(Object.getPrototypeOf(async function () {})); });
safe(() => { FUNCTION_STOPS.push(Object.getPrototypeOf(function* () {})); });
safe(() => { FUNCTION_STOPS.push(Object.getPrototypeOf(async function* () {})); });

// Well-known symbols (Symbol.iterator, Symbol.asyncIterator, Symbol.dispose...) become
// `[Symbol.iterator]` member names; other symbol keys are skipped.
const WELL_KNOWN = new Map();
safe(() => {
  for (const k of Object.getOwnPropertyNames(Symbol)) {
    const s = safe(() => Symbol[k]);
    if (typeof s === 'symbol') WELL_KNOWN.set(s, '[Symbol.' + k + ']');
  }
});

function keysOf(obj) {
  const out = [];
  safe(() => { for (const k of Object.getOwnPropertyNames(obj)) out.push(k); });
  safe(() => {
    for (const s of Object.getOwnPropertySymbols(obj)) {
      if (WELL_KNOWN.has(s)) out.push(s);
    }
  });
  return out;
}

function memberName(base, key) {
  return typeof key === 'symbol' ? base + WELL_KNOWN.get(key) : base + '.' + key;
}

function skipKey(key) {
  return typeof key === 'string' && key.charAt(0) === '_' && !UNDERSCORE_OK.has(key);
}

function isClass(fn) {
  const src = safe(() => Function.prototype.toString.call(fn), '');
  if (/^class\b/.test(src)) return true;
  const name = safe(() => fn.name, '');
  if (typeof name !== 'string' || !/^[A-Z]/.test(name)) return false;
  const proto = safe(() => fn.prototype);
  return !!proto && typeof proto === 'object' &&
    (keysOf(proto).some((k) => k !== 'constructor') ||
     safe(() => Object.getPrototypeOf(proto), OBJECT_PROTO) !== OBJECT_PROTO);
}

function kindOf(v) {
  const t = typeof v;
  if (t === 'function') return isClass(v) ? 'class' : 'function';
  if (v === null) return 'object';
  if (t === 'object' || t === 'number' || t === 'string' || t === 'boolean' || t === 'bigint' ||
      t === 'symbol' || t === 'undefined') return t;
  return 'object';   // e.g. document.all-like exotic values
}

function isPlainObject(v) {
  if (v === null || typeof v !== 'object') return false;
  if (safe(() => Array.isArray(v), true)) return false;
  const p = safe(() => Object.getPrototypeOf(v), undefined);
  if (p === OBJECT_PROTO || p === null) return true;
  // ES module namespace objects (engines that hand out `import()` namespaces).
  return safe(() => Object.prototype.toString.call(v), '') === '[object Module]';
}

// Collects { key, desc } for own + inherited properties, stopping before `stop` prototypes.
function chainProps(obj, stops) {
  const seen = new Set();
  const out = [];
  let cur = obj;
  for (let guard = 0; cur && guard < 50; guard++) {
    if (stops.indexOf(cur) >= 0) break;
    for (const k of keysOf(cur)) {
      if (seen.has(k)) continue;
      seen.add(k);
      const desc = safe(() => Object.getOwnPropertyDescriptor(cur, k));
      if (desc) out.push({ key: k, desc, holder: cur });
    }
    cur = safe(() => Object.getPrototypeOf(cur), null);
  }
  return out;
}

// Classes by identity, for `extends` and for stopping inheritance walks: constructor -> name
// and prototype -> name. A module root function (events, stream) is registered under the
// module name only until a named export of it (events.EventEmitter) is seen.
const CLASS_NAMES = new Map();
const PROTO_NAMES = new Map();
const ROOT_REGISTERED = new Set();
// Function expansions wait until every module is loaded, so that a parent class from a later
// module (fs.ReadStream extends stream.Readable) is known when the child is expanded.
const DEFERRED = [];

function registerClass(fn, name, isRoot) {
  if (CLASS_NAMES.has(fn) && !ROOT_REGISTERED.has(fn)) return;
  if (isRoot && CLASS_NAMES.has(fn)) return;
  CLASS_NAMES.set(fn, name);
  if (isRoot) ROOT_REGISTERED.add(fn); else ROOT_REGISTERED.delete(fn);
  const proto = safe(() => fn.prototype);
  if (proto && (typeof proto === 'object' || typeof proto === 'function')) PROTO_NAMES.set(proto, name);
}

// Own members of `obj`, then those of its ancestors up to (not including) the first one that
// is a listed class's prototype/constructor (`named`) or a stop. Returns the props and the name
// of that listed ancestor (the `extends`), if any.
function ownProps(obj, named, stops) {
  const seen = new Set();
  const props = [];
  let parent = null;
  let cur = obj;
  for (let guard = 0; cur && guard < 50; guard++) {
    if (stops.indexOf(cur) >= 0) break;
    if (cur !== obj && named.has(cur)) { parent = named.get(cur); break; }
    for (const k of keysOf(cur)) {
      if (seen.has(k)) continue;
      seen.add(k);
      const desc = safe(() => Object.getOwnPropertyDescriptor(cur, k));
      if (desc) props.push({ key: k, desc });
    }
    cur = safe(() => Object.getPrototypeOf(cur), null);
  }
  return { props, parent };
}

function probeModule(module, root, rootName, apis) {
  const add = (name, kind) => { apis.set(name, { module, name, kind }); };
  const visited = new Set();
  const queue = [];   // breadth-first, so the shortest name of a shared object wins

  // Records `name` (value `v`) and schedules its expansion.
  function visit(name, v, depth) {
    const kind = kindOf(v);
    add(name, kind);
    if (depth > MAX_DEPTH || DATA_OBJECTS.has(name)) return;
    if (kind === 'function' || kind === 'class') {
      if (visited.has(v)) return;
      visited.add(v);
      registerClass(v, name, false);
      DEFERRED.push(() => expandFunction(name, v));
    } else if (kind === 'object' && isPlainObject(v) && depth < MAX_DEPTH) {
      if (visited.has(v)) return;
      visited.add(v);
      queue.push(() => expandObject(name, v, depth, false));
    }
  }

  // Namespace members: own properties (plus inherited ones for module roots such as `process`,
  // an EventEmitter instance). Getters are read, as users read them (`fs.promises`).
  function expandObject(base, obj, depth, withInherited) {
    const props = withInherited ? chainProps(obj, [OBJECT_PROTO]) :
      keysOf(obj).map((k) => ({ key: k, desc: safe(() => Object.getOwnPropertyDescriptor(obj, k)) }));
    for (const p of props) {
      if (!p.desc || skipKey(p.key) || p.key === 'constructor') continue;
      let name = memberName(base, p.key);
      const renamed = depth === 0 && RENAMED_EXPORTS[module] && RENAMED_EXPORTS[module][p.key];
      if (renamed) name = renamed;
      if ('value' in p.desc) {
        visit(name, p.desc.value, depth + 1);
      } else {
        const v = safe(() => obj[p.key], undefined);
        visit(name, v, depth + 1);
      }
    }
  }

  // OWN statics and prototype members only: what a listed parent class has is listed under the
  // parent, and the child records `extends`. Members of an unlisted (internal) ancestor count
  // as the child's own. Accessors are not invoked: they are recorded as "getter".
  function expandFunction(base, fn) {
    const statics = ownProps(fn, CLASS_NAMES, FUNCTION_STOPS);
    for (const p of statics.props) {
      if (SKIP_STATIC.has(p.key) || skipKey(p.key)) continue;
      const name = memberName(base, p.key);
      add(name, 'value' in p.desc ? kindOf(p.desc.value) : 'getter');
    }
    const proto = safe(() => fn.prototype);
    if (!proto || (typeof proto !== 'object' && typeof proto !== 'function')) return;
    const members = ownProps(proto, PROTO_NAMES, [OBJECT_PROTO, FUNCTION_PROTO]);
    for (const p of members.props) {
      if (p.key === 'constructor' || skipKey(p.key)) continue;
      const name = memberName(base + '.prototype', p.key);
      add(name, 'value' in p.desc ? kindOf(p.desc.value) : 'getter');
    }
    const parent = members.parent || statics.parent;
    if (parent && apis.has(base)) apis.get(base).extends = parent;
  }

  if (module === 'globals') {
    visited.add(G);
    for (const g of GLOBALS) {
      const has = safe(() => Object.prototype.hasOwnProperty.call(G, g) || g in G, false);
      if (!has) continue;
      const name = 'globalThis.' + g;
      const v = safe(() => G[g], undefined);
      if (GLOBAL_NOT_EXPANDED.has(g)) { add(name, kindOf(v)); continue; }
      visit(name, v, 1);
    }
  } else {
    const kind = kindOf(root);
    add(rootName, kind);
    if (kind === 'function' || kind === 'class') {
      // Root functions (assert, events, stream, module): own statics only; their prototypes
      // are reached through the named export (events.EventEmitter.prototype.on).
      registerClass(root, rootName, true);
      for (const p of ownProps(root, CLASS_NAMES, FUNCTION_STOPS).props) {
        if (SKIP_STATIC.has(p.key) || skipKey(p.key)) continue;
        const v = 'value' in p.desc ? p.desc.value : safe(() => root[p.key], undefined);
        visit(memberName(rootName, p.key), v, 1);
      }
    } else if (kind === 'object') {
      // The root is deliberately not marked visited: on POSIX `path.posix === path`, and users
      // write `path.posix.join`. Other shared objects keep their shortest (first) name only.
      expandObject(rootName, root, 0, true);
    }
  }
  while (queue.length) queue.shift()();
  return (name, v) => visit(name, v, 1);
}

// Classes that are not exported but are documented and handed out as instances
// (fs.promises.FileHandle, timers.Timeout): recorded under their documented name, from an
// instance the probe makes. `make(mod, tmp)` gets a module loader and a temporary file and returns
// the instance's constructor (or a promise of it); it throws when the engine cannot.
const INSTANCE_CLASSES = [
  { module: 'fs', name: 'fs.promises.FileHandle', make: async (mod, tmp) => {
    const h = await mod('fs').promises.open(tmp, 'r');
    const c = h.constructor;
    await h.close();
    return c;
  } },
  { module: 'fs', name: 'fs.BigIntStats', make: (mod, tmp) => mod('fs').statSync(tmp, { bigint: true }).constructor },
  { module: 'timers', name: 'timers.Timeout', make: (mod) => {
    const t = mod('timers').setTimeout(() => {}, 0);
    mod('timers').clearTimeout(t);
    return t.constructor;
  } },
  { module: 'timers', name: 'timers.Immediate', make: (mod) => {
    const t = mod('timers').setImmediate(() => {});
    mod('timers').clearImmediate(t);
    return t.constructor;
  } },
  { module: 'crypto', name: 'crypto.SecretKeyObject',
    make: (mod) => mod('crypto').createSecretKey(new Uint8Array(16)).constructor },
  { module: 'crypto', name: 'crypto.PublicKeyObject',
    make: (mod) => mod('crypto').generateKeyPairSync('ed25519').publicKey.constructor },
  { module: 'crypto', name: 'crypto.PrivateKeyObject',
    make: (mod) => mod('crypto').generateKeyPairSync('ed25519').privateKey.constructor },
];

async function probeInstanceClasses(load, visitors) {
  const loaded = {};
  for (const m of ['fs', 'os', 'timers', 'crypto']) {
    const r = load ? loadSync(load, m) : await loadAsync(m);
    if (r.ok) loaded[m] = r.value;
  }
  const mod = (m) => { if (!loaded[m]) throw new Error('no ' + m); return loaded[m]; };
  if (!loaded.fs || !loaded.os) return;
  const fs = loaded.fs;
  const tmp = safe(() => loaded.os.tmpdir() + '/node4j-probe-' + G.process.pid + '.tmp');
  if (!tmp || !safe(() => { fs.writeFileSync(tmp, 'probe'); return true; }, false)) return;
  try {
    for (const c of INSTANCE_CLASSES) {
      if (!visitors[c.module]) continue;
      let ctor = null;
      try { ctor = await c.make(mod, tmp); } catch (e) { /* the engine lacks it: not recorded */ }
      if (typeof ctor === 'function' && ctor !== Object) visitors[c.module](c.name, ctor);
    }
  } finally {
    safe(() => fs.unlinkSync(tmp));
  }
}

// ---- module loading: require, then process.getBuiltinModule, then import() ----

function syncLoader() {
  if (typeof require === 'function') return require;   // eslint-disable-line no-undef
  const gbm = safe(() => G.process && G.process.getBuiltinModule);
  if (typeof gbm === 'function') return (id) => gbm.call(G.process, id);
  return null;
}

function loadSync(load, mod) {
  const ids = PREFIX_ONLY.has(mod) ? ['node:' + mod] : [mod, 'node:' + mod];
  for (const id of ids) {
    try {
      const m = load(id);
      if (m !== undefined && m !== null) return { ok: true, value: m };
    } catch (e) { /* try the next spelling */ }
  }
  return { ok: false };
}

async function loadAsync(mod) {
  const ids = PREFIX_ONLY.has(mod) ? ['node:' + mod] : ['node:' + mod, mod];
  for (const id of ids) {
    try {
      const ns = await import(id);
      if (ns) return { ok: true, value: ('default' in ns && ns.default !== undefined) ? ns.default : ns };
    } catch (e) { /* try the next spelling */ }
  }
  return { ok: false };
}

function detectEngine() {
  if (safe(() => typeof G.Bun !== 'undefined', false)) return 'bun';
  if (safe(() => typeof G.Deno !== 'undefined', false)) return 'deno';
  if (safe(() => typeof G.Polyglot !== 'undefined' || typeof G.Graal !== 'undefined', false)) return 'node4j';
  if (safe(() => /llrt/i.test(String(G.process.release.name)), false)) return 'llrt';
  return 'node';
}

function detectVersion() {
  return safe(() => {
    if (typeof G.Bun !== 'undefined') return String(G.Bun.version);
    if (typeof G.Deno !== 'undefined') return String(G.Deno.version.deno);
    return String(G.process.version);
  }, 'unknown');
}

function args() {
  const a = safe(() => G.Deno.args.slice(), null) || safe(() => G.process.argv.slice(2), null) ||
    safe(() => G.scriptArgs.slice(1), []);
  let engine = null;
  let out = null;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--engine') engine = a[++i];
    else if (a[i].startsWith('--engine=')) engine = a[i].slice(9);
    else out = a[i];
  }
  return { engine: engine || detectEngine(), out };
}

function render(doc) {
  const lines = [];
  lines.push('{');
  lines.push('  "format": ' + JSON.stringify(doc.format) + ',');
  lines.push('  "engine": ' + JSON.stringify(doc.engine) + ',');
  lines.push('  "version": ' + JSON.stringify(doc.version) + ',');
  lines.push('  "date": ' + JSON.stringify(doc.date) + ',');
  lines.push('  "apis": [');
  doc.apis.forEach((a, i) => {
    lines.push('    {"module":' + JSON.stringify(a.module) + ',"name":' + JSON.stringify(a.name) +
      ',"kind":' + JSON.stringify(a.kind) + (a.extends ? ',"extends":' + JSON.stringify(a.extends) : '') +
      '}' + (i < doc.apis.length - 1 ? ',' : ''));
  });
  lines.push('  ]');
  lines.push('}');
  return lines.join('\n') + '\n';
}

async function main() {
  const opts = args();
  const apis = new Map();
  const load = syncLoader();
  const visitors = {};
  for (const mod of MODULES) {
    let r = load ? loadSync(load, mod) : { ok: false };
    if (!r.ok) r = await loadAsync(mod);
    if (!r.ok) continue;
    const rootName = (ROOT_NAMES[mod]) || mod;
    try {
      visitors[mod] = probeModule(mod, r.value, rootName, apis);
    } catch (e) {
      // Keep what was collected; a broken module must not abort the whole probe.
    }
  }
  probeModule('globals', null, 'globalThis', apis);
  await probeInstanceClasses(load, visitors);
  // Functions are expanded last, once every listed class is known (see registerClass).
  while (DEFERRED.length) {
    try { DEFERRED.shift()(); } catch (e) { /* keep the rest */ }
  }

  const list = Array.from(apis.values());
  list.sort((x, y) => (x.module < y.module ? -1 : x.module > y.module ? 1 :
    x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const doc = {
    format: 'node4j-api-surface/1',
    engine: opts.engine,
    version: detectVersion(),
    date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    apis: list,
  };
  const text = render(doc);
  if (opts.out) {
    const fs = load ? loadSync(load, 'fs') : await loadAsync('fs');
    fs.value.writeFileSync(opts.out, text);
  } else if (safe(() => typeof G.process.stdout.write === 'function', false)) {
    G.process.stdout.write(text);
  } else {
    console.log(text);
  }
  // Accessing some getters (process.stdin...) may open handles: leave explicitly.
  safe(() => setTimeout(() => safe(() => G.process.exit(0)), 0));
}

main().catch((e) => {
  safe(() => console.error('probe failed: ' + (e && e.stack || e)));
  safe(() => G.process.exit(2));
});
