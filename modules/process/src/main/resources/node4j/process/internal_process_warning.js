'use strict';
// process.emitWarning and the default 'warning' listener that prints warnings to stderr.
const core = require('internal/core');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString } = require('internal/validators');

let helperShown = false;

/** The default 'warning' listener: one block on stderr per warning, as Node prints it. */
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const process = core.requireBuiltin('process');
  if (process.noProcessWarnings || process.execArgv.includes('--no-warnings')) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += warning.stack;
  } else {
    // A toString that is not a function (a plain property) falls back to Error's own.
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !helperShown) {
    helperShown = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = String(process.argv0 || 'node').replace(/^.*[\\/]/, '').replace(/\.exe$/, '');
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
  }
  // Through process.stderr (as Node's console.error does), so a replaced stderr sees it.
  process.stderr.write(`${msg}\n`);
}

function emitWarning(warning, type, code, ctor) {
  const process = core.requireBuiltin('process');
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    Error.captureStackTrace(w, typeof ctor === 'function' ? ctor : process.emitWarning);
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown on the next tick, so warnings emitted before it are printed first.
    if (process.throwDeprecation) {
      core.nextTick(() => { throw warning; });
      return;
    }
  }
  core.nextTick(() => process.emit('warning', warning));
}

const experimentalWarned = new Set();

/** Node's one-time "is an experimental feature" warning for `feature`. */
function emitExperimentalWarning(feature) {
  if (experimentalWarned.has(feature)) return;
  experimentalWarned.add(feature);
  emitWarning(`${feature} is an experimental feature and might change at any time`, 'ExperimentalWarning');
}

module.exports = { emitWarning, onWarning, emitExperimentalWarning };
