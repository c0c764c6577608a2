'use strict';
// Readable.prototype.map/filter/flatMap/take/drop/... (the iterator-helper style operators):
// the stream-returning ones wrap an async generator with Readable.from, the others are
// async functions that consume the stream.
const {
  AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { decorate } = require('internal/errors');
const { validateFunction, validateObject, validateInteger, validateAbortSignal } = require('internal/validators');

const kSkip = Symbol('kSkip');
const kEof = Symbol('kEof');

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function linkSignal(outer) {
  const ac = new AbortController();
  if (outer) {
    if (outer.aborted) ac.abort(outer.reason);
    else outer.addEventListener('abort', () => ac.abort(outer.reason), { once: true });
  }
  return ac;
}

function throwIfAborted(signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  checkOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  const slots = highWaterMark + concurrency;
  const stream = this;
  const outer = options && options.signal;

  return (async function* mapped() {
    const ac = linkSignal(outer);
    const signal = ac.signal;
    const queue = [];        // promises of results, in input order; kEof ends
    let running = 0;         // fn calls not settled yet
    let inUse = 0;           // results produced and not yet handed over
    let stopped = false;
    let wakeConsumer = null;
    let wakePump = null;
    const poke = (which) => {
      const w = which === 'consumer' ? wakeConsumer : wakePump;
      if (which === 'consumer') wakeConsumer = null; else wakePump = null;
      if (w) w();
    };

    async function pump() {
      try {
        for await (const val of stream) {
          if (stopped) return;
          throwIfAborted(signal);
          let result;
          try {
            result = Promise.resolve(fn(val, { signal }));
          } catch (err) {
            result = Promise.reject(err);
          }
          running++;
          result.then(() => { running--; poke('pump'); }, () => { running--; poke('pump'); });
          result.catch(() => {});   // rejections surface when the consumer reaches them
          queue.push(result);
          inUse++;
          poke('consumer');
          while (!stopped && (running >= concurrency || inUse >= slots)) {
            await new Promise((resolve) => { wakePump = resolve; });
          }
          if (stopped) return;
        }
        queue.push(kEof);
      } catch (err) {
        const failed = Promise.reject(err);
        failed.catch(() => {});
        queue.push(failed);
      } finally {
        poke('consumer');
      }
    }
    pump();

    try {
      while (true) {
        while (queue.length === 0) await new Promise((resolve) => { wakeConsumer = resolve; });
        const head = queue[0];
        if (head === kEof) return;
        const val = await head;
        queue.shift();
        if (val === kSkip) { inUse--; poke('pump'); continue; }
        throwIfAborted(signal);
        yield val;
        inUse--;
        poke('pump');
      }
    } finally {
      stopped = true;
      ac.abort();
      poke('pump');
    }
  })();
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    return (await fn(value, opts)) ? value : kSkip;
  }
  return map.call(this, filterFn, options);
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flattened() {
    for await (const val of values) yield* val;
  })();
}

function toIntegerOrInfinity(num) {
  num = Number(num);
  if (Number.isNaN(num)) return 0;
  if (num < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', num);
  return num;
}

function take(number, options) {
  checkOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* taken() {
    throwIfAborted(options && options.signal);
    if (number <= 0) return;
    for await (const val of stream) {
      throwIfAborted(options && options.signal);
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  })();
}

function drop(number, options) {
  checkOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* dropped() {
    throwIfAborted(options && options.signal);
    for await (const val of stream) {
      throwIfAborted(options && options.signal);
      if (number-- <= 0) yield val;
    }
  })();
}

async function some(fn, options) {
  validateFunction(fn, 'fn');
  for await (const unused of filter.call(this, fn, options)) { void unused; return true; }
  return false;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  validateFunction(fn, 'fn');
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kSkip;
  }
  for await (const unused of map.call(this, forEachFn, options)) void unused;
}

async function toArray(options) {
  checkOptions(options);
  const result = [];
  for await (const val of this) {
    throwIfAborted(options && options.signal);
    result.push(val);
  }
  return result;
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  checkOptions(options);
  let hasInitialValue = arguments.length > 1;
  const outer = options && options.signal;
  if (outer && outer.aborted) {
    const err = new AbortError(undefined, { cause: outer.reason });
    this.once('error', () => {});
    await require('internal/streams/end_of_stream').finished(this.destroy(err));
    throw err;
  }
  const ac = linkSignal(outer);
  const signal = ac.signal;
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      throwIfAborted(outer);
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) {
      throw decorate(new TypeError('Reduce of an empty stream requires an initial value'), 'ERR_MISSING_ARGS');
    }
  } finally {
    ac.abort();
  }
  return initialValue;
}

// asIndexedPairs was removed in Node 22.
const streamReturning = { map, filter, flatMap, take, drop };
const promiseReturning = { some, every, find, forEach, toArray, reduce };

// Node's declared arity of each operator (its `options` parameter has a default in some).
const arity = {
  map: 2, filter: 2, flatMap: 2, drop: 1, take: 1, forEach: 2, toArray: 1,
  some: 1, every: 1, find: 2, reduce: 3,
};
function setArity(method, name) {
  if (arity[name] !== undefined) Object.defineProperty(method, 'length', { value: arity[name] });
}

// readable.compose(stream): this stream piped into `stream`, returned as one Duplex
// (not wrapped by Readable.from like the other stream-returning operators).
function compose(stream, options) {
  if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
  checkOptions(options);
  const u = require('internal/streams/utils');
  if (u.isNodeStream(stream) && !u.isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/compose').compose(this, stream);
  if (options && options.signal) {
    require('internal/streams/add_abort_signal').addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

function install(Readable) {
  Object.defineProperty(Readable.prototype, 'compose', { value: compose, writable: true, configurable: true, enumerable: false });
  for (const [name, op] of Object.entries(streamReturning)) {
    const method = {
      [name](...args) {
        if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
        return Readable.from(op.apply(this, args));
      },
    }[name];
    setArity(method, name);
    Object.defineProperty(Readable.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  }
  for (const [name, op] of Object.entries(promiseReturning)) {
    const method = {
      [name](...args) {
        if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
        return op.apply(this, args);
      },
    }[name];
    setArity(method, name);
    Object.defineProperty(Readable.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  }
}

module.exports = { install, streamReturning, promiseReturning };
void ERR_INVALID_ARG_TYPE;
