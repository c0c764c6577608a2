'use strict';
// assert.AssertionError and the messages Node generates for each operator.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { inspectValue } = require('internal/assert/inspect');
const { diffLines, printDiff } = require('internal/assert/myers_diff');

const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const isObjectLike = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

function checkOperator(actual, expected, operator) {
  // Two distinct objects (or functions) are reported as not reference-equal.
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    return 'strictEqualObject';
  }
  return operator;
}

function isSimpleDiff(actual, linesA, expected, linesE) {
  if (linesA.length > 1 || linesE.length > 1) return false;
  return !isObjectLike(actual) || !isObjectLike(expected);
}

function simpleDiff(actual, inspectedA, expected, inspectedE) {
  let len = inspectedA.length + inspectedE.length;
  if (typeof actual === 'string') len -= 2;
  if (typeof expected === 'string') len -= 2;
  if (len <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
    return { message: `${inspectedA} !== ${inspectedE}`, header: '' };
  }
  // Stacked: one line each, with a caret under the first difference when short enough.
  let message = `\n+ ${inspectedA}\n- ${inspectedE}`;
  if (inspectedA.length + inspectedE.length <= 80) {
    for (let i = 0; i < inspectedA.length; i++) {
      if (inspectedA[i] !== inspectedE[i]) {
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return { message };
}

function createErrDiff(actual, expected, operator, customMessage, diffType) {
  operator = checkOperator(actual, expected, operator);
  const inspectedA = inspectValue(actual);
  const inspectedE = inspectValue(expected);
  const linesA = inspectedA.split('\n');
  const linesE = inspectedE.split('\n');
  let header = '+ actual - expected';
  let message;
  let skipped = false;
  if (isSimpleDiff(actual, linesA, expected, linesE)) {
    const diff = simpleDiff(actual, linesA[0], expected, linesE[0]);
    message = diff.message;
    if (diff.header !== undefined) header = diff.header;
  } else if (inspectedA === inspectedE) {
    // Same printout, yet unequal (different references or invisible differences).
    operator = 'notIdentical';
    header = '';
    if (linesA.length > 50 && diffType !== 'full') {
      message = `${linesA.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = linesA.join('\n');
    }
  } else {
    const printed = printDiff(diffLines(linesA, linesE, actual != null && typeof actual === 'object'), diffType);
    message = printed.message;
    skipped = printed.skipped;
  }
  const head = customMessage ? String(customMessage) : kReadableOperator[operator];
  return `${head}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// With diff 'full' nothing is shortened.
function generatedMessage(actual, expected, operator, diffType) {
  const full = diffType === 'full';
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    // Equal where unequal was required: print the one value.
    let base = kReadableOperator[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && isObjectLike(actual)) base = kReadableOperator.notStrictEqualObject;
    if (lines.length > 50 && !full) {
      lines[46] = '...';
      lines.length = 47;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 && !full ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > kMaxLongStringLength && !full) res = `${res.slice(0, 509)}...`;
  if (other.length > kMaxLongStringLength && !full) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

const isError = (v) => v instanceof Error;

function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (isError(cause)) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, details, diff = 'simple' } = options;
    const stackStartFn = options.stackStartFn || options.stackStartFunction;   // the latter: older name
    let { actual, expected } = options;
    let text;
    if (message == null && isError(actual) && isError(expected) && 'stack' in actual && 'stack' in expected) {
      // Print errors as [Name: message], not with their stacks: compare stack-less copies.
      actual = copyError(actual);
      expected = copyError(expected);
    }
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        text = createErrDiff(actual, expected, operator, message, diff);
      } else {
        text = String(message);
      }
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
               operator === 'partialDeepStrictEqual') {
      text = createErrDiff(actual, expected, operator, undefined, diff);
    } else {
      text = generatedMessage(actual, expected, operator, diff);
    }
    // Message as a own property set by Error itself (non-enumerable), like Node's.
    const limit = Error.stackTraceLimit;
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = 0;
    super(text);
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = limit;

    this.generatedMessage = message == null;
    Object.defineProperty(this, 'name', { __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || AssertionError);
    } else {
      // No V8 stack API: cut the frames of the assert machinery out of the text instead.
      const stack = this.stack;   // read now, so the header carries the code, as Node's does
      if (typeof stack === 'string') this.stack = trimStack(stack, stackStartFn);
    }
    void this.stack;   // the stack header carries the code, as Node's does
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // util.inspect shows long actual/expected strings shortened, as Node does.
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx, inspectFn) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = shortenForInspect(actual);
    if (typeof expected === 'string') this.expected = shortenForInspect(expected);
    try {
      return inspectFn(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

const kMaxShownLines = 10;
const kLongStringCut = 512;
/** At most ten lines, then '...'; a long single line loses its first 512 characters (Node's rule). */
function shortenForInspect(str) {
  const lines = str.split('\n', kMaxShownLines + 1);
  if (lines.length > kMaxShownLines) return `${lines.slice(0, kMaxShownLines).join('\n')}\n...`;
  if (str.length > kLongStringCut) return `${str.slice(kLongStringCut)}...`;
  return str;
}

const kInternalFrame = /\((?:node:assert|node:internal\/assert\/|node:internal\/comparisons)[^)]*\)$/;

/** `stack` without the frames up to and including stackStartFn's, or leading assert-internal ones. */
function trimStack(stack, stackStartFn) {
  const lines = stack.split('\n');
  let first = lines.findIndex((l) => l.startsWith('    at '));
  if (first === -1) return stack;
  let cut = -1;
  const name = typeof stackStartFn === 'function' ? stackStartFn.name : '';
  if (name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^    at (?:new )?(?:[\\w$<>.\\[\\] ]+\\.)?${escaped} \\(`);
    cut = lines.findIndex((l, i) => i >= first && re.test(l));
  }
  if (cut === -1) cut = first - 1;
  // Wrappers (Assert methods) that called the stack-start function are internal too.
  while (cut + 1 < lines.length && kInternalFrame.test(lines[cut + 1])) cut++;
  return [...lines.slice(0, first), ...lines.slice(cut + 1)].join('\n');
}

function isErrorStackTraceLimitWritable() {
  const d = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  return d === undefined ? Object.isExtensible(Error) : (d.writable === true || typeof d.set === 'function');
}

module.exports = { AssertionError, kReadableOperator };
