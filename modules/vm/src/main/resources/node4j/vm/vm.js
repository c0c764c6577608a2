'use strict';
// Node's vm module, the part this embedding can honour: code runs in THIS context only.
//
// createContext, runInContext, runInNewContext, measureMemory and vm.Module/SourceTextModule are
// deliberately ABSENT (not stubs): they need a second JS realm (its own globalThis), which a GraalJS
// context embedded here cannot create yet. Code probing `typeof vm.createContext` sees the truth.

const { binding } = require('internal/core');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateString, validateObject, validateArray } = require('internal/validators');

const kDefaultFilename = 'evalmachine.<anonymous>';

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

class Script {
  #code;
  #filename;

  constructor(code, options) {
    code = `${code}`;
    options = normalizeOptions(options);
    const filename = filenameOf(options);
    if (options.cachedData !== undefined) {
      // No code cache here: Node reports cachedDataRejected when it cannot use one.
      this.cachedDataRejected = true;
    }
    this.#code = code;
    this.#filename = filename;
    checkSyntax(code, filename);
  }

  runInThisContext(options) {
    if (options !== undefined && options !== null) validateObject(options, 'options');
    return binding.evalScript(this.#code, this.#filename);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  options = normalizeOptions(options);
  return binding.evalScript(`${code}`, filenameOf(options));
}

function isContext(object) {
  if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('object', 'object', object);
  }
  return false; // there are no contextified objects without createContext
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const { parsingContext, contextExtensions = [] } = options;
  if (parsingContext !== undefined) throw new ERR_NOT_IMPLEMENTED('vm.compileFunction with parsingContext');
  validateArray(contextExtensions, 'options.contextExtensions');
  if (contextExtensions.length > 0) {
    throw new ERR_NOT_IMPLEMENTED('vm.compileFunction with contextExtensions');
  }
  const filename = filenameOf(options);
  // The Function constructor checks parameters and body apart (no breaking out of the wrapper);
  // then evalScript compiles the same text so stack traces name options.filename. The body starts
  // on line 1, as in Node; the trailing newline keeps a final line comment from eating the brace.
  new Function(...params, code); // eslint-disable-line no-new-func
  return binding.evalScript(`(function (${params.join(', ')}) {${code}\n})`, filename);
}

const constants = Object.freeze(Object.assign(Object.create(null), {
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}));

module.exports = {
  Script,
  createScript,
  runInThisContext,
  isContext,
  compileFunction,
  constants,
};
