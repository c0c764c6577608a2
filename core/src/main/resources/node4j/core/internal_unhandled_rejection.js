'use strict';
// What Node raises when a promise rejected with something that is not an error has no handler:
// an UnhandledPromiseRejection naming the reason the way V8 prints a value without running any
// of its code (no toString call, no getters).

/** A data property found along the prototype chain without calling getters, or undefined. */
function dataProperty(obj, key) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

const builtinTags = new Map([[Array, 'Array'], [Date, 'Date'], [RegExp, 'RegExp'], [Error, 'Error'],
  [Boolean, 'Boolean'], [Number, 'Number'], [String, 'String']]);

/** The class name V8 keeps for builtin objects ("Object" for plain ones). */
function builtinTag(obj) {
  if (Array.isArray(obj)) return 'Array';
  for (const [ctor, tag] of builtinTags) {
    if (obj instanceof ctor) return tag;
  }
  return typeof obj === 'function' ? 'Function' : 'Object';
}

function errorToString(obj) {
  let name = dataProperty(obj, 'name');
  let message = dataProperty(obj, 'message');
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  return message === '' ? name : `${name}: ${message}`;
}

/** V8's side-effect-free rendering of a value ("#<Foo>", "[object Array]", "Symbol(s)"). */
function noSideEffectsToString(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (value === null || typeof value !== 'object') return String(value);
  const toString = dataProperty(value, 'toString');
  if (value instanceof Error || toString === Error.prototype.toString) return errorToString(value);
  if (toString === Object.prototype.toString) {
    const ctor = dataProperty(value, 'constructor');
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') return `#<${ctor.name}>`;
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : builtinTag(value)}]`;
}

class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.name = 'UnhandledPromiseRejection';
  }
}

// Node prints its own throw site above this error (the line of Node 25.8.1's lib that raises it).
const header = 'node:internal/process/promises:330\n      new UnhandledPromiseRejection(reason);\n      ^\n';

module.exports = { UnhandledPromiseRejection, noSideEffectsToString, header };
