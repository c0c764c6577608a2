'use strict';
// How AssertionError prints values: util.inspect with {compact: false, sorted: true, depth: 1000,
// customInspect: false, getters: true}. Uses util when it is available; otherwise this module's own
// printer, which gives the same layout for the values assertions usually print.

const { inspectValue: inspectPrimitive } = require('internal/errors');
const { types } = require('internal/comparisons');

const kOptions = {
  compact: false,
  customInspect: false,
  depth: 1000,
  maxArrayLength: Infinity,
  showHidden: false,
  showProxy: false,
  sorted: true,
  getters: true,
};

let util;   // undefined: not tried yet; null: unavailable
function utilInspect() {
  if (util === undefined) {
    try {
      util = require('util');
      if (typeof util.inspect !== 'function') util = null;
    } catch {
      util = null;
    }
  }
  return util && util.inspect;
}

function inspectValue(v) {
  const inspect = utilInspect();
  if (inspect) return inspect(v, kOptions);
  return fallbackInspect(v);
}

const identifier = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatKey(k) {
  if (typeof k === 'symbol') return `[${k.toString()}]`;
  return identifier.test(k) ? k : inspectPrimitive(k);
}

function constructorName(o) {
  let proto = Object.getPrototypeOf(o);
  if (proto === null) return null;
  while (proto !== null) {
    const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (d && typeof d.value === 'function' && d.value.name) return d.value.name;
    proto = Object.getPrototypeOf(proto);
  }
  return '';
}

function fallbackInspect(value) {
  const seen = [];
  const circular = new Map();
  const out = format(value, 0);
  if (circular.size > 0 && circular.has(value)) return `<ref *${circular.get(value)}> ${out}`;
  return out;

  function format(v, indent) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return inspectPrimitive(v);
    if (seen.includes(v)) {
      if (!circular.has(v)) circular.set(v, circular.size + 1);
      return `[Circular *${circular.get(v)}]`;
    }
    seen.push(v);
    try {
      return formatObject(v, indent);
    } finally {
      seen.pop();
    }
  }

  function block(open, close, entries, indent) {
    if (entries.length === 0) return `${open}${close}`;
    const pad = ' '.repeat(indent + 2);
    return `${open}\n${pad}${entries.join(`,\n${pad}`)}\n${' '.repeat(indent)}${close}`;
  }

  function props(o, indent, skipIndices) {
    const keys = Object.keys(o).filter((k) => !(skipIndices && /^(0|[1-9][0-9]*)$/.test(k)));
    keys.sort();
    const syms = Object.getOwnPropertySymbols(o).filter((s) => Object.prototype.propertyIsEnumerable.call(o, s));
    return keys.concat(syms).map((k) => {
      const d = Object.getOwnPropertyDescriptor(o, k);
      let val;
      if (d.get || d.set) val = d.get ? (d.set ? '[Getter/Setter]' : '[Getter]') : '[Setter]';
      else val = format(d.value, indent + 2);
      return `${formatKey(k)}: ${val}`;
    });
  }

  function prefix(o, kind, size) {
    const name = constructorName(o);
    if (name === null) return `[${kind}(${size}): null prototype] `;
    return name === kind ? `${kind}(${size}) ` : `${name}(${size}) [${kind}] `;
  }

  function formatObject(o, indent) {
    if (typeof o === 'function') {
      const base = o.name ? `[Function: ${o.name}]` : '[Function (anonymous)]';
      const extra = props(o, indent);
      return extra.length ? block(`${base} {`, '}', extra, indent) : base;
    }
    if (Array.isArray(o)) {
      const entries = [];
      let holes = 0;
      const flush = () => {
        if (holes) entries.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
        holes = 0;
      };
      for (let i = 0; i < o.length; i++) {
        if (!Object.prototype.hasOwnProperty.call(o, i)) { holes++; continue; }
        flush();
        entries.push(format(o[i], indent + 2));
      }
      flush();
      const name = constructorName(o);
      const head = name === 'Array' ? '' : name === null ? `[Array(${o.length}): null prototype] ` : `${name}(${o.length}) `;
      return block(`${head}[`, ']', entries.concat(props(o, indent, true)), indent);
    }
    if (types.isTypedArray(o)) {
      const tag = Object.prototype.toString.call(o).slice(8, -1);
      const entries = Array.from(o, (x) => inspectPrimitive(x));
      return block(`${tag}(${o.length}) [`, ']', entries.concat(props(o, indent, true)), indent);
    }
    if (types.isMap(o)) {
      const entries = [];
      for (const [k, v] of o) entries.push(`${format(k, indent + 2)} => ${format(v, indent + 2)}`);
      entries.sort();
      return block(`${prefix(o, 'Map', o.size)}{`, '}', entries.concat(props(o, indent)), indent);
    }
    if (types.isSet(o)) {
      const entries = [];
      for (const v of o) entries.push(format(v, indent + 2));
      entries.sort();
      return block(`${prefix(o, 'Set', o.size)}{`, '}', entries.concat(props(o, indent)), indent);
    }
    if (types.isDate(o)) {
      const t = Date.prototype.getTime.call(o);
      return Number.isNaN(t) ? 'Invalid Date' : Date.prototype.toISOString.call(o);
    }
    if (types.isRegExp(o)) return RegExp.prototype.toString.call(o);
    if (types.isError(o)) {
      const own = Object.prototype.hasOwnProperty.call(o, 'stack') && typeof o.stack === 'string' && o.stack;
      const stack = own || Error.prototype.toString.call(o);
      const extra = props(o, indent).filter((e) => !/^(stack|message): /.test(e));
      if (extra.length) return block(`${stack} {`, '}', extra, indent);
      return stack.includes('\n') ? stack : `[${stack}]`;
    }
    if (types.isBoxedPrimitive(o)) {
      const prim = o.valueOf();
      const name = typeof prim === 'bigint' ? 'BigInt' : typeof prim === 'symbol' ? 'Symbol'
        : typeof prim === 'string' ? 'String' : typeof prim === 'number' ? 'Number' : 'Boolean';
      return `[${name}: ${inspectPrimitive(prim)}]`;
    }
    if (types.isWeakMap(o)) return 'WeakMap { <items unknown> }';
    if (types.isWeakSet(o)) return 'WeakSet { <items unknown> }';
    if (types.isAnyArrayBuffer(o)) {
      const bytes = Array.from(new Uint8Array(o), (b) => b.toString(16).padStart(2, '0'));
      return block(`${constructorName(o)} {`, '}', [`[Uint8Contents]: <${bytes.join(' ')}>`, `byteLength: ${o.byteLength}`], indent);
    }
    const tag = Object.prototype.toString.call(o).slice(8, -1);
    const name = constructorName(o);
    let head;
    if (tag === 'Arguments') head = '[Arguments] ';
    else if (name === null) head = '[Object: null prototype] ';
    else if (name === 'Object') head = tag !== 'Object' ? `Object [${tag}] ` : '';
    else head = tag !== 'Object' && tag !== name ? `${name} [${tag}] ` : `${name} `;
    if (tag === 'Arguments') {
      return block(`${head}[`, ']', Array.from(o, (x) => format(x, indent + 2)), indent);
    }
    return block(`${head}{`, '}', props(o, indent), indent);
  }
}

module.exports = { inspectValue, fallbackInspect };
