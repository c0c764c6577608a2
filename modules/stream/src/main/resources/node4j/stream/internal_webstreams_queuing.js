'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS } } = require('internal/errors');

const kHwm = Symbol('kHighWaterMark');

function readInit(init) {
  if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new ERR_MISSING_ARGS('init.highWaterMark');
  return Number(init.highWaterMark);
}

const byteLengthSize = function size(chunk) { return chunk.byteLength; };
const countSize = function size() { return 1; };

class ByteLengthQueuingStrategy {
  constructor(init) { this[kHwm] = readInit(init); }
  get highWaterMark() {
    if (!this || this[kHwm] === undefined) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kHwm];
  }
  get size() {
    if (!this || this[kHwm] === undefined) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }
}
Object.defineProperty(ByteLengthQueuingStrategy.prototype, Symbol.toStringTag, {
  value: 'ByteLengthQueuingStrategy', configurable: true,
});

class CountQueuingStrategy {
  constructor(init) { this[kHwm] = readInit(init); }
  get highWaterMark() {
    if (!this || this[kHwm] === undefined) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kHwm];
  }
  get size() {
    if (!this || this[kHwm] === undefined) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }
}
Object.defineProperty(CountQueuingStrategy.prototype, Symbol.toStringTag, {
  value: 'CountQueuingStrategy', configurable: true,
});

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
