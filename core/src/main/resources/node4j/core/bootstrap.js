// Runs once per context. Receives the Java CoreBinding and returns the hooks the Java event
// loop calls. Everything a program can see is installed lazily: a builtin's facade is
// compiled on its first require, a global's module on its first access.
(function bootstrap(binding) {
  'use strict';

  // GraalJS shell extras (and the V8-style Realm builtin, kept for vm contexts): keep what we
  // need privately, remove the rest from the global scope.
  const quit = globalThis.quit;
  const setRejectionHandler = globalThis.Graal && globalThis.Graal.setUnhandledPromiseRejectionHandler;
  const Realm = globalThis.Realm;
  const { className: engineClassName, class: engineClass } = globalThis.Debug;
  const kEngineGlobals = ['quit', 'readline', 'read', 'readbuffer', 'load', 'loadWithNewGlobal',
                          'console', 'print', 'printErr', 'performance', 'arguments', 'Graal', 'Realm',
                          'Debug'];
  for (const name of kEngineGlobals) {
    delete globalThis[name];
  }
  // The language's constructors and namespaces (Object, Uint8Array, JSON, ...), as Node's util
  // sees V8's before Node installs its own globals: Buffer, URL and the rest are not "built in"
  // to util.format's %s or inspect. DisposableStack & co. are V8's in Node, lazy globals here.
  // The names are taken now; the set is made when util first asks (a regex over 120 names in
  // the interpreter, and the context's first regex, cost start-up several milliseconds).
  const engineGlobalNames = Object.getOwnPropertyNames(globalThis);
  let builtInObjects;
  function getBuiltInObjects() {
    return builtInObjects ??= new Set(engineGlobalNames
      .filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n))
      .concat(['DisposableStack', 'AsyncDisposableStack', 'SuppressedError']));
  }

  // Explicit resource management (Node has it; this GraalJS does not yet): the symbols here,
  // the iterators' dispose methods below, DisposableStack & co. as lazy globals
  // (internal/disposable).
  for (const name of ['dispose', 'asyncDispose']) {
    if (typeof Symbol[name] !== 'symbol') {
      Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`) });
    }
  }
  installIteratorDisposers(globalThis, async function* () {});

  /** %IteratorPrototype%[Symbol.dispose] and %AsyncIteratorPrototype%[Symbol.asyncDispose]: call return(). */
  function installIteratorDisposers(global, asyncGenerator) {
    const iteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(global.Array.prototype[Symbol.iterator]()));
    const asyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(asyncGenerator.prototype));
    const methods = {
      [Symbol.dispose]() {
        const ret = this.return;
        if (ret !== undefined && ret !== null) ret.call(this);
      },
      [Symbol.asyncDispose]() {
        try {
          const ret = this.return;
          if (ret === undefined || ret === null) return global.Promise.resolve(undefined);
          return global.Promise.resolve(ret.call(this, undefined)).then(() => undefined);
        } catch (e) {
          return global.Promise.reject(e);
        }
      },
    };
    for (const [proto, key] of [[iteratorProto, Symbol.dispose], [asyncIteratorProto, Symbol.asyncDispose]]) {
      if (!Object.hasOwn(proto, key)) {
        Object.defineProperty(proto, key, { value: methods[key], writable: true, enumerable: false, configurable: true });
      }
    }
  }

  /**
   * A new JS realm (own global object and builtins, as a V8 context) with the engine extras
   * removed like here; `runScript` evaluates a script in it under a file name. Disposing the
   * Realm slot at once leaves the realm alive only while its objects are referenced.
   */
  function newRealm() {
    const id = Realm.create();
    const global = Realm.global(id);
    Realm.dispose(id);
    const load = global.load;
    for (const name of kEngineGlobals) delete global[name];
    for (const name of ['dispose', 'asyncDispose']) {
      if (typeof global.Symbol[name] !== 'symbol') {
        Object.defineProperty(global.Symbol, name, { value: Symbol[name] });
      }
    }
    installIteratorDisposers(global, global.eval('(async function* () {})'));
    return { global, runScript: (script, name) => load({ script, name }) };
  }

  /**
   * The engine's class of object `v` ('Object', 'Array', 'Function', 'Date', 'Map', 'Set',
   * 'Map Iterator', 'Generator', 'Promise', 'Arguments', 'Error', 'Number', 'Uint8Array', ...),
   * or undefined for a primitive: what V8's Is<Type> checks answer, never fooled by prototypes
   * or Symbol.toStringTag, and without the thrown TypeError a brand check by calling a built-in
   * costs (microseconds in GraalJS). A proxy is 'Proxy', except that a proxy of a plain object,
   * array or function reports its target's class (JS sees those through the traps anyway).
   */
  const kProxyClass = 'com.oracle.truffle.js.runtime.builtins.JSProxyObject';
  function classOf(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return undefined;
    const name = engineClassName(v);
    if (name === 'Object' || name === 'Array' || name === 'Function') return name;
    return engineClass(v) === kProxyClass ? 'Proxy' : name;
  }

  // ---- builtin modules ------------------------------------------------------------------
  const builtinCache = new Map();   // id -> { exports, loaded }
  const bindingCache = new Map();

  function internalBinding(name) {
    let b = bindingCache.get(name);
    if (b === undefined) {
      b = binding.binding(name);
      bindingCache.set(name, b);
    }
    return b;
  }

  const tracing = binding.traceStartup();

  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    const cached = builtinCache.get(id);
    if (cached !== undefined) return cached.exports;
    if (!tracing) return loadBuiltin(id);
    const start = binding.traceBuiltinStart();
    try {
      return loadBuiltin(id);
    } finally {
      binding.traceBuiltinDone(id, start);
    }
  }

  function loadBuiltin(id) {
    const fn = binding.compileBuiltin(id);
    if (fn == null) {
      const err = new Error(`Cannot find module '${id}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    const module = { exports: {}, id, loaded: false };
    builtinCache.set(id, module);
    try {
      fn.call(module.exports, module.exports, requireBuiltin, module, internalBinding);
    } catch (e) {
      builtinCache.delete(id);
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }

  function loadedBuiltin(id) {
    const m = builtinCache.get(id);
    return m === undefined ? undefined : m.exports;
  }

  // ---- process.nextTick and unhandled rejections -------------------------------------------
  // Four slots per tick: fn, argc, then up to two arguments inline (argc -1: an array of them
  // in the first). The common calls allocate nothing and call fn without a spread.
  let ticks = [];
  let tickHead = 0;
  let exiting = false;   // 'exit' was emitted: the program is over, a queued tick would never run
  const pendingRejections = [];   // [reason, promise] pairs reported by the engine
  // 1 while ticks or reported rejections may wait, written straight into a Java buffer: after a
  // callback Java reads it instead of calling runTicks (a host-to-JS call per callback).
  const drainFlag = new Int32Array(new ArrayBuffer(binding.drainFlag()));
  function settleDrainFlag() {
    drainFlag[0] = tickHead < ticks.length || pendingRejections.length > 0 ? 1 : 0;
  }

  /**
   * process.nextTick(callback, ...args), and the one way node4j's own modules queue a tick (as
   * Node's internals use process.nextTick). Reads `arguments`, so that calls with up to two
   * arguments allocate no array.
   */
  function nextTick(callback) {
    if (typeof callback !== 'function') requireBuiltin('internal/validators').validateFunction(callback, 'callback');
    if (exiting) return;
    if (tickHead === ticks.length) drainFlag[0] = 1;
    const n = arguments.length;
    if (n === 1) ticks.push(callback, 0, undefined, undefined);
    else if (n === 2) ticks.push(callback, 1, arguments[1], undefined);
    else if (n === 3) ticks.push(callback, 2, arguments[1], arguments[2]);
    else ticks.push(callback, -1, Array.prototype.slice.call(arguments, 1), undefined);
  }

  function runTickQueue() {
    let n = 0;
    while (tickHead < ticks.length) {
      const i = tickHead;
      const fn = ticks[i];
      const argc = ticks[i + 1];
      const a0 = ticks[i + 2];
      const a1 = ticks[i + 3];
      ticks[i] = ticks[i + 2] = ticks[i + 3] = undefined;
      tickHead = i + 4;
      n++;
      if (argc === 0) fn();
      else if (argc === 1) fn(a0);
      else if (argc === 2) fn(a0, a1);
      else fn(...a0);
      // A long chain of ticks queued from ticks: drop the consumed head now and then.
      if (tickHead >= 4096 && tickHead * 2 >= ticks.length) {
        ticks.splice(0, tickHead);
        tickHead = 0;
      }
    }
    ticks = [];
    tickHead = 0;
    return n;
  }

  if (setRejectionHandler) {
    setRejectionHandler((reason, promise) => {
      pendingRejections.push(reason, promise);
      drainFlag[0] = 1;
    });
  }

  // Node's default (--unhandled-rejections=throw): 'unhandledRejection' listeners get it,
  // otherwise it is raised as an uncaught exception.
  function processRejections() {
    if (pendingRejections.length === 0) return 0;
    const batch = pendingRejections.splice(0, pendingRejections.length);
    const proc = loadedBuiltin('process');
    for (let i = 0; i < batch.length; i += 2) {
      const reason = batch[i];
      const promise = batch[i + 1];
      const errorLike = isErrorLike(reason);
      // An engine-made error gets V8's words before any listener sees it.
      let header = errorLike ? binding.prepareRejection(reason) : '';
      if (proc && proc.listenerCount('unhandledRejection') > 0) {
        proc.emit('unhandledRejection', reason, promise);
        continue;
      }
      let err = reason;
      if (!errorLike) {
        const rejection = requireBuiltin('internal/unhandled_rejection');
        err = new rejection.UnhandledPromiseRejection(reason);
        header = rejection.header;
      }
      if (proc) proc.emit('uncaughtExceptionMonitor', err, 'unhandledRejection');
      if (uncaughtCapture !== null) {
        uncaughtCapture(err);
        continue;
      }
      if (proc && proc.listenerCount('uncaughtException') > 0) {
        proc.emit('uncaughtException', err, 'unhandledRejection');
        continue;
      }
      throw Object.assign(new UnhandledRejectionSignal(), { err, header });
    }
    return batch.length / 2;
  }
  class UnhandledRejectionSignal {}

  // As Node decides whether a rejection reason is raised as it is or wrapped.
  function isErrorLike(v) {
    return v instanceof Error || (typeof v === 'object' && v !== null && Object.hasOwn(v, 'stack'));
  }

  // ---- globals ---------------------------------------------------------------------------
  function defineLazyGlobal(name, id, exportName, enumerable) {
    const define = (value) => Object.defineProperty(globalThis, name,
      { value, writable: true, configurable: true, enumerable });
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable,
      get() {
        const m = requireBuiltin(id);
        const value = exportName ? m[exportName] : m;
        define(value);
        return value;
      },
      set(value) { define(value); },
    });
  }
  Object.defineProperty(globalThis, 'global',
    { value: globalThis, writable: true, configurable: true, enumerable: true });
  const specs = binding.globalSpecs();
  for (let i = 0; i < specs.length; i += 4) {
    defineLazyGlobal(specs[i], specs[i + 1], specs[i + 2], specs[i + 3]);
  }
  // How generated ESM facades reach CommonJS and builtins.
  Object.defineProperty(globalThis, Symbol.for('node4j.require'), {
    value: (id) => {
      if (id.startsWith('node:')) return requireBuiltin(id);
      return requireBuiltin('module').Module._load(id, null, false);
    },
  });

  // import.meta.resolve: Node's resolution with the "import" condition, as a URL string.
  Object.defineProperty(globalThis, Symbol.for('node4j.importResolve'), {
    value: (specifier, parentFile) => {
      const dir = parentFile.slice(0, parentFile.lastIndexOf('/')) || '/';
      const r = binding.resolve(String(specifier), dir, parentFile, true);
      if (r === null) {
        const err = new Error(`Cannot find package '${specifier}' imported from ${parentFile}`);
        err.code = 'ERR_MODULE_NOT_FOUND';
        throw err;
      }
      return r.startsWith('node:') ? r : 'file://' + encodeURI(r).replace(/[?#]/g, encodeURIComponent);
    },
  });

  // ---- what facades share (require('internal/core')) ---------------------------------------
  const core = {
    binding,
    internalBinding,
    requireBuiltin,
    loadedBuiltin,
    nextTick,
    newRealm,
    get builtInObjects() { return getBuiltInObjects(); },
    classOf,
    kFire: Symbol('node4j.fire'),
    /** Ends the process now: 'exit' listeners run first (once), then the context exits. */
    exit(code) {
      code = emitExit(code);
      quit(code);
    },
    /**
     * Reports `err` as an uncaught exception now (queueMicrotask, EventTarget listeners): the
     * 'uncaughtException' listeners run, or Node's fatal path prints it and ends the process.
     */
    reportUncaught(err) {
      if (handleUncaught(err, '')) return;
      quit(emitExit(1));
    },
    /** Emits 'exit' once (later calls do nothing) and returns the exit code it leaves. */
    emitExit(code) {
      return emitExit(code);
    },
    /** Ends the context at once with `code`, running no handlers (process.abort, reallyExit). */
    quit(code) {
      quit(code);
    },
  };
  builtinCache.set('internal/core', { exports: core, id: 'internal/core', loaded: true });

  function emitExit(code) {
    const proc = loadedBuiltin('process');
    if (code === undefined) code = proc && proc.exitCode != null ? proc.exitCode : 0;
    if (exiting || !proc) return code | 0;
    exiting = true;
    proc._exiting = true;
    // A natural exit leaves process.exitCode as it was (undefined), as in Node.
    if (code !== 0 && code !== proc.exitCode) proc.exitCode = code;
    proc.emit('exit', proc.exitCode == null ? code : proc.exitCode);
    return (proc.exitCode == null ? code : proc.exitCode) | 0;
  }

  // Errors raised where Node raises them from its own JS carry the header Node prints above them
  // when fatal (its line, not the program's): core.setFatalHeader(err, text).
  const fatalHeaders = new WeakMap();
  core.setFatalHeader = (err, text) => { fatalHeaders.set(err, text); };

  // process.setUncaughtExceptionCaptureCallback: when set, it takes uncaught errors instead of
  // the 'uncaughtException' listeners.
  let uncaughtCapture = null;
  core.setUncaughtCapture = (fn) => { uncaughtCapture = fn; };
  // Told of an uncaught exception that ends the process, with the text printed for it, before
  // Node's version line (process.report's --report-uncaught-exception writes its report there).
  const fatalObservers = [];
  core.onFatalException = (fn) => { fatalObservers.push(fn); };
  core.hasUncaughtCapture = () => uncaughtCapture !== null;

  /** The capture callback or 'uncaughtException' listeners take it (true), or it is fatal (false). */
  function handleUncaught(err, header) {
    const proc = loadedBuiltin('process');
    if (err instanceof UnhandledRejectionSignal) {
      header = err.header;
      err = err.err;   // its monitors were told in processRejections
    } else if (proc) {
      proc.emit('uncaughtExceptionMonitor', err, 'uncaughtException');   // first, whatever follows
    }
    if (uncaughtCapture !== null) {
      uncaughtCapture(err);
      return true;
    }
    if (proc && proc.listenerCount('uncaughtException') > 0) {
      proc.emit('uncaughtException', err, 'uncaughtException');
      return true;
    }
    if (proc) proc.exitCode = 1;
    if (err !== null && typeof err === 'object' && fatalHeaders.has(err)) header = fatalHeaders.get(err);
    printUncaught(err, header);
    return false;
  }

  // Node prints an error (a native one) as "header, blank line, inspected error"; anything else
  // thrown as "blank line, header, value": an object inspected, a primitive as a string (a symbol
  // as nothing) followed by the --trace-uncaught hint. A null header: the error's stack already
  // starts with it (a decorated link error) and is printed as it is.
  function printUncaught(err, header) {
    let text;
    let native = false;
    try {
      native = err instanceof Error;
      if (header === null && typeof err.stack === 'string') {
        text = err.stack;
      } else if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
        const util = loadedBuiltin('util') || tryRequire('util');
        text = util && typeof util.inspect === 'function' ? util.inspect(err) : (err.stack || String(err));
      } else {
        text = `${typeof err === 'symbol' ? '' : String(err)}\n` +
          '(Use `node --trace-uncaught ...` to show where the exception was thrown)';
      }
    } catch (e) {
      text = String(err);
    }
    const prefix = !header ? '' : native ? header + '\n' : '\n' + header;
    binding.writeString(2, `${prefix}${text}\n`);
    for (const observer of fatalObservers) {
      try { observer(err, prefix + text); } catch { /* the process is ending with err, not this */ }
    }
    binding.writeString(2, `\nNode.js ${binding.nodeVersion()}\n`);
  }

  function tryRequire(id) {
    try { return binding.isBuiltin(id) ? requireBuiltin(id) : undefined; } catch { return undefined; }
  }

  // ---- hooks called from Java --------------------------------------------------------------
  return {
    fire(target) {
      target[core.kFire]();
      runTickQueue();
      settleDrainFlag();
    },
    invoke(fn, ...args) {
      fn(...args);
      runTickQueue();
      settleDrainFlag();
    },
    runTicks() {
      const n = runTickQueue();
      const r = n > 0 ? n : processRejections();
      settleDrainFlag();
      return r;
    },
    uncaught: handleUncaught,
    printUncaught,
    emitExit,
    beforeExit() {
      const proc = loadedBuiltin('process');
      if (proc && !exiting) proc.emit('beforeExit', proc.exitCode === undefined ? 0 : proc.exitCode);
    },
    makeError(jsClass, code, message) {
      return requireBuiltin('internal/errors').makeError(jsClass, code, message);
    },
    systemError(code, syscall, path, dest) {
      return requireBuiltin('internal/errors').uvException({ code, syscall, path, dest });
    },
    throwError(err) {
      throw err;
    },
    builtinExportNames(id) {
      const m = requireBuiltin(id);
      return (m !== null && (typeof m === 'object' || typeof m === 'function')) ? Object.keys(m) : [];
    },
    runMain(file) {
      requireBuiltin('module').runMain(file);
      runTickQueue();
    },
    runEval(code, print, module) {
      requireBuiltin('module').runEval(code, print, module);
      runTickQueue();
    },
    evalScript(code) {
      requireBuiltin('module').installEvalGlobals();
      const result = binding.evalScript(code, '[eval]');
      runTickQueue();
      return result;
    },
  };
})
