'use strict';
// assert.ok's generated message quotes the failing call: find the caller's file:line:column from
// a stack trace, read that line (through fs when it is available) and cut out the call.

const kNoFile = null;

/** {file, line, column} (1-based) of the frame that called `fn` (the assert function), or null. */
function callerOf(fn) {
  if (typeof Error.captureStackTrace === 'function') {
    const holder = {};
    const prepare = Error.prepareStackTrace;
    const limit = Error.stackTraceLimit;   // the program may have set it to 0: we need our frames
    let frames;
    let error;   // its stack holds the caller's frame, for the engine's copy of eval'd source
    try {
      Error.prepareStackTrace = (err, callSites) => callSites;
      Error.stackTraceLimit = 1;
      Error.captureStackTrace(holder, fn);
      frames = holder.stack;
      Error.stackTraceLimit = 20;
      error = new Error();
    } catch {
      frames = undefined;
    } finally {
      Error.prepareStackTrace = prepare;
      Error.stackTraceLimit = limit;
    }
    if (Array.isArray(frames) && frames.length > 0 && typeof frames[0].getFileName === 'function') {
      const f = frames[0];
      return { file: f.getFileName(), line: f.getLineNumber(), column: f.getColumnNumber(), error };
    }
  }
  // The text form: the first frame outside the assert module's own files.
  const lines = String(new Error().stack).split('\n');
  for (const l of lines) {
    if (!l.startsWith('    at ')) continue;
    const m = /\(?([^()\s]+|[^()]+):(\d+):(\d+)\)?$/.exec(l.slice(7));
    if (!m) continue;
    if (/^node:(assert|internal\/assert\/|internal\/comparisons)/.test(m[1])) continue;
    return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  return null;
}

function readSource(path) {
  try {
    return require('fs').readFileSync(path, 'utf8');
  } catch { /* fs missing or failing: the module loader's reader */ }
  try {
    return String(require('internal/core').binding.readSource(path));
  } catch {
    return null;
  }
}

function readLine(file, line) {
  if (typeof file !== 'string' || file === '' || file.startsWith('node:')) return kNoFile;
  let path = file;
  if (path.startsWith('file://')) path = decodeURIComponent(new URL(path).pathname);
  const source = readSource(path);
  return source === null ? kNoFile : source.split(/\r?\n/)[line - 1];
}

// Where the bracket closing at `close` opens (quoted text skipped), or -1.
function openingBracket(text, close) {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      i = text.lastIndexOf(c, i - 1);
      if (i === -1) return -1;
    } else if (c === ']' || c === ')') {
      depth++;
    } else if ((c === '[' || c === '(') && --depth === 0) {
      return i;
    }
  }
  return -1;
}

/** The call expression `assert.ok(...)` at 1-based `column` of `text`, cut at the line's end. */
function callExpression(text, column) {
  let start = Math.max(0, Math.min(column - 1, text.length));
  // The frame may point at the callee's last name or at the '(': walk back over `a.b['c']`.
  while (start > 0) {
    if (/[\p{ID_Continue}$.]/u.test(text[start - 1])) {
      start--;
    } else if (text[start - 1] === ']' && openingBracket(text, start - 1) > 0) {
      start = openingBracket(text, start - 1);
    } else {
      break;
    }
  }
  while (start < text.length && /[\s.]/.test(text[start])) start++;   // `assert\n  .ok(...)`: from `ok`
  let depth = 0;
  let quote = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0 && c === ')') return text.slice(start, i + 1);
    }
  }
  return text.slice(start).trimEnd();
}

// A CommonJS module is compiled with its wrapper on line 1, so frame columns there count it.
function firstLineShift(file) {
  const core = require('internal/core');
  const Module = core.loadedBuiltin('module');
  const cache = Module && Module._cache;
  return cache && cache[file] !== undefined ? core.binding.cjsFirstLineShift() : 0;
}

// Control characters of the source are shown as escapes (as Node does), tabs and line breaks as they are.
const kControl = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
function escapeControl(ch) {
  if (ch === '\b') return '\\b';
  if (ch === '\f') return '\\f';
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The source of the call to `fn` that failed, or null when it cannot be read. */
function failedCallSource(fn) {
  const site = callerOf(fn);
  if (!site) return null;
  let text = readLine(site.file, site.line);
  if (typeof text !== 'string' && site.error !== undefined) {
    // eval'd or Function code (no file): the engine still has the text.
    text = require('internal/core').binding.frameSourceLine(site.error, site.line, site.column);
  }
  if (typeof text !== 'string') return null;
  const column = site.line === 1 ? site.column - firstLineShift(site.file) : site.column;
  const code = callExpression(text, column);
  return code === '' ? null : code.replace(kControl, escapeControl);
}

module.exports = { failedCallSource, callExpression };
