'use strict';
// How util.inspect prints an Error: its stack (with the class name fixed up when the stack
// names another), frames shared with its cause folded, and [cause] / [errors] as properties.
const { types } = require('internal/util/types');

const isError = (v) => types.isNativeError(v) || v instanceof Error;

function stackOf(err, formatValue, ctx) {
  const stack = err.stack;
  if (stack) return typeof stack === 'string' ? stack : formatValue(ctx, stack, 0);
  return Error.prototype.toString.call(err);
}

/** Drops name/message/stack keys whose text the stack already shows. */
function removeDuplicateKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const i = keys.indexOf(name);
    if (i !== -1 && (typeof err[name] !== 'string' || stack.includes(err[name]))) keys.splice(i, 1);
  }
}

function getPrefix(constructor, tag, fallback) {
  if (constructor === null) {
    return tag !== '' && fallback !== tag ? `[${fallback}: null prototype] [${tag}] ` : `[${fallback}: null prototype] `;
  }
  return tag !== '' && constructor !== tag ? `${constructor} [${tag}] ` : `${constructor} `;
}

/** Names the error's class in the first line when the stack shows another (e.g. a subclass). */
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  const normal = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n');
  if (constructor !== null && !normal) return stack;
  let fallback = 'Error';
  if (constructor === null) {
    const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (m && m[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) return len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
  return `${prefix} [${name}]${stack.slice(len)}`;
}

/** The longest run (> 3) of frames `a` shares with `b`, as { len, offset } in `a`. */
function sharedFrames(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1 || b.length - pos <= 3) continue;
    const max = Math.min(a.length - i, b.length - pos);
    let len = 1;
    while (len < max && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function stackFrames(ctx, err, framesText, formatValue) {
  const frames = framesText.split('\n');
  let cause;
  try { cause = err.cause; } catch { /* a throwing getter: no folding */ }
  if (cause != null && isError(cause)) {
    const causeStack = stackOf(cause, formatValue, ctx);
    const start = causeStack.indexOf('\n    at');
    if (start !== -1) {
      const { len, offset } = sharedFrames(frames, causeStack.slice(start + 1).split('\n'));
      if (len > 0) {
        const skipped = len - 2;
        frames.splice(offset + 1, skipped, ctx.stylize(`    ... ${skipped} lines matching cause stack trace ...`, 'undefined'));
      }
    }
  }
  return frames;
}

module.exports = (formatValue) => ({
  formatError(err, constructor, tag, ctx, keys) {
    const name = err.name != null ? String(err.name) : 'Error';
    let stack = stackOf(err, formatValue, ctx);
    removeDuplicateKeys(ctx, keys, err, stack);
    if ('cause' in err && !keys.includes('cause')) keys.push('cause');
    if (Array.isArray(err.errors) && !keys.includes('errors')) keys.push('errors');
    stack = improveStack(stack, constructor, name, tag);
    let pos = (err.message && stack.indexOf(err.message)) || -1;
    if (pos !== -1) pos += err.message.length;
    const framesStart = stack.indexOf('\n    at', pos);
    if (framesStart === -1) {
      stack = `[${stack}]`;
    } else {
      const frames = stackFrames(ctx, err, stack.slice(framesStart + 1), formatValue);
      if (ctx.colors) {
        // Node greys out its own frames; node_modules names are underlined.
        for (let i = 0; i < frames.length; i++) {
          if (/\(node:|at node:/.test(frames[i])) frames[i] = ctx.stylize(frames[i], 'undefined');
          else frames[i] = frames[i].replace(/(?<=[/\\]node_modules[/\\])[^/\\]+/g, (m) => `\u001b[4m${m}\u001b[24m`);
        }
      }
      stack = `${stack.slice(0, framesStart)}\n${frames.join('\n')}`;
    }
    if (ctx.indentationLvl !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
    return stack;
  },
});
