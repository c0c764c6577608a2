'use strict';
// node:test mocking: MockTracker (the `mock` export and t.mock) with fn, method, getter, setter,
// reset and restoreAll. mock.timers is absent: faking the loop's clock is not implemented.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateObject, validateInteger } = require('internal/validators');

function nop() {}

// What `fn.mock` exposes: the recorded calls and the means to change the implementation.
class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #restore;
  #onceImpl = new Map();
  #times;

  constructor(implementation, restore, times) {
    this.#original = implementation;
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const call = onCall === undefined ? this.#calls.length : onCall;
    validateInteger(call, 'onCall', this.#calls.length);
    this.#onceImpl.set(call, implementation);
  }

  resetCalls() {
    this.#calls = [];
  }

  restore() {
    if (this.#restore) this.#restore();
  }

  // ---- used by the mock function itself ----
  nextImplementation() {
    const n = this.#calls.length;
    const once = this.#onceImpl.get(n);
    if (once !== undefined) {
      this.#onceImpl.delete(n);
      return once;
    }
    if (this.#times !== undefined && n >= this.#times) return this.#original;
    return this.#implementation;
  }

  record(call) {
    this.#calls.push(call);
  }

  setOriginal(original) {
    this.#original = original;
  }
}

// Builds the callable that records each call (arguments, result or error, this, new.target, stack).
function makeMock(ctx, name, length) {
  const mock = function(...args) {
    const impl = ctx.nextImplementation();
    const call = { arguments: args, error: undefined, result: undefined, stack: new Error(),
                   target: new.target, this: this };
    try {
      call.result = new.target ? Reflect.construct(impl, args, new.target) : Reflect.apply(impl, this, args);
    } catch (e) {
      call.error = e;
      ctx.record(call);
      throw e;
    }
    ctx.record(call);
    return call.result;
  };
  Object.defineProperty(mock, 'mock', { value: ctx, enumerable: false, configurable: false });
  Object.defineProperty(mock, 'name', { value: name, configurable: true });
  Object.defineProperty(mock, 'length', { value: length, configurable: true });
  return mock;
}

class MockTracker {
  #mocks = [];

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = nop;
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times } = options;
    if (times !== undefined) validateInteger(times, 'options.times', 1);
    const ctx = new MockFunctionContext(implementation, undefined, times);
    if (times !== undefined) ctx.setOriginal(original);
    this.#mocks.push(ctx);
    return makeMock(ctx, original.name, original.length);
  }

  method(object, methodName, implementation = undefined, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false, times } = options;
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    // Find the property where it lives (own or inherited); the mock goes on `object` itself.
    let owner = object;
    let descriptor;
    while (owner !== null && (descriptor = Object.getOwnPropertyDescriptor(owner, methodName)) === undefined) {
      owner = Object.getPrototypeOf(owner);
    }
    const kind = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor && descriptor[kind];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original,
        'must be a method'); // Node: "The argument 'methodName' must be a method."
    }
    if (implementation === undefined) implementation = original;
    validateFunction(implementation, 'implementation');
    const hadOwn = Object.prototype.hasOwnProperty.call(object, methodName);
    const ownDescriptor = hadOwn ? Object.getOwnPropertyDescriptor(object, methodName) : undefined;
    const restore = () => {
      if (hadOwn) Object.defineProperty(object, methodName, ownDescriptor);
      else delete object[methodName];
    };
    const ctx = new MockFunctionContext(implementation, restore, times);
    if (times !== undefined) ctx.setOriginal(original);
    this.#mocks.push(ctx);
    const mock = makeMock(ctx, original.name, original.length);
    const newDescriptor = { configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (kind === 'value') {
      newDescriptor.value = mock;
      newDescriptor.writable = descriptor.writable;
    } else {
      newDescriptor.get = kind === 'get' ? mock : descriptor.get;
      newDescriptor.set = kind === 'set' ? mock : descriptor.set;
    }
    Object.defineProperty(object, methodName, newDescriptor);
    return mock;
  }

  getter(object, methodName, implementation, options) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation, options) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

module.exports = { MockTracker, MockFunctionContext };
