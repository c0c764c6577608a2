'use strict';
// process.report: Node's settings object with its validation, over the Java side that gathers
// the process facts and writes the report (ReportBinding). This file hands over only what
// JavaScript alone knows: the error's stack and properties, process.env, versions, command line,
// the os module's cpus and interfaces, and the loop handles node4j knows of.
// reportOnUncaughtException writes a report when an uncaught exception ends the process (core
// tells it, with the text printed for the error). Not wired: reportOnFatalError is kept and
// validated, but node4j has no fatal errors of V8's kind to report.
const core = require('internal/core');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL }, decorate } = require('internal/errors');
const { validateBoolean, validateString } = require('internal/validators');

// The settings in Node's property order: name, kind ('boolean' or 'string' values, or 'signal':
// a string naming a known signal), the argument name Node's type error gives when it is not the
// setting's own, and the --report-* flags that set it at start (--report-dir is node4j's alias).
// `implies`: the setting a flag also turns on (Node's --report-signal turns on the signal report).
const kSettings = [
  { name: 'directory', kind: 'string', flags: ['--report-directory', '--report-dir'] },
  { name: 'filename', kind: 'string', flags: ['--report-filename'] },
  { name: 'compact', kind: 'boolean', flags: ['--report-compact'] },
  { name: 'excludeNetwork', kind: 'boolean', flags: ['--report-exclude-network'] },
  { name: 'signal', kind: 'signal', flags: ['--report-signal'], implies: 'reportOnSignal' },
  { name: 'reportOnFatalError', kind: 'boolean', arg: 'trigger', flags: ['--report-on-fatalerror'] },
  { name: 'reportOnSignal', kind: 'boolean', arg: 'trigger', flags: ['--report-on-signal'] },
  { name: 'reportOnUncaughtException', kind: 'boolean', arg: 'trigger', flags: ['--report-uncaught-exception'] },
  { name: 'excludeEnv', kind: 'boolean', flags: ['--report-exclude-env'] },
];
const kDefaults = { boolean: false, string: '', signal: 'SIGUSR2' };

/** fn, named as Node's accessor functions are ("get directory"). */
const named = (name, fn) => Object.defineProperty(fn, 'name', { value: name });

function createReport(process, binding, signalNames) {
  let java;   // the Java side, on first report
  const settings = {};
  for (const { name, kind } of kSettings) settings[name] = kDefaults[kind];
  readFlags(process.execArgv, settings);

  const validators = {
    boolean: validateBoolean,
    string: validateString,
    signal(sig, name) {
      validateString(sig, name);
      if (!Object.hasOwn(signalNames, sig)) throw new ERR_UNKNOWN_SIGNAL(sig);
    },
  };
  // What a change does besides being stored (run with the old value still in settings).
  const effects = {
    signal(sig) {
      if (settings.reportOnSignal) {
        process.removeListener(settings.signal, signalHandler);
        process.on(sig, signalHandler);
      }
    },
    reportOnSignal(trigger) {
      if (trigger === settings.reportOnSignal) return;
      if (trigger) process.on(settings.signal, signalHandler);
      else process.removeListener(settings.signal, signalHandler);
    },
  };

  function validateErr(err) {
    if (err === null || typeof err !== 'object' || Array.isArray(err)) {
      throw new ERR_INVALID_ARG_TYPE('err', 'object', err);
    }
  }

  // Node's default stack section: a synthetic error made where the report was asked for.
  function syntheticError() {
    const err = new Error('JavaScript Callstack');
    Error.captureStackTrace(err, syntheticError);   // the stack starts at getReport/writeReport
    return decorate(err, 'ERR_SYNTHETIC');
  }

  function signalHandler(sig) {
    writeFile(sig, 'Signal', null, null);
  }

  const report = {
    writeReport(file, err) {
      if (typeof file === 'object' && file !== null) {
        err = file;
        file = undefined;
      } else if (file !== undefined) {
        validateString(file, 'file');
        file = require('internal/fs/utils').getValidatedPath(file);
      }
      if (err === undefined) err = syntheticError(); else validateErr(err);
      return writeFile('JavaScript API', 'API', file === undefined ? null : file, err);
    },
    getReport(err) {
      if (err === undefined) err = syntheticError(); else validateErr(err);
      java ??= binding.report();
      return JSON.parse(java.build('JavaScript API', 'GetReport', null, jsFacts(err), false));
    },
  };

  for (const { name, kind, arg = name } of kSettings) {
    const validate = validators[kind];
    const effect = effects[name];
    Object.defineProperty(report, name, {
      get: named(`get ${name}`, () => settings[name]),
      set: named(`set ${name}`, (value) => {
        validate(value, arg);
        if (effect !== undefined) effect(value);
        settings[name] = value;
      }),
      enumerable: true,
      configurable: true,
    });
  }

  function writeFile(event, trigger, file, err, stack) {
    java ??= binding.report();
    return java.write(event, trigger, file, settings.directory, settings.filename, jsFacts(err, stack),
      settings.compact);
  }

  /** The report's facts that live in JavaScript; `stack` replaces the error's own stack text. */
  function jsFacts(err, stack) {
    const os = core.binding.isBuiltin('os') ? require('os') : undefined;
    const isObject = err !== null && typeof err === 'object';
    return {
      stack: stack ?? (isObject && typeof err.stack === 'string' ? err.stack : null),
      errorProperties: isObject ? errorProperties(err) : {},
      commandLine: [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      nodejsVersion: process.version,
      versions: { ...process.versions },
      release: { ...process.release },
      cpus: os ? os.cpus().map(({ model, speed, times }) => ({ model, speed, ...times })) : null,
      networkInterfaces: os && !settings.excludeNetwork ? interfaces(os.networkInterfaces()) : null,
      libuv: handles(),
      env: settings.excludeEnv ? null : { ...process.env },
    };
  }

  if (settings.reportOnSignal) process.on(settings.signal, signalHandler);
  // The report names the printed text's first line as the message, as Node does.
  core.onFatalException((err, printed) => {
    if (settings.reportOnUncaughtException) writeFile('Exception', 'Exception', null, err, printed);
  });
  return report;

  /** The loop handles node4j knows of, in the report's shape (node4j has no native addresses). */
  function handles() {
    const out = [];
    let timer = false;
    for (const kind of process.getActiveResourcesInfo()) {
      if (kind === 'TTYWrap' || kind === 'PipeWrap') {
        out.push({ type: kind === 'TTYWrap' ? 'tty' : 'pipe', is_active: true, is_referenced: true });
      } else if (kind === 'Timeout') {
        timer = true;
      }
    }
    if (timer) out.push({ type: 'timer', is_active: true, is_referenced: true });
    return out;
  }
}

/** An error's own enumerable properties (other than stack and message) as strings. */
function errorProperties(err) {
  const out = {};
  for (const key of Object.keys(err)) {
    if (key === 'stack' || key === 'message') continue;
    try { out[key] = String(err[key]); } catch { out[key] = ''; }
  }
  return out;
}

function interfaces(byName) {
  const out = [];
  for (const [name, addresses] of Object.entries(byName)) {
    for (const { address, netmask, family, mac, internal, scopeid } of addresses) {
      out.push({ name, internal, mac, address, netmask, family, ...(family === 'IPv6' ? { scopeid } : {}) });
    }
  }
  return out;
}

/** The --report-* flags node4j was started with: a boolean's flag sets it, the others take a value. */
function readFlags(execArgv, settings) {
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const setting = kSettings.find((s) => s.flags.includes(flag));
    if (setting === undefined) continue;
    if (setting.kind === 'boolean') settings[setting.name] = true;
    else settings[setting.name] = eq < 0 ? (execArgv[++i] ?? '') : arg.slice(eq + 1);
    if (setting.implies !== undefined) settings[setting.implies] = true;
  }
}

module.exports = { createReport };
