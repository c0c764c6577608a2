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

/**
 * DisposableStack (async false) or AsyncDisposableStack (async true): one class body, as the two
 * differ only in the disposer `use` takes and in how disposal runs (sync, or awaited in turn).
 */
function makeStackClass(name, async) {
  const disposeName = async ? 'disposeAsync' : 'dispose';
  // The computed key names the class (its name and the engine's messages about it).
  const Stack = { [name]: class {
    #resources = [];
    #disposed = false;

    static #check(stack, method) {
      if (stack === null || typeof stack !== 'object' || !(#resources in stack)) {
        throw new TypeError(`Method ${name}.prototype.${method} called on incompatible receiver ${describe(stack)}`);
      }
    }

    #open(method) {
      Stack.#check(this, method);
      if (this.#disposed) {
        throw new ReferenceError(`Cannot call ${name}.prototype.${method} on an already-disposed ${name}`);
      }
    }

    /** Marks the stack disposed and hands over its resources, or null when it already was. */
    #take() {
      if (this.#disposed) return null;
      this.#disposed = true;
      const resources = this.#resources;
      this.#resources = [];
      return resources;
    }

    use(value) {
      this.#open('use');
      if (value === null || value === undefined) {
        if (async) this.#resources.push([undefined, undefined]);   // still awaited once at disposal
        return value;
      }
      this.#resources.push([value, disposerOf(value, async)]);
      return value;
    }

    [disposeName]() {
      if (!async) {
        Stack.#check(this, 'dispose');
        const resources = this.#take();
        if (resources !== null) disposeAll(resources);
        return undefined;
      }
      if (this === null || typeof this !== 'object' || !(#resources in this)) {
        return Promise.reject(new TypeError(`Receiver is not an ${name}`));
      }
      const resources = this.#take();
      return resources === null ? Promise.resolve(undefined) : disposeAllAsync(resources);
    }

    adopt(value, onDispose) {
      this.#open('adopt');
      requireCallable(onDispose);
      this.#resources.push([undefined, () => onDispose(value)]);
      return value;
    }

    defer(onDispose) {
      this.#open('defer');
      this.#resources.push([undefined, requireCallable(onDispose)]);
    }

    move() {
      this.#open('move');
      const next = new Stack();
      next.#resources = this.#take();
      return next;
    }

    get disposed() {
      Stack.#check(this, 'disposed');
      return this.#disposed;
    }
  } }[name];
  const proto = Stack.prototype;
  Object.defineProperty(proto, async ? Symbol.asyncDispose : Symbol.dispose, {
    value: proto[disposeName], writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: name, writable: false, enumerable: false, configurable: true,
  });
  return Stack;
}

/** Runs the disposers newest first; errors fold into SuppressedErrors, thrown at the end. */
function disposeAll(resources) {
  let pending;
  for (let i = resources.length - 1; i >= 0; i--) {
    try {
      resources[i][1].call(resources[i][0]);
    } catch (e) {
      pending = fold(pending, e);
    }
  }
  if (pending !== undefined) throw pending.error;
}

/** As disposeAll, awaiting each disposer in turn. */
async function disposeAllAsync(resources) {
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
}

const DisposableStack = makeStackClass('DisposableStack', false);
const AsyncDisposableStack = makeStackClass('AsyncDisposableStack', true);

module.exports = { DisposableStack, AsyncDisposableStack, SuppressedError };
