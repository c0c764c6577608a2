'use strict';
// Small helpers shared by the readline files: escape sequences, character widths, errors.

const { makeError } = require('internal/errors');

const kEscape = '\x1b';

// `CSI\`${n}A\`` builds ESC [ n A; the constants are the erase sequences Node writes.
function CSI(strings, ...args) {
  let out = kEscape + '[';
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// Length in UTF-16 units of the character starting at i (2 for a surrogate pair).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;   // a cursor past the end still moves by one
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// Length in UTF-16 units of the character ending just before i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

// ANSI/VT control sequences (colours, cursor moves, OSC titles) take no columns.
const vtPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  return str.replace(vtPattern, '');
}

// East Asian wide and fullwidth ranges (Unicode 15), which a terminal draws in two columns.
const wideRanges = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18cd5], [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x3fffd],
];

function isWide(code) {
  let lo = 0;
  let hi = wideRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = wideRanges[mid];
    if (code < a) hi = mid - 1;
    else if (code > b) lo = mid + 1;
    else return true;
  }
  return false;
}

// Control characters, combining marks and zero-width joiners/selectors occupy no column.
const zeroWidth = /^[\p{Mn}\p{Me}\p{Cc}\p{Cf}\u200b\ufe00-\ufe0f]$/u;

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (const ch of str.normalize('NFC')) {
    const code = ch.codePointAt(0);
    if (zeroWidth.test(ch)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

// Longest prefix shared by every string (the part tab completion can insert at once).
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// Error codes the shared error table lacks; built with its decorator so name/code/stack match.
function useAfterClose(name) {
  return makeError('Error', 'ERR_USE_AFTER_CLOSE', `${name} was closed`);
}

function invalidCursorPos() {
  return makeError('TypeError', 'ERR_INVALID_CURSOR_POS',
    'Cannot set cursor row without setting its column');
}

module.exports = {
  CSI, kEscape, charLengthAt, charLengthLeft, stripVTControlCharacters, getStringWidth,
  commonPrefix, useAfterClose, invalidCursorPos,
};
