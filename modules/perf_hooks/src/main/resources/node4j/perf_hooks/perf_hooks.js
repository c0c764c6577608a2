'use strict';
// The User Timing part of perf_hooks over the loop's monotonic clock (ms since the runtime
// started, as Node's performance.now() counts from process start).
const core = require('internal/core');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { validateString, validateObject, kValidateObjectAllowNullable } = require('internal/validators');

const clock = core.binding;
const timeOrigin = Date.now() - clock.hrNow();
const kConstruct = Symbol('construct');
const entries = [];   // marks and measures, in insertion order

class PerformanceEntry {
  #name; #type; #start; #duration; #detail;
  constructor(key, name, type, start, duration, detail) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }
  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }
  get detail() { return this.#detail; }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime,
      duration: this.duration, detail: this.detail };
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new TypeError('The "name" argument must be specified');
    name = `${name}`;
    if (options != null) validateObject(options, 'options');
    const start = options?.startTime ?? clock.hrNow();
    if (typeof start !== 'number') throw new ERR_INVALID_ARG_TYPE('options.startTime', 'number', start);
    const detail = options?.detail === undefined ? null : structuredClone(options.detail);
    super(kConstruct, name, 'mark', start, 0, detail);
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, name, start, duration, detail) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct, name, 'measure', start, duration, detail);
  }
}

function markTime(nameOrTime) {
  if (nameOrTime === undefined) return undefined;
  if (typeof nameOrTime === 'number') return nameOrTime;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === nameOrTime) return entries[i].startTime;
  }
  const msg = `The "${nameOrTime}" performance mark has not been set`;
  throw typeof DOMException === 'function' ? new DOMException(msg, 'SyntaxError') : new SyntaxError(msg);
}

class Performance {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  now() { return clock.hrNow(); }
  get timeOrigin() { return timeOrigin; }
  mark(name, options) {
    const m = new PerformanceMark(name, options);
    entries.push(m);
    return m;
  }
  measure(name, startOrOptions, endMark) {
    validateString(name, 'name');
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      validateObject(startOrOptions, 'startOrMeasureOptions', kValidateObjectAllowNullable);
      start = markTime(startOrOptions.start);
      end = startOrOptions.end !== undefined ? markTime(startOrOptions.end)
        : startOrOptions.duration !== undefined && start !== undefined ? start + startOrOptions.duration : undefined;
      if (start === undefined && startOrOptions.duration !== undefined && end !== undefined) {
        start = end - startOrOptions.duration;
      }
      if (startOrOptions.detail !== undefined) detail = structuredClone(startOrOptions.detail);
    } else {
      start = markTime(startOrOptions);
      end = markTime(endMark);
    }
    if (start === undefined) start = 0;
    if (end === undefined) end = clock.hrNow();
    const m = new PerformanceMeasure(kConstruct, name, start, end - start, detail);
    entries.push(m);
    return m;
  }
  clearMarks(name) { remove('mark', name); }
  clearMeasures(name) { remove('measure', name); }
  getEntries() { return sorted(entries); }
  getEntriesByName(name, type) {
    return sorted(entries.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === type)));
  }
  getEntriesByType(type) { return sorted(entries.filter((e) => e.entryType === `${type}`)); }
  toJSON() { return { timeOrigin, nodeTiming: undefined }; }
}

function remove(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === `${name}`)) entries.splice(i, 1);
  }
}

function sorted(list) {
  return list.slice().sort((a, b) => a.startTime - b.startTime);
}

const performance = new Performance(kConstruct);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  performance,
  constants: Object.freeze({ NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64 }),
};
