'use strict';
// Explicit resource management's builtins (ES2026): DisposableStack, AsyncDisposableStack and
// SuppressedError, which V8 (so Node 24+) has and GraalJS 25 does not. The `using` syntax is the
// parser's and stays unsupported. Error words are V8's.

function SuppressedError(error, suppressed, message) {
  const args = message === undefined ? [] : [`${message}`];
  const e = Reflect.construct(Error, args, new.target === undefined ? SuppressedError : new.target);
  if (Error.captureStackTrace) Error.captureStackTrace(e, SuppressedError);
  Object.defineProperty(e, 'error', { value: error, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(e, 'suppressed', { value: suppressed, writable: true, enumerable: false, configurable: true });
  return e;
}
Object.setPrototypeOf(SuppressedError, Error);
Object.defineProperty(SuppressedError, 'prototype', {
  value: Object.create(Error.prototype, {
    constructor: { value: SuppressedError, writable: true, enumerable: false, configurable: true },
    name: { value: 'SuppressedError', writable: true, enumerable: false, configurable: true },
    message: { value: '', writable: true, enumerable: false, configurable: true },
  }),
  writable: false, enumerable: false, configurable: false,
});

const kSuppressedMessage = 'An error was suppressed during disposal';

function describe(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'string') return `"${v}"`;
  if (v !== null && typeof v === 'object') return '#<Object>';
  return `${v}`;
}

function requireCallable(fn) {
  if (typeof fn !== 'function') throw new TypeError(`${describe(fn)} is not a function`);
  return fn;
}

/** The disposer of `value` for `use`: its [Symbol.asyncDispose] (async stacks) or [Symbol.dispose]. */
function disposerOf(value, async) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new TypeError('An object is expected with `using` declarations');
  }
  if (async) {
    const method = value[Symbol.asyncDispose];
    if (method !== undefined && method !== null) return requireCallable(method);
  }
  const method = value[Symbol.dispose];
  if (typeof method !== 'function') throw new TypeError(`${Symbol.dispose.toString()} is not a function`);
  return async ? function () { method.call(this); } : method;
}

/** Folds one more disposal error into the pending one, as the spec's DisposeResources does. */
function fold(pending, error) {
  return pending === undefined ? { error } : { error: new SuppressedError(error, pending.error, kSuppressedMessage) };
}

class DisposableStack {
  #resources = [];
  #disposed = false;

  #open(method) {
    if (this.#disposed) {
      throw new ReferenceError(`Cannot call DisposableStack.prototype.${method} on an already-disposed DisposableStack`);
    }
  }

  static #check(stack, method) {
    if (stack === null || typeof stack !== 'object' || !(#resources in stack)) {
      throw new TypeError(`Method DisposableStack.prototype.${method} called on incompatible receiver ${describe(stack)}`);
    }
  }

  use(value) {
    DisposableStack.#check(this, 'use');
    this.#open('use');
    if (value === null || value === undefined) return value;
    this.#resources.push([value, disposerOf(value, false)]);
    return value;
  }

  dispose() {
    DisposableStack.#check(this, 'dispose');
    if (this.#disposed) return undefined;
    this.#disposed = true;
    const resources = this.#resources;
    this.#resources = [];
    let pending;
    for (let i = resources.length - 1; i >= 0; i--) {
      try {
        resources[i][1].call(resources[i][0]);
      } catch (e) {
        pending = fold(pending, e);
      }
    }
    if (pending !== undefined) throw pending.error;
    return undefined;
  }

  adopt(value, onDispose) {
    DisposableStack.#check(this, 'adopt');
    this.#open('adopt');
    requireCallable(onDispose);
    this.#resources.push([undefined, () => onDispose(value)]);
    return value;
  }

  defer(onDispose) {
    DisposableStack.#check(this, 'defer');
    this.#open('defer');
    this.#resources.push([undefined, requireCallable(onDispose)]);
  }

  move() {
    DisposableStack.#check(this, 'move');
    this.#open('move');
    const next = new DisposableStack();
    next.#resources = this.#resources;
    this.#resources = [];
    this.#disposed = true;
    return next;
  }

  get disposed() {
    DisposableStack.#check(this, 'disposed');
    return this.#disposed;
  }
}

class AsyncDisposableStack {
  #resources = [];
  #disposed = false;

  #open(method) {
    if (this.#disposed) {
      throw new ReferenceError(`Cannot call AsyncDisposableStack.prototype.${method} on an already-disposed AsyncDisposableStack`);
    }
  }

  static #check(stack, method) {
    if (stack === null || typeof stack !== 'object' || !(#resources in stack)) {
      throw new TypeError(`Method AsyncDisposableStack.prototype.${method} called on incompatible receiver ${describe(stack)}`);
    }
  }

  use(value) {
    AsyncDisposableStack.#check(this, 'use');
    this.#open('use');
    if (value === null || value === undefined) {
      this.#resources.push([undefined, undefined]);   // still awaited once at disposal
      return value;
    }
    this.#resources.push([value, disposerOf(value, true)]);
    return value;
  }

  disposeAsync() {
    if (this === null || typeof this !== 'object' || !(#resources in this)) {
      return Promise.reject(new TypeError('Receiver is not an AsyncDisposableStack'));
    }
    if (this.#disposed) return Promise.resolve(undefined);
    this.#disposed = true;
    const resources = this.#resources;
    this.#resources = [];
    return (async () => {
      let pending;
      for (let i = resources.length - 1; i >= 0; i--) {
        const [value, method] = resources[i];
        try {
          await (method === undefined ? undefined : method.call(value));
        } catch (e) {
          pending = fold(pending, e);
        }
      }
      if (pending !== undefined) throw pending.error;
      return undefined;
    })();
  }

  adopt(value, onDispose) {
    AsyncDisposableStack.#check(this, 'adopt');
    this.#open('adopt');
    requireCallable(onDispose);
    this.#resources.push([undefined, () => onDispose(value)]);
    return value;
  }

  defer(onDispose) {
    AsyncDisposableStack.#check(this, 'defer');
    this.#open('defer');
    this.#resources.push([undefined, requireCallable(onDispose)]);
  }

  move() {
    AsyncDisposableStack.#check(this, 'move');
    this.#open('move');
    const next = new AsyncDisposableStack();
    next.#resources = this.#resources;
    this.#resources = [];
    this.#disposed = true;
    return next;
  }

  get disposed() {
    AsyncDisposableStack.#check(this, 'disposed');
    return this.#disposed;
  }
}

/** Builtin-like shape: the dispose alias and the tag (class syntax already makes the methods
 * non-enumerable and the prototype read-only). */
function finish(cls, name, disposeName, disposeSymbol) {
  const proto = cls.prototype;
  Object.defineProperty(proto, disposeSymbol, {
    value: proto[disposeName], writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: name, writable: false, enumerable: false, configurable: true,
  });
}
finish(DisposableStack, 'DisposableStack', 'dispose', Symbol.dispose);
finish(AsyncDisposableStack, 'AsyncDisposableStack', 'disposeAsync', Symbol.asyncDispose);

module.exports = { DisposableStack, AsyncDisposableStack, SuppressedError };
