'use strict';
// Node's vm module. Code runs in this context (runInThisContext) or in a context of its own: a new
// GraalJS realm tied to a sandbox object (internal/vm/context says how, and what differs from V8).
//
// Absent, not stubbed: measureMemory, vm.Module/SourceTextModule/SyntheticModule. Refused with
// ERR_NOT_IMPLEMENTED: the timeout/breakOnSigint run options, microtaskMode, codeGeneration limits.

const { binding } = require('internal/core');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  validateString, validateObject, validateArray, validateBoolean, validateInt32, validateUint32, validateOneOf,
} = require('internal/validators');
const kValidateObjectAllowArray = 2;   // internal/validators' flag: arrays are objects here
const { contextify, contextOf } = require('internal/vm/context');

const kDefaultFilename = 'evalmachine.<anonymous>';

const constants = Object.freeze(Object.assign(Object.create(null), {
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}));

// Script options may be a filename string or an object (Node accepts both).
function normalizeOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  return options;
}

function filenameOf(options) {
  const { filename = kDefaultFilename } = options;
  validateString(filename, 'options.filename');
  return filename;
}

// What a run accepts (Node's runInContext options). Line/column offsets and displayErrors change
// only how errors are reported; a time limit or SIGINT interruption would need an engine interrupt.
function validateRunOptions(options) {
  const { lineOffset, columnOffset, displayErrors, timeout, breakOnSigint } = options;
  if (lineOffset !== undefined) validateInt32(lineOffset, 'options.lineOffset');
  if (columnOffset !== undefined) validateInt32(columnOffset, 'options.columnOffset');
  if (displayErrors !== undefined) validateBoolean(displayErrors, 'options.displayErrors');
  if (breakOnSigint !== undefined) validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) {
    validateUint32(timeout, 'options.timeout', true);
    throw new ERR_NOT_IMPLEMENTED('vm options.timeout');
  }
  if (breakOnSigint) throw new ERR_NOT_IMPLEMENTED('vm options.breakOnSigint');
}

// lineOffset/columnOffset shift the positions errors report: blank lines and spaces put before
// the code do that. Node also takes negative (and huge) offsets; those cannot be done this way.
const kMaxOffset = 1e6;
function offsetsOf(options) {
  const { lineOffset = 0, columnOffset = 0 } = options;
  if (lineOffset < 0 || columnOffset < 0 || lineOffset > kMaxOffset || columnOffset > kMaxOffset) {
    throw new ERR_NOT_IMPLEMENTED(`vm lineOffset/columnOffset outside 0..${kMaxOffset}`);
  }
  return { lineOffset, columnOffset };
}

function placed(code, { lineOffset, columnOffset }) {
  return lineOffset === 0 && columnOffset === 0 ? code : '\n'.repeat(lineOffset) + ' '.repeat(columnOffset) + code;
}

// Node's Script constructor reports syntax errors at once. The Function constructor parses a body
// on its own (the text cannot close the function early), so it checks syntax without running
// anything; on failure the real evaluation throws the SyntaxError under the right filename.
function checkSyntax(code, filename) {
  try {
    new Function(code); // eslint-disable-line no-new-func
  } catch (e) {
    if (e instanceof SyntaxError) binding.evalScript(code, filename);
    throw e;
  }
}

function contextFor(contextifiedObject) {
  validateObject(contextifiedObject, 'contextifiedObject', kValidateObjectAllowArray);
  const ctx = contextOf(contextifiedObject);
  if (ctx === undefined) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return ctx;
}

// A Script method's options: absent, or an object (null is refused, as in Node).
function methodOptions(options) {
  if (options === undefined) return {};
  validateObject(options, 'options');
  validateRunOptions(options);
  return options;
}

// Node's displayErrors: an error thrown by the script itself gets the failing source line and a
// caret put in front of its stack ("file:line\nsource\n    ^\n\n"), once.
const kDecorated = new WeakSet();
function decorate(err, code, filename, options, offsets) {
  if (options.displayErrors === false || err === null || typeof err !== 'object' || kDecorated.has(err)) return;
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const at = stack.split('\n').find((l) => l.startsWith('    at '));
  const m = at && /([^\s(]+):(\d+):(\d+)\)?$/.exec(at);
  if (!m || m[1] !== filename) return;
  const index = Number(m[2]) - 1 - offsets.lineOffset;
  const line = code.split(/\r?\n/)[index];
  if (line === undefined) return;
  const column = Number(m[3]) - 1 - (index === 0 ? offsets.columnOffset : 0);
  try {
    err.stack = `${filename}:${m[2]}\n${line}\n${' '.repeat(Math.max(0, column))}^\n\n${stack}`;
    kDecorated.add(err);
  } catch { /* a frozen error keeps its stack */ }
}

// Runs `run()`, decorating what the script throws.
function runDecorated(run, code, filename, options, offsets) {
  try {
    return run();
  } catch (err) {
    decorate(err, code, filename, options, offsets);
    throw err;
  }
}

class Script {
  #code;
  #filename;
  #offsets;

  constructor(code, options) {
    code = `${code}`;
    options = normalizeOptions(options);
    const filename = filenameOf(options);
    const { lineOffset, columnOffset, cachedData, produceCachedData } = options;
    if (lineOffset !== undefined) validateInt32(lineOffset, 'options.lineOffset');
    if (columnOffset !== undefined) validateInt32(columnOffset, 'options.columnOffset');
    if (produceCachedData !== undefined) validateBoolean(produceCachedData, 'options.produceCachedData');
    if (cachedData !== undefined) {
      if (!ArrayBuffer.isView(cachedData)) {
        throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
      }
      // No code cache here: Node reports cachedDataRejected when it cannot use one.
      this.cachedDataRejected = true;
    }
    this.#code = code;
    this.#filename = filename;
    this.#offsets = offsetsOf(options);
    checkSyntax(code, filename);
  }

  runInThisContext(options) {
    options = methodOptions(options);
    const code = this.#code;
    const filename = this.#filename;
    const offsets = this.#offsets;
    return runDecorated(() => binding.evalScript(placed(code, offsets), filename), code, filename, options, offsets);
  }

  runInContext(contextifiedObject, options) {
    const ctx = contextFor(contextifiedObject);
    options = methodOptions(options);
    const code = this.#code;
    const filename = this.#filename;
    const offsets = this.#offsets;
    return runDecorated(() => ctx.run(placed(code, offsets), filename), code, filename, options, offsets);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(methodOptions(options)));
    // Called on another receiver: fail as V8 words it (GraalJS would say "<this>.runInContext").
    if (this === null || this === undefined || typeof this.runInContext !== 'function') {
      throw new TypeError('this.runInContext is not a function');
    }
    return this.runInContext(context, options);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  options = normalizeOptions(options);
  validateRunOptions(options);
  code = `${code}`;
  const filename = filenameOf(options);
  const offsets = offsetsOf(options);
  return runDecorated(() => binding.evalScript(placed(code, offsets), filename), code, filename, options, offsets);
}

// runInNewContext's own names for createContext's options.
function contextOptions(options) {
  const { contextName, contextOrigin, contextCodeGeneration } = options;
  if (contextName !== undefined) validateString(contextName, 'options.contextName');
  if (contextOrigin !== undefined) validateString(contextOrigin, 'options.contextOrigin');
  if (contextCodeGeneration !== undefined) validateObject(contextCodeGeneration, 'options.contextCodeGeneration');
  return {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: options.contextCodeGeneration,
    microtaskMode: options.microtaskMode,
  };
}

function isContext(object) {
  if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('object', 'object', object);
  }
  return contextOf(object) !== undefined;
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY) {
    if (contextObject === null || (typeof contextObject !== 'object' && typeof contextObject !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'object', contextObject);
    }
    if (contextOf(contextObject) !== undefined) return contextObject;
  }
  validateObject(options, 'options');
  const { name, origin, codeGeneration, microtaskMode } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
    if (strings === false) throw new ERR_NOT_IMPLEMENTED('vm options.codeGeneration.strings = false');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  // A context with its own microtask queue, drained after each evaluation: the realms here share one.
  if (microtaskMode !== undefined) throw new ERR_NOT_IMPLEMENTED("vm options.microtaskMode 'afterEvaluate'");
  return contextify(contextObject === constants.DONT_CONTEXTIFY ? null : contextObject);
}

function runInContext(code, contextifiedObject, options) {
  const ctx = contextFor(contextifiedObject);
  options = normalizeOptions(options);
  validateRunOptions(options);
  code = `${code}`;
  const filename = filenameOf(options);
  const offsets = offsetsOf(options);
  return runDecorated(() => ctx.run(placed(code, offsets), filename), code, filename, options, offsets);
}

// A plain function, not a method: Node's own tests call it with `new`.
function runInNewContext(code, contextObject, options) {
  options = normalizeOptions(options);
  const context = createContext(contextObject, contextOptions(options));
  return runInContext(code, context, options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const { parsingContext, contextExtensions = [] } = options;
  const ctx = parsingContext === undefined ? undefined : contextFor(parsingContext);
  validateArray(contextExtensions, 'options.contextExtensions');
  if (contextExtensions.length > 0) {
    throw new ERR_NOT_IMPLEMENTED('vm.compileFunction with contextExtensions');
  }
  const filename = filenameOf(options);
  // The Function constructor checks parameters and body apart (no breaking out of the wrapper);
  // then the same text is compiled as a script so stack traces name options.filename. The body
  // starts on line 1, as in Node; the trailing newline keeps a final line comment from eating the brace.
  new Function(...params, code); // eslint-disable-line no-new-func
  const source = `(function (${params.join(', ')}) {${code}\n})`;
  return ctx === undefined ? binding.evalScript(source, filename) : ctx.runScript(source, filename);
}

module.exports = {
  Script,
  createScript,
  createContext,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  constants,
};
