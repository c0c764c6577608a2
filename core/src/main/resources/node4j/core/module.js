'use strict';
// The CommonJS loader (Node's `module` builtin). Resolution and compilation happen in Java
// (CoreBinding); this file holds what programs touch: Module, require, require.cache, ...
const core = require('internal/core');
const { binding } = core;
const errors = require('internal/errors');
const { validateString } = require('internal/validators');

function dirname(p) {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : p.slice(0, i);
}

function isAbsolute(p) {
  return p.startsWith('/');
}

const builtinModules = Object.freeze(Array.from(binding.builtinIds()));
const builtinSet = new Set(builtinModules);   // every require asks: no scan of ~70 ids in the interpreter
// What Node 25.8.1 prints above an uncaught MODULE_NOT_FOUND: the line of its loader that throws.
const kNotFoundHeader = 'node:internal/modules/cjs/loader:1478\n  throw err;\n  ^\n';

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
    if (parent && parent.children) parent.children.push(this);
  }

  require(id) {
    validateString(id, 'id');
    if (id === '') {
      throw new errors.codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(dirname(filename));
    let ext = '.js';
    const base = filename.slice(filename.lastIndexOf('/') + 1);
    for (let i = base.indexOf('.'); i > 0 && i < base.length; i = base.indexOf('.', i + 1)) {
      const candidate = base.slice(i);
      if (Module._extensions[candidate]) { ext = candidate; break; }
    }
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    const fn = binding.compileCommonJs(filename, content);
    const require = makeRequire(this);
    return fn.call(this.exports, this.exports, require, this, filename, dirname(filename));
  }
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module.builtinModules = builtinModules;
Module.globalPaths = [];
Module.Module = Module;

/**
 * require() of an ES module: its namespace; one with a default export and no __esModule export
 * is seen through a facade module adding `__esModule: true` (as Node does, for transpiled code).
 */
function requireEsm(filename) {
  const ns = binding.evalModule(filename);
  if (!('default' in ns) || '__esModule' in ns) return ns;
  const from = JSON.stringify(filename);
  return binding.evalModuleText(
    `export * from ${from}; export { default } from ${from}; export const __esModule = true;`,
    `${filename}?node4j-require`);
}

Module._extensions = Object.create(null);
Module._extensions['.js'] = function(module, filename) {
  if (binding.format(filename) === 'module') {
    module.exports = requireEsm(filename);
    return;
  }
  module._compile(binding.readSource(filename), filename);
};
Module._extensions['.cjs'] = function(module, filename) {
  module._compile(binding.readSource(filename), filename);
};
Module._extensions['.mjs'] = function(module, filename) {
  module.exports = requireEsm(filename);
};
Module._extensions['.json'] = function(module, filename) {
  const content = binding.readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};
Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: native addons are not supported by node4j`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module._nodeModulePaths = function(from) {
  return Array.from(binding.nodeModulePaths(from));
};

Module.isBuiltin = function(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    const bare = id.slice(5);
    return builtinSet.has(bare) || binding.isSchemeOnly(bare);
  }
  return builtinSet.has(id);
};

function requireStack(parent) {
  const stack = [];
  for (let m = parent; m; m = m.parent) {
    if (m.filename || m.id) stack.push(m.filename || m.id);
  }
  return stack;
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (Module.isBuiltin(request)) return request;
  if (request.startsWith('node:')) {
    throw new errors.codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  const parentFile = parent && parent.filename;
  const bases = options && Array.isArray(options.paths)
    ? options.paths
    : [parentFile ? dirname(parentFile) : (parent && parent.path) || binding.cwd()];
  for (const base of bases) {
    const resolved = binding.resolve(request, isAbsolute(base) ? base : binding.cwd() + '/' + base,
                                     parentFile || null, false);
    if (resolved !== null) return resolved.startsWith('node:') ? resolved.slice(5) : resolved;
  }
  const stack = requireStack(parent);
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += '\nRequire stack:\n- ' + stack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  core.setFatalHeader(err, kNotFoundHeader);
  throw err;
};

Module._load = function(request, parent, isMain) {
  if (request.startsWith('node:')) {
    if (!Module.isBuiltin(request)) throw new errors.codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    return core.requireBuiltin(request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (!isAbsolute(filename)) return core.requireBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    mainModule = module;
    const proc = core.loadedBuiltin('process');
    if (proc) proc.mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i >= 0) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

let mainModule;

function makeRequire(mod) {
  const require = function require(id) { return mod.require(id); };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    if (Module.isBuiltin(request)) return null;
    if (request.startsWith('./') || request.startsWith('../') || isAbsolute(request)) return [mod.path];
    return Module._nodeModulePaths(mod.path);
  };
  require.resolve = resolve;
  Object.defineProperty(require, 'main', { get: () => mainModule, enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let file = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    file = filename.href;
  }
  if (typeof file === 'string' && file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
  if (typeof file !== 'string' || !isAbsolute(file)) {
    throw new errors.codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const m = new Module(file, null);
  m.filename = file.endsWith('/') ? file + 'noop.js' : file;
  m.paths = Module._nodeModulePaths(dirname(m.filename));
  return makeRequire(m);
};

/** Runs the program's entry file: CommonJS through Module._load, ESM through the engine. */
Module.runMain = function runMain(file) {
  const abs = isAbsolute(file) ? file : binding.cwd() + '/' + file;
  const resolved = binding.resolve(abs, binding.cwd(), null, false);
  if (resolved === null) {
    const err = new Error(`Cannot find module '${abs}'`);
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = [];
    core.setFatalHeader(err, kNotFoundHeader);
    throw err;
  }
  const proc = require('process');
  proc.argv[1] = resolved;
  if (binding.format(resolved) === 'module') {
    // import.meta.main of each module compares its file with this one.
    Object.defineProperty(globalThis, Symbol.for('node4j.mainFile'), { value: resolved });
    binding.evalModule(resolved);
  } else {
    Module._load(resolved, null, true);
  }
};

let evalModule;

/**
 * The globals Node gives `-e`, `-p` and the REPL: module, exports, require (relative to the
 * current directory), __filename '[eval]', __dirname '.'. Installed once per context.
 */
Module.installEvalGlobals = function installEvalGlobals() {
  if (evalModule) return evalModule;
  const m = new Module('[eval]', null);
  m.filename = binding.cwd() + '/[eval]';
  m.paths = Module._nodeModulePaths(binding.cwd());
  const names = { module: m, exports: m.exports, require: makeRequire(m), __filename: '[eval]', __dirname: '.' };
  for (const [k, v] of Object.entries(names)) {
    Object.defineProperty(globalThis, k, { value: v, writable: true, configurable: true, enumerable: false });
  }
  evalModule = m;
  return m;
};

/** `node -e` / `-p`: a script in the global scope with the eval globals. */
Module.runEval = function runEval(code, print, module) {
  // The process object is whole before the program's first line, as for a main file: its own
  // listeners must not reach an EventEmitter.prototype.emit the program replaced. (core's own
  // tests run without the process module.)
  if (binding.isBuiltin('process')) require('process');
  if (module) {
    // --input-type=module: an ES module named as Node names it, with no CommonJS globals.
    if (print) throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
    binding.evalModuleText(code, `${binding.cwd()}/[eval1]`);
    return;
  }
  Module.installEvalGlobals();
  const result = binding.evalScript(code, '[eval]');
  if (print) {
    const util = require('util');
    const out = typeof result === 'string' ? result : util.inspect(result);
    require('process').stdout.write(out + '\n');
  }
};

module.exports = Module;
