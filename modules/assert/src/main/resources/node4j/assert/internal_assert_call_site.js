'use strict';
// assert.ok's generated message quotes the failing call: find the caller's file:line:column from
// a stack trace, read that line (through fs when it is available) and cut out the call.

const kNoFile = null;

/** {file, line, column} (1-based) of the frame that called `fn` (the assert function), or null. */
function callerOf(fn) {
  if (typeof Error.captureStackTrace === 'function') {
    const holder = {};
    const prepare = Error.prepareStackTrace;
    let frames;
    try {
      Error.prepareStackTrace = (err, callSites) => callSites;
      Error.captureStackTrace(holder, fn);
      frames = holder.stack;
    } catch {
      frames = undefined;
    } finally {
      Error.prepareStackTrace = prepare;
    }
    if (Array.isArray(frames) && frames.length > 0 && typeof frames[0].getFileName === 'function') {
      const f = frames[0];
      return { file: f.getFileName(), line: f.getLineNumber(), column: f.getColumnNumber() };
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

/** The call expression `assert.ok(...)` at 1-based `column` of `text`, cut at the line's end. */
function callExpression(text, column) {
  let start = Math.max(0, Math.min(column - 1, text.length));
  // The frame may point at the callee's last name or at the '(': walk back over `a.b.c`.
  while (start > 0 && /[\w$.]/.test(text[start - 1])) start--;
  while (start < text.length && /\s/.test(text[start])) start++;
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
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return text.slice(start).trimEnd();
}

/** The source of the call to `fn` that failed, or null when it cannot be read. */
function failedCallSource(fn) {
  const site = callerOf(fn);
  if (!site) return null;
  const text = readLine(site.file, site.line);
  if (typeof text !== 'string') return null;
  const code = callExpression(text, site.column);
  return code === '' ? null : code;
}

module.exports = { failedCallSource, callExpression };
