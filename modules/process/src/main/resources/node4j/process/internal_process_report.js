'use strict';
// process.report: Node's settings object with its validation, over the Java side that gathers
// the process facts and writes the report (ReportBinding). This file hands over only what
// JavaScript alone knows: the error's stack and properties, process.env, versions, command line,
// the os module's cpus and interfaces, and the loop handles node4j knows of.
// Not wired (they need core's fatal-error path): reportOnUncaughtException and
// reportOnFatalError are kept and validated but write no report when the process dies.
const core = require('internal/core');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL }, decorate } = require('internal/errors');

function createReport(process, binding, signalNames) {
  let java;   // the Java side, on first report
  const settings = {
    compact: false, directory: '', filename: '', excludeEnv: false, excludeNetwork: false,
    signal: 'SIGUSR2', reportOnFatalError: false, reportOnSignal: false, reportOnUncaughtException: false,
  };
  readFlags(process.execArgv, settings);

  function validateBool(value, name) {
    if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
  }
  function validateStr(value, name) {
    if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
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
        validateStr(file, 'file');
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
    get directory() { return settings.directory; },
    set directory(dir) {
      validateStr(dir, 'directory');
      settings.directory = dir;
    },
    get filename() { return settings.filename; },
    set filename(name) {
      validateStr(name, 'filename');
      settings.filename = name;
    },
    get compact() { return settings.compact; },
    set compact(b) {
      validateBool(b, 'compact');
      settings.compact = b;
    },
    get excludeNetwork() { return settings.excludeNetwork; },
    set excludeNetwork(b) {
      validateBool(b, 'excludeNetwork');
      settings.excludeNetwork = b;
    },
    get signal() { return settings.signal; },
    set signal(sig) {
      validateStr(sig, 'signal');
      if (!Object.hasOwn(signalNames, sig)) throw new ERR_UNKNOWN_SIGNAL(sig);
      if (settings.reportOnSignal) {
        process.removeListener(settings.signal, signalHandler);
        process.on(sig, signalHandler);
      }
      settings.signal = sig;
    },
    get reportOnFatalError() { return settings.reportOnFatalError; },
    set reportOnFatalError(trigger) {
      validateBool(trigger, 'trigger');
      settings.reportOnFatalError = trigger;
    },
    get reportOnSignal() { return settings.reportOnSignal; },
    set reportOnSignal(trigger) {
      validateBool(trigger, 'trigger');
      if (trigger === settings.reportOnSignal) return;
      if (trigger) process.on(settings.signal, signalHandler);
      else process.removeListener(settings.signal, signalHandler);
      settings.reportOnSignal = trigger;
    },
    get reportOnUncaughtException() { return settings.reportOnUncaughtException; },
    set reportOnUncaughtException(trigger) {
      validateBool(trigger, 'trigger');
      settings.reportOnUncaughtException = trigger;
    },
    get excludeEnv() { return settings.excludeEnv; },
    set excludeEnv(b) {
      validateBool(b, 'excludeEnv');
      settings.excludeEnv = b;
    },
  };

  function writeFile(event, trigger, file, err) {
    java ??= binding.report();
    return java.write(event, trigger, file, settings.directory, settings.filename, jsFacts(err), settings.compact);
  }

  /** The report's facts that live in JavaScript. */
  function jsFacts(err) {
    const os = core.binding.isBuiltin('os') ? require('os') : undefined;
    return {
      stack: err !== null && typeof err.stack === 'string' ? err.stack : null,
      errorProperties: err === null ? {} : errorProperties(err),
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

/** The --report-* flags node4j was started with (Node's names; --report-dir is an alias). */
function readFlags(execArgv, settings) {
  const bools = { '--report-compact': 'compact', '--report-exclude-env': 'excludeEnv',
    '--report-exclude-network': 'excludeNetwork', '--report-on-signal': 'reportOnSignal',
    '--report-on-fatalerror': 'reportOnFatalError', '--report-uncaught-exception': 'reportOnUncaughtException' };
  const strings = { '--report-directory': 'directory', '--report-dir': 'directory',
    '--report-filename': 'filename', '--report-signal': 'signal' };
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (Object.hasOwn(bools, name)) settings[bools[name]] = true;
    else if (Object.hasOwn(strings, name)) settings[strings[name]] = eq < 0 ? (execArgv[++i] ?? '') : arg.slice(eq + 1);
  }
}

module.exports = { createReport };
