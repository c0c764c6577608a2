'use strict';
// util.format / util.formatWithOptions: printf-like %s %d %i %f %j %o %O %c %%, then the
// remaining arguments inspected and joined with spaces.
const { validateObject } = require('internal/validators');

// inspect loads on first need: format('text') and console.log('text') never need it. The modules
// are kept once loaded: a require per formatted value costs a module-cache look-up each time.
let inspectModule;
let textModule;
const inspect = (v, opts) => (inspectModule ??= require('internal/util/inspect')).inspect(v, opts);
const text = () => (textModule ??= require('internal/util/inspect_text'));
const core = require('internal/core');
// util.inspect.defaultOptions.numericSeparator, when the call gives none (false until util is loaded).
// The module is kept once found loaded: a cache look-up per %d cost ~40 ns.
const defaultSeparator = (sep) => {
  if (sep !== undefined) return sep;
  const loaded = (inspectModule ??= core.loadedBuiltin('internal/util/inspect'));
  return loaded !== undefined && Boolean(loaded.defaultOptions.numericSeparator);
};
// Without separators a number prints as String(n) ('-0' for -0) without the text module.
const formatNumber = (fn, n, sep) => {
  if (!defaultSeparator(sep)) return n === 0 && 1 / n < 0 ? '-0' : `${n}`;
  return text().formatNumber(fn, n, true);
};
const formatBigInt = (fn, n, sep) => text().formatBigInt(fn, n, defaultSeparator(sep));
const stylizeNoColor = (s) => s;

/** True unless the object (or a class of its chain that is not a JS builtin) defines toString. */
function hasBuiltInToString(value) {
  let proto = value;
  try {
    if (typeof value.toString !== 'function') return true;
    if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
    do { proto = Object.getPrototypeOf(proto); } while (proto !== null && !Object.prototype.hasOwnProperty.call(proto, 'toString'));
  } catch {
    return true;
  }
  if (proto === null) return true;
  const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
  return d !== undefined && typeof d.value === 'function' && core.builtInObjects.has(d.value.name) &&
    globalThis[d.value.name] === d.value;
}

function tryStringify(v) {
  try {
    return JSON.stringify(v);
  } catch (err) {
    if (err instanceof TypeError && /circular|cyclic/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  // %d %i %s group digits as inspect does: the call's option, else util.inspect.defaultOptions.
  const sep = inspectOptions !== undefined && inspectOptions.numericSeparator !== undefined
    ? Boolean(inspectOptions.numericSeparator) : undefined;
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    let piece;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue;   // '%'
      const next = first.charCodeAt(++i);   // by code: no one-character string per directive
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: {   // s
            const arg = args[++a];
            if (typeof arg === 'number') piece = formatNumber(stylizeNoColor, arg, sep);
            else if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, sep);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) piece = String(arg);
            else piece = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: piece = tryStringify(args[++a]); break;   // j
          case 100: {   // d
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, sep);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number(arg), sep);
            break;
          }
          case 79: piece = inspect(args[++a], inspectOptions); break;   // O
          case 111: piece = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 }); break;   // o
          case 105: {   // i
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, sep);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number.parseInt(arg), sep);
            break;
          }
          case 102: {   // f
            const arg = args[++a];
            piece = typeof arg === 'symbol' ? 'NaN' : formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
            break;
          }
          case 99: a += 1; piece = ''; break;   // c
          case 37: str += first.slice(lastPos, i); lastPos = i + 1; continue;   // %%
          default: continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += piece;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', 2);
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = { format, formatWithOptions, formatWithOptionsInternal };
