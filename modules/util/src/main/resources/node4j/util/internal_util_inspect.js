'use strict';
// util.inspect: walks a value and prints it the way Node does (what console.log shows).
// Leaves (strings, numbers, colors) live in inspect_text, line layout in inspect_layout.
const text = require('internal/util/inspect_text');
const layout = require('internal/util/inspect_layout');
const { types, typedArrayName, promiseState, promiseResult, kUnknown } = require('internal/util/types');
const { validateObject } = require('internal/validators');
const { formatPrimitive, formatNumber, formatBigInt, stylizeNoColor, stylizeWithColor, escapeControls, strEscape } = text;
const { kObjectType, kArrayExtrasType, reduceToSingleString } = layout;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// A URL exists only once the url module is loaded: ask it then.
function isURLObject(value) {
  const url = require('internal/core').loadedBuiltin('internal/url');
  return url !== undefined && url.isURL(value);
}

// Sealed, as Node's: util.inspect.defaultOptions can change values, never add or delete keys.
const defaultOptions = Object.seal({
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
  maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false,
  getters: false, numericSeparator: false,
});

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
// /^[a-zA-Z_][a-zA-Z_0-9]*$/ by character codes (a regular expression per key is slow in GraalJS).
const keyIdentifier = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
function isIdentifierKey(key) {
  if (typeof key !== 'string') return keyIdentifier.test(key);
  const n = key.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (i !== 0 && c >= 48 && c <= 57))) return false;
  }
  return true;
}
// "class A", "class extends B", "class {": a class (not a method named classic() {})
const classSource = /^class(?:\s*\{|\s+[^(\s])/;

/** A new inspection state with the current default options (a literal: a spread costs ~1 us in GraalJS). */
function newContext() {
  const d = defaultOptions;
  return {
    budget: {}, indentationLvl: 0, seen: [], currentDepth: 0, stylize: stylizeNoColor,
    showHidden: d.showHidden, depth: d.depth, colors: d.colors, customInspect: d.customInspect,
    showProxy: d.showProxy, maxArrayLength: d.maxArrayLength, maxStringLength: d.maxStringLength,
    breakLength: d.breakLength, compact: d.compact, sorted: d.sorted, getters: d.getters,
    numericSeparator: d.numericSeparator,
  };
}

function inspect(value, opts) {
  const ctx = newContext();
  if (arguments.length > 1) {
    if (arguments.length > 2) {   // legacy (value, showHidden, depth, colors)
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(defaultOptions, key) || key === 'stylize') ctx[key] = opts[key];
        else if (ctx.userOptions === undefined) ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

function userOptions(ctx) {
  const ret = { stylize: ctx.stylize };
  for (const key of Object.keys(defaultOptions)) ret[key] = ctx[key];
  return ctx.userOptions === undefined ? ret : { ...ret, ...ctx.userOptions };
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx.stylize, value, ctx);
  if (value === null) return ctx.stylize('null', 'null');
  const context = value;
  if (ctx.customInspect) {
    let custom;
    try { custom = value[customInspectSymbol]; } catch { custom = undefined; }
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = Reflect.apply(custom, context, [depth, userOptions(ctx), inspect]);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map([[value, index]]);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

/**
 * The name of the first constructor up the prototype chain, or null for null-prototype objects.
 * With `protoProps` (showHidden), the non-method properties of user-defined prototypes are
 * formatted into it, as Node does.
 */
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let o = obj;
  let firstProto;
  while (o !== null && o !== undefined) {
    const d = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '' && isInstanceof(obj, d.value)) {
      if (protoProps !== undefined && (firstProto !== o || !builtInObjects.has(d.value.name))) {
        addPrototypeProperties(ctx, obj, firstProto || obj, recurseTimes, protoProps);
      }
      return String(d.value.name);
    }
    o = Object.getPrototypeOf(o);
    if (firstProto === undefined) firstProto = o;
  }
  if (Object.getPrototypeOf(obj) === null) return null;
  return `${Object.prototype.toString.call(obj).slice(8, -1)} <Complex prototype>`;
}

// Constructors of the language (Object, Map, ...): their prototypes' members are never listed.
const { builtInObjects } = require('internal/core');

/** Up to three prototype levels of `main`, stopping at a built-in one; getters run on `main`. */
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  const above = new Set();
  let keys = [];
  for (let depth = 0; depth < 3; depth++) {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const d = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (d !== undefined && typeof d.value === 'function' && builtInObjects.has(d.value.name)) return;
    }
    for (const k of keys) above.add(k);
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && above.has(key))) continue;
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const str = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${str}\u001b[22m` : str);
    }
    ctx.seen.pop();
  }
}

function isInstanceof(obj, ctor) {
  try { return obj instanceof ctor; } catch { return false; }
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try { keys = Object.keys(value); } catch { keys = Object.getOwnPropertyNames(value); }
    for (const s of symbols) if (isEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

// A canonical array index ('0', '17'; below 2 ** 32 - 1), by character codes.
function isIndex(k) {
  if (typeof k !== 'string') return false;
  const n = k.length;
  if (n === 0 || n > 10) return false;
  if (k.charCodeAt(0) === 48) return n === 1;   // no leading zeros
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n < 10 || Number(k) < 4294967295;
}

function getNonIndexKeys(value, showHidden) {
  const all = Reflect.ownKeys(value);
  const keys = [];
  for (let i = 0; i < all.length; i++) {
    const k = all[i];
    if (!isIndex(k) && (showHidden || isEnumerable(value, k))) keys.push(k);
  }
  return keys;
}

function isError(v) {
  return types.isNativeError(v) || isInstanceof(v, Error);
}

// What formatRaw lists before an object's keys, as a kind: closures over formatRaw's variables
// would keep its frame on the heap in GraalJS.
const kNoEntries = 0, kArray = 1, kSet = 2, kMap = 3, kTypedArray = 4, kIterator = 5, kArrayBuffer = 6,
  kPromise = 7, kWeak = 8;
function formatEntries(entries, ctx, value, size, recurseTimes) {
  switch (entries) {
    case kArray: return formatArray(ctx, value, recurseTimes);
    case kSet: return formatCollection(ctx, Set.prototype.values.call(value), size, recurseTimes, false);
    case kMap: return formatCollection(ctx, Map.prototype.entries.call(value), size, recurseTimes, true);
    case kTypedArray: return formatTypedArray(ctx, value, size, recurseTimes);
    case kIterator: return formatIterator(ctx, value, recurseTimes);
    case kArrayBuffer: return formatArrayBuffer(ctx, value);
    case kPromise: return formatPromise(ctx, value, recurseTimes);
    case kWeak: return [ctx.stylize('<items unknown>', 'special')];
    default: return [];
  }
}

// Early returns for empty objects only when no prototype property is to be shown either.
function noKeys(keys, protoProps) {
  return keys.length === 0 && protoProps === undefined;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  let tag = value[Symbol.toStringTag];
  // Print the tag only when it is not already printed as an own enumerable property.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }
  let base = '';
  let entries = kNoEntries;   // what is listed before the keys
  let size = 0;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    let taName;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && noKeys(keys, protoProps)) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      entries = kArray;
    } else if (types.isSet(value)) {
      size = Reflect.apply(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get, value, []);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      entries = kSet;
      if (size === 0 && noKeys(keys, protoProps)) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isMap(value)) {
      size = Reflect.apply(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get, value, []);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      entries = kMap;
      if (size === 0 && noKeys(keys, protoProps)) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if ((taName = typedArrayName(value)) !== undefined) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      size = value.length;
      const prefix = getPrefix(constructor, tag, taName, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && noKeys(keys, protoProps) && !ctx.showHidden) return `${braces[0]}]`;
      entries = kTypedArray;
      extrasType = kArrayExtrasType;
    } else if (types.isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = [`[${tag || 'Map Iterator'}] {`, '}'];
      entries = kIterator;
    } else if (types.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = [`[${tag || 'Set Iterator'}] {`, '}'];
      entries = kIterator;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (noKeys(keys, protoProps)) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (types.isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (noKeys(keys, protoProps)) return `${braces[0]}}`;
    } else if (types.isRegExp(value)) {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (noKeys(keys, protoProps) || (recurseTimes > ctx.depth && ctx.depth !== null)) return ctx.stylize(base, 'regexp');
    } else if (types.isDate(value)) {
      base = Number.isNaN(Date.prototype.getTime.call(value)) ? Date.prototype.toString.call(value)
        : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (noKeys(keys, protoProps)) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (noKeys(keys, protoProps)) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      const prefix = getPrefix(constructor, tag, types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray === undefined) {
        entries = kArrayBuffer;
      } else if (noKeys(keys, protoProps)) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (types.isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (promiseState(value) !== undefined) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      entries = kPromise;
    } else if (types.isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      entries = kWeak;
    } else if (types.isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      entries = kWeak;
    } else if (types.isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    } else if (types.isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (noKeys(keys, protoProps)) return base;
    } else if (isURLObject(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;   // also without customInspect, as Node shows URLs
      if (noKeys(keys, protoProps)) return base;
    } else {
      if (noKeys(keys, protoProps)) return `${getPrefix(constructor, tag, 'Object')}{}`;
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatEntries(entries, ctx, value, size, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!(err instanceof RangeError) || !/call stack|too much recursion/i.test(String(err.message))) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return ctx.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();
  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const tail = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }
  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = budget;
  if (budget > 2 ** 27) ctx.depth = -1;   // stop descending into huge outputs
  return res;
}

function getFunctionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (classSource.test(source) && source.endsWith('}')) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${typeof value.name === 'string' ? value.name : formatValue({ ...defaultOptions, stylize: stylizeNoColor, seen: [], indentationLvl: 0, budget: {} }, value.name, 0)}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (types.isNumberObject(value)) { type = 'Number'; primitive = Number.prototype.valueOf.call(value); }
  else if (types.isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    keys.splice(0, primitive.length);   // the index keys only repeat the string
  } else if (types.isBooleanObject(value)) { type = 'Boolean'; primitive = Boolean.prototype.valueOf.call(value); }
  else if (types.isBigIntObject(value)) { type = 'BigInt'; primitive = BigInt.prototype.valueOf.call(value); }
  else { type = 'Symbol'; primitive = Symbol.prototype.valueOf.call(value); }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, { ...ctx, compact: true })}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

const { formatError } = require("internal/util/inspect_error")(formatValue);

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  let i = 0;
  // Holes are printed as one "<N empty items>" entry per run; each entry counts toward the limit.
  while (i < length && output.length < limit) {
    if (!hasOwn(value, i)) {
      let j = i;
      while (j < length && !hasOwn(value, j)) j++;
      const n = j - i;
      output.push(ctx.stylize(`<${n} empty item${n > 1 ? 's' : ''}>`, 'undefined'));
      i = j;
      continue;
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayExtrasType));
    i++;
  }
  const remaining = length - i;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatTypedArray(ctx, value, length, recurseTimes) {
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - limit;
  const output = new Array(limit);
  const fmt = length > 0 && typeof value[0] === 'bigint' ? formatBigInt : formatNumber;
  for (let i = 0; i < limit; i++) output[i] = fmt(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[limit] = `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try { bytes = new Uint8Array(value); } catch { return [ctx.stylize('(detached)', 'special')]; }
  const n = Math.min(ctx.maxArrayLength, bytes.length);
  let hex = '';
  for (let i = 0; i < n; i++) hex += (i === 0 ? '' : ' ') + (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function formatCollection(ctx, iterator, size, recurseTimes, isMap) {
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of iterator) {
    if (i >= limit) break;
    output.push(isMap ? `${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`
      : formatValue(ctx, entry, recurseTimes));
    i++;
  }
  const remaining = size - limit;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  ctx.indentationLvl -= 2;
  return output;
}

function formatIterator(ctx, value, recurseTimes) {
  // Reading an iterator consumes it, so Node previews a copy; GraalJS cannot copy one.
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  const state = promiseState(value);
  if (state === 'pending') return [ctx.stylize('<pending>', 'special')];
  const result = promiseResult(value);
  ctx.indentationLvl += 2;
  const str = result === kUnknown ? ctx.stylize('<unknown>', 'special') : formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, receiver = value) {
  let str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: false };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < (ctx.colors ? text.removeColors(str) : str).length) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true || (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = Reflect.apply(desc.get, receiver, []);
        ctx.indentationLvl += 2;
        if (tmp === null) str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        else if (typeof tmp === 'object') str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, tmp, recurseTimes)}`;
        else str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, tmp, ctx)}${s(']', 'special')}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, 'special')} <Inspection threw (${err.message})>${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayExtrasType && typeof key === 'number') return str;
  let name;
  if (typeof key === 'symbol') {
    name = ctx.stylize(escapeControls(key.toString()), 'symbol');
    if (desc.enumerable === false) name = `[${name}]`;
  }
  else if (key === '__proto__') name = "['__proto__']";
  else if (desc.enumerable === false) name = `[${escapeControls(key)}]`;
  else if (isIdentifierKey(key)) name = ctx.stylize(key, 'name');
  else name = ctx.stylize(strEscape(key), 'string');
  return `${name}:${extra}${str}`;
}

Object.defineProperty(inspect, 'custom', { __proto__: null, value: customInspectSymbol, enumerable: false, writable: false, configurable: false });
Object.defineProperty(inspect, 'defaultOptions', { __proto__: null,
  get() { return defaultOptions; },
  set(options) {
    validateObject(options, 'options');
    return Object.assign(defaultOptions, options);
  },
  enumerable: false, configurable: true,
});
inspect.colors = text.colors;
inspect.styles = text.styles;

module.exports = { inspect, formatValue, customInspectSymbol, defaultOptions, getConstructorName };
