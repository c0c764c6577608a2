'use strict';
// The leaves of util.inspect: quoting and escaping strings, numbers with separators, colors.

const colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
  cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49],
  bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39], greenBright: [92, 39],
  yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
  whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
});
// Aliases are accessors (not enumerable) so that they follow changes to what they alias.
for (const [alias, target] of [['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'], ['conceal', 'hidden'],
  ['swapColors', 'inverse'], ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline']]) {
  Object.defineProperty(colors, alias, { __proto__: null,
    get() { return this[target]; },
    set(v) { Object.defineProperty(this, alias, { __proto__: null, value: v, configurable: true, writable: true, enumerable: true }); },
    configurable: true, enumerable: false,
  });
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style === undefined) return str;
  if (typeof style === 'function') return style(str);
  const color = colors[style];
  return color === undefined ? str : `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
}

function stylizeNoColor(str) {
  return str;
}

// eslint-disable-next-line no-control-regex
const ansiPattern = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
function removeColors(str) {
  return str.replace(ansiPattern, '');
}

// What an escaped character becomes: C0/C1 controls as \xHH (or their short form), lone
// surrogates as \uhhhh.
const shortEscapes = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 92: '\\\\' };
function escapeChar(c) {
  const code = c.charCodeAt(0);
  if (shortEscapes[code] !== undefined) return shortEscapes[code];
  if (c.length === 1 && code >= 0xd800 && code <= 0xdfff) return `\\u${code.toString(16)}`;
  return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
}
// eslint-disable-next-line no-control-regex
const needsEscape = /[\x00-\x1f\x7f-\x9f\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// True when `str` needs neither escaping nor another quote: no control or C1 character, no
// backslash, no surrogate, no single quote. A scan by character codes is far cheaper in GraalJS
// than the regular expressions below, and most keys and values pass it.
function isPlain(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x20 || c === 0x27 || c === 0x5c || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff)) {
      return false;
    }
  }
  return true;
}

/** A string as a JS literal: single quotes unless the string holds them, then " or `. */
function strEscape(str) {
  if (isPlain(str)) return `'${str}'`;
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  let out = str.replace(needsEscape, escapeChar);
  if (quote === "'") out = out.replace(/'/g, "\\'");
  return `${quote}${out}${quote}`;
}

/** Escapes control characters only (symbol descriptions, non-enumerable keys). */
function escapeControls(str) {
  return str.replace(needsEscape, (c) => (c === '\\' ? c : escapeChar(c)));
}

function addNumericSeparator(digits) {
  let res = '';
  let i = digits.length;
  const start = digits.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${digits.slice(i - 3, i)}${res}`;
  return i === digits.length ? digits : `${digits.slice(0, i)}${res}`;
}

function addNumericSeparatorEnd(digits) {
  let res = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) res += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${res}${digits.slice(i)}`;
}

function formatNumber(fn, n, numericSeparator) {
  if (n === 0 && 1 / n < 0) return fn('-0', 'number');
  const str = `${n}`;
  // NaN, Infinity and the exponent forms (1e+21, 1e-7) print as they are.
  if (!numericSeparator || !Number.isFinite(n) || str.includes('e')) return fn(str, 'number');
  const dot = str.indexOf('.');
  if (dot === -1) return fn(addNumericSeparator(str), 'number');
  return fn(`${addNumericSeparator(str.slice(0, dot))}.${addNumericSeparatorEnd(str.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, n, numericSeparator) {
  const text = String(n);
  return fn(`${numericSeparator ? addNumericSeparator(text) : text}n`, 'bigint');
}

const kMinLineWidth = 16;

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long strings are split after their line breaks, one quoted piece per line.
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return value.split(/(?<=\n)/).map((line) => fn(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(escapeControls(value.toString()), 'symbol');
  }
}

module.exports = {
  colors, styles, stylizeWithColor, stylizeNoColor, removeColors, strEscape, escapeControls,
  formatNumber, formatBigInt, formatPrimitive, addNumericSeparator,
};
