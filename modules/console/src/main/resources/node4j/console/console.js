'use strict';
// The Console class and the global console: formatting is util's (inspect/format), output goes
// to the streams' write(). Methods are bound to their instance, so `const { log } = console` works.
// inspect, types and the table renderer load on first use: console.log('text') needs none.
const { formatWithOptions } = require('internal/util/format');
const errors = require('internal/errors');
const { codes: { ERR_INVALID_ARG_VALUE }, decorate } = errors;
const { validateArray, validateObject, validateInteger, validateOneOf } = require('internal/validators');
const inspect = (v, opts) => require('internal/util/inspect').inspect(v, opts);
const lazyTypes = () => require('internal/util/types').types;
const renderTable = (head, columns) => require('internal/console/table').renderTable(head, columns);

const kState = Symbol('node4j.console.state');
const kIsConsole = Symbol('kIsConsole');
const process = () => require('process');

function consoleStreamError(name) {
  return decorate(new TypeError(`Console expects a writable stream instance for ${name}`), 'ERR_CONSOLE_WRITABLE_STREAM');
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout, stderr: err = stdout, ignoreErrors: ignore = true, colorMode = 'auto',
    inspectOptions, groupIndentation = 2,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw consoleStreamError('stdout');
  if (!err || typeof err.write !== 'function') throw consoleStreamError('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.inspectOptions.color', inspectOptions,
        'cannot be used in combination with colorMode');
    }
  }
  initConsole(this, { stdout, stderr: err, ignoreErrors: !!ignore, colorMode, inspectOptions, groupIndentation });
  // Every method is an own bound property, as in Node.
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof d.value === 'function') {
      const bound = d.value.bind(this);
      Object.defineProperty(bound, 'name', { __proto__: null, value: key });
      Object.defineProperty(this, key, { __proto__: null, ...d, value: bound });
    }
  }
}

function initConsole(target, state) {
  Object.defineProperty(target, kState, { __proto__: null,
    value: { ...state, groupIndent: '', counts: new Map(), timers: new Map() }, writable: true,
  });
  Object.defineProperty(target, kIsConsole, { __proto__: null, value: true });
  for (const [name, stream] of [['_stdout', state.stdout], ['_stderr', state.stderr]]) {
    Object.defineProperty(target, name, { __proto__: null, value: stream, writable: true, configurable: true, enumerable: false });
  }
}

Object.defineProperty(Console, Symbol.hasInstance, { __proto__: null,
  value(instance) { return instance != null && instance[kIsConsole] === true; },
});

function inspectOptionsFor(self, stream) {
  const st = self[kState];
  let colors = st.colorMode;
  if (colors === 'auto') {
    colors = !!(stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true)) &&
      process().env.NO_COLOR === undefined && process().env.NODE_DISABLE_COLORS === undefined;
  }
  const opts = st.inspectOptions;
  if (opts) return opts.colors === undefined ? { ...opts, colors } : opts;
  return colors ? { colors: true } : {};
}

function write(self, useStdErr, string) {
  const st = self[kState];
  const stream = useStdErr ? st.stderr : st.stdout;
  if (st.groupIndent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${st.groupIndent}`);
    string = st.groupIndent + string;
  }
  string += '\n';
  if (!st.ignoreErrors) return stream.write(string);
  try {
    if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0 && typeof stream.once === 'function') {
      stream.once('error', () => {});
    }
    stream.write(string);
  } catch (e) {
    // Node swallows write errors here, except a full stack (which it rethrows).
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw e;
  }
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) { hours = Math.floor(ms / 3600000); ms %= 3600000; }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const pad = (v) => String(v).padStart(2, '0');
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${head}:${pad(s)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

const now = () => Number(process().hrtime.bigint()) / 1e6;

function timeLogImpl(self, name, label, data) {
  const timers = self[kState].timers;
  const start = timers.get(label);
  if (start === undefined) {
    process().emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - start);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

const methods = {
  log(...args) { write(this, false, formatWithOptions(inspectOptionsFor(this, this[kState].stdout), ...args)); },
  warn(...args) { write(this, true, formatWithOptions(inspectOptionsFor(this, this[kState].stderr), ...args)); },
  dir(object, options) {
    write(this, false, inspect(object, { customInspect: false, ...inspectOptionsFor(this, this[kState].stdout), ...options }));
  },
  time(label = 'default') {
    label = `${label}`;
    const timers = this[kState].timers;
    if (timers.has(label)) {
      process().emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    timers.set(label, now());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kState].timers.delete(label);
  },
  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },
  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions(inspectOptionsFor(this, this[kState].stderr), ...args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (expression) return;
    if (args.length > 0 && typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    Reflect.apply(this.warn, this, args);
  },
  clear() {
    const stdout = this[kState].stdout;
    if (stdout.isTTY && process().env.TERM !== 'dumb') stdout.write('\u001b[1;1H\u001b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kState].counts;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    this.log(`${label}: ${n}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kState].counts;
    if (!counts.has(label)) {
      process().emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    const st = this[kState];
    st.groupIndent += ' '.repeat(st.groupIndentation);
  },
  groupEnd() {
    const st = this[kState];
    st.groupIndent = st.groupIndent.slice(0, st.groupIndent.length - st.groupIndentation);
  },
  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const cell = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptionsFor(this, this[kState].stdout) });
    };
    const indexes = (n) => Array.from({ length: n }, (_, i) => cell(i));
    const print = (head, columns) => this.log(renderTable(head, columns));
    const types = lazyTypes();
    if (types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      for (const [k, v] of tabularData) { keys.push(cell(k)); values.push(cell(v)); }
      return print(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
    }
    if (types.isSet(tabularData) || types.isSetIterator(tabularData) || types.isMapIterator(tabularData)) {
      const values = [];
      for (const v of tabularData) values.push(cell(v));
      return print(['(iteration index)', 'Values'], [indexes(values.length), values]);
    }
    const map = Object.create(null);
    let hasPrimitives = false;
    const primitiveValues = [];
    const indexKeys = Object.keys(tabularData);
    for (let i = 0; i < indexKeys.length; i++) {
      const item = tabularData[indexKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitiveValues[i] = cell(item);
      } else {
        for (const key of properties || Object.keys(item)) {
          map[key] ??= [];
          map[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ? '' : cell(item[key]);
        }
      }
    }
    const head = Object.keys(map);
    const columns = Object.values(map);
    if (hasPrimitives) { head.push('Values'); columns.push(primitiveValues); }
    head.unshift('(index)');
    columns.unshift(indexKeys);
    return print(head, columns);
  },
};
methods.info = methods.log;
methods.debug = methods.log;
methods.error = methods.warn;
methods.dirxml = methods.log;
methods.groupCollapsed = methods.group;

// The same order of methods as Node's console.
for (const name of ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace',
  'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed']) {
  Object.defineProperty(Console.prototype, name, { __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true });
}

// The global console: a plain object (Object [console]) whose methods write to process.stdout/stderr,
// looked up on each call so that replacing process.stdout is honoured.
function createGlobalConsole() {
  const globalConsole = Object.create({});
  Object.defineProperty(Object.getPrototypeOf(globalConsole), Symbol.toStringTag,
    { value: 'console', writable: false, enumerable: false, configurable: true });
  // Straight to the fd while process.stdout/stderr are untouched (internal/process/stdio).
  const stdio = require('internal/process/stdio');
  const lazyStream = (name, fd) => ({
    get isTTY() { return stdio.untouched(fd) ? stdio.isatty(fd) : process()[name].isTTY; },
    write(s) {
      if (stdio.untouched(fd)) { stdio.writeChunk(fd, s); return true; }
      return process()[name].write(s);
    },
    listenerCount(e) {
      if (stdio.untouched(fd)) return 1;
      const s = process()[name];
      return typeof s.listenerCount === 'function' ? s.listenerCount(e) : 1;
    },
    once(e, f) {
      if (stdio.untouched(fd)) return;
      const s = process()[name];
      if (typeof s.once === 'function') s.once(e, f);
    },
    getColorDepth() { const s = process()[name]; return typeof s.getColorDepth === 'function' ? s.getColorDepth() : 8; },
  });
  initConsole(globalConsole, { stdout: lazyStream('stdout', 1), stderr: lazyStream('stderr', 2), ignoreErrors: true,
    colorMode: 'auto', inspectOptions: undefined, groupIndentation: 2 });
  for (const key of Object.keys(Console.prototype)) {
    const bound = Console.prototype[key].bind(globalConsole);
    Object.defineProperty(bound, 'name', { __proto__: null, value: key });
    globalConsole[key] = bound;
  }
  globalConsole.Console = Console;
  return globalConsole;
}

const globalConsole = createGlobalConsole();
module.exports = globalConsole;
