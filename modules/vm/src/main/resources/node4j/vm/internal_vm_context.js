'use strict';
// vm contexts: each is a new GraalJS realm (own global object and builtins, so its objects are
// cross-realm here) tied to the "contextified" sandbox object as Node does it with V8 interceptors:
//
// - Reads of a name the sandbox has (own or inherited) see the sandbox's value; other names fall
//   through to the realm's builtins. Done by a Proxy set as the prototype of the realm's global:
//   names the global itself lacks are looked up there, live.
// - Assignments to such names and to undeclared names (sloppy `x = 1`) go to the sandbox (the
//   Proxy's set trap receives them).
// - The realm's builtins (configurable globals such as Array or Symbol) are replaced by accessors
//   that read the sandbox first and write to it, so `this.Symbol = Symbol` lands on the sandbox.
// - A sandbox value that is the sandbox itself reads as the context's global object, as in Node.
// - `var`/function declarations at top level become non-configurable own properties of the
//   realm's global (a script cannot be made to put them elsewhere): they are copied to the sandbox
//   after every run and back from it before the next one. Between runs, a closure of the context
//   that changes such a variable updates the sandbox only at the next run's end.

const core = require('internal/core');

const contexts = new WeakMap();   // contextified object -> Context

class Context {
  constructor(sandbox) {
    const { global, runScript } = core.newRealm();
    this.global = global;
    this.runScript = runScript;
    this.sandbox = sandbox;
    this.baseline = new Set(Reflect.ownKeys(global));
    this.declared = new Set();
    if (sandbox !== null) {
      const read = (key) => {
        const value = sandbox[key];
        return value === sandbox ? global : value;
      };
      for (const key of this.baseline) forwardBuiltin(global, key, sandbox, read);
      Object.setPrototypeOf(global, new Proxy(Object.create(null), sandboxTraps(sandbox, Object.getPrototypeOf(global), read)));
    }
  }

  /** Before a run: refresh declared variables from the sandbox. */
  syncIn() {
    const { global, sandbox } = this;
    for (const key of this.declared) {
      if (Object.hasOwn(sandbox, key) && sandbox[key] !== global[key]) global[key] = sandbox[key];
    }
  }

  /** After a run: move (or copy, when they cannot move) the run's new global properties to the sandbox. */
  syncOut() {
    const { global, sandbox } = this;
    for (const key of Reflect.ownKeys(global)) {
      if (this.baseline.has(key)) continue;
      const desc = Reflect.getOwnPropertyDescriptor(global, key);
      if (desc.configurable) {
        Object.defineProperty(sandbox, key, desc);
        delete global[key];
      } else {
        this.declared.add(key);
        if (!Object.hasOwn(sandbox, key) || sandbox[key] !== global[key]) sandbox[key] = global[key];
      }
    }
  }

  run(code, filename) {
    if (this.sandbox === null) return this.runScript(code, filename);
    this.syncIn();
    try {
      return this.runScript(code, filename);
    } finally {
      this.syncOut();
    }
  }
}

// A builtin global of the realm, seen through the sandbox: its value there when it has one.
function forwardBuiltin(global, key, sandbox, read) {
  const own = Reflect.getOwnPropertyDescriptor(global, key);
  if (!own.configurable) return;   // NaN, Infinity, undefined
  const builtin = 'value' in own ? () => own.value : () => Reflect.apply(own.get, global, []);
  Object.defineProperty(global, key, {
    get: () => (key in sandbox ? read(key) : builtin()),
    set: (v) => { sandbox[key] = v; },
    enumerable: own.enumerable,
    configurable: true,
  });
}

// The traps of the Proxy behind the realm's global: the sandbox first, then the realm's
// Object.prototype (what the global inherited before). The target stays empty, so no Proxy
// invariant ties the answers.
function sandboxTraps(sandbox, proto, read) {
  return {
    get(target, key, receiver) {
      return key in sandbox ? read(key) : Reflect.get(proto, key, receiver);
    },
    set(target, key, value) {
      return Reflect.set(sandbox, key, value);
    },
    has(target, key) {
      return key in sandbox || key in proto;
    },
    getOwnPropertyDescriptor(target, key) {
      const desc = Reflect.getOwnPropertyDescriptor(sandbox, key);
      if (desc !== undefined) desc.configurable = true;
      return desc;
    },
    defineProperty(target, key, desc) {
      return Reflect.defineProperty(sandbox, key, desc);
    },
    deleteProperty(target, key) {
      return Reflect.deleteProperty(sandbox, key);
    },
    ownKeys() {
      return Reflect.ownKeys(sandbox);
    },
  };
}

/** Makes `sandbox` a context (or, with null, a context whose global object is returned). */
function contextify(sandbox) {
  const ctx = new Context(sandbox);
  const key = sandbox === null ? ctx.global : sandbox;
  contexts.set(key, ctx);
  return key;
}

function contextOf(object) {
  return contexts.get(object);
}

module.exports = { contextify, contextOf };
