'use strict';
// Keypress decoding: a generator fed one character at a time turns terminal input
// (plain characters, control characters, ESC-prefixed meta keys, CSI/SS3 sequences)
// into 'keypress' events with {sequence, name, ctrl, meta, shift[, code]}.

const { StringDecoder } = require('string_decoder');
const { kEscape, charLengthAt } = require('internal/readline/utils');

const kDecoder = Symbol('keypress-decoder');
const kParser = Symbol('escape-decoder');
const kEscapeTimeout = 500;

// Key names by the code part of an escape sequence; a third element forces a modifier
// (rxvt encodes shift/ctrl in the final character instead of a parameter).
const keyTable = new Map();
function keys(name, codes, modifier = undefined) {
  for (const code of codes) keyTable.set(code, [name, modifier]);
}
keys('f1', ['OP', '[11~', '[P', '[[A']);
keys('f2', ['OQ', '[12~', '[Q', '[[B']);
keys('f3', ['OR', '[13~', '[R', '[[C']);
keys('f4', ['OS', '[14~', '[S', '[[D']);
keys('f5', ['[15~', '[[E']);
keys('f6', ['[17~']);
keys('f7', ['[18~']);
keys('f8', ['[19~']);
keys('f9', ['[20~']);
keys('f10', ['[21~']);
keys('f11', ['[23~']);
keys('f12', ['[24~']);
keys('paste-start', ['[200~']);
keys('paste-end', ['[201~']);
keys('up', ['[A', 'OA']);
keys('down', ['[B', 'OB']);
keys('right', ['[C', 'OC']);
keys('left', ['[D', 'OD']);
keys('clear', ['[E', 'OE']);
keys('end', ['[F', 'OF', '[4~', '[8~']);
keys('home', ['[H', 'OH', '[1~', '[7~']);
keys('insert', ['[2~']);
keys('delete', ['[3~']);
keys('pageup', ['[5~', '[[5~']);
keys('pagedown', ['[6~', '[[6~']);
keys('up', ['[a'], 'shift');
keys('down', ['[b'], 'shift');
keys('right', ['[c'], 'shift');
keys('left', ['[d'], 'shift');
keys('clear', ['[e'], 'shift');
keys('insert', ['[2$'], 'shift');
keys('delete', ['[3$'], 'shift');
keys('pageup', ['[5$'], 'shift');
keys('pagedown', ['[6$'], 'shift');
keys('home', ['[7$'], 'shift');
keys('end', ['[8$'], 'shift');
keys('up', ['Oa'], 'ctrl');
keys('down', ['Ob'], 'ctrl');
keys('right', ['Oc'], 'ctrl');
keys('left', ['Od'], 'ctrl');
keys('clear', ['Oe'], 'ctrl');
keys('insert', ['[2^'], 'ctrl');
keys('delete', ['[3^'], 'ctrl');
keys('pageup', ['[5^'], 'ctrl');
keys('pagedown', ['[6^'], 'ctrl');
keys('home', ['[7^'], 'ctrl');
keys('end', ['[8^'], 'ctrl');
keys('tab', ['[Z'], 'shift');

const isDigit = (c) => c >= '0' && c <= '9';
const numberedSeq = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/;   // e.g. 5~, 20;5~, 6^, 200~
const letterSeq = /^(?:(?:\d;)?(\d))?([A-Za-z])$/;                // e.g. A, 2A, 1;5H

// Reads the rest of an ESC O / ESC [ sequence; returns [code, modifier, sequence].
function* readEscapeSequence(first, seq) {
  let ch = first;
  let code = ch;
  let modifier = 0;
  if (ch === 'O') {
    seq += (ch = yield);
    if (isDigit(ch)) {
      modifier = Number(ch) - 1;
      seq += (ch = yield);
    }
    return [code + ch, modifier, seq];
  }
  seq += (ch = yield);
  if (ch === '[') {            // linux console: ESC [ [ A
    code += ch;
    seq += (ch = yield);
  }
  const start = seq.length - 1;
  for (let n = 0; n < 3 && isDigit(ch); n++) seq += (ch = yield);
  if (ch === ';') {
    seq += (ch = yield);
    if (isDigit(ch)) seq += (ch = yield);
  }
  const cmd = seq.slice(start);
  let m;
  if ((m = numberedSeq.exec(cmd)) !== null) {
    if (m[4]) code += m[4];
    else {
      code += m[1] + m[3];
      modifier = (m[2] || 1) - 1;
    }
  } else if ((m = letterSeq.exec(cmd)) !== null) {
    code += m[2];
    modifier = (m[1] || 1) - 1;
  } else {
    code += cmd;
  }
  return [code, modifier, seq];
}

function* keyParser(stream) {
  for (;;) {
    let ch = yield;
    let seq = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
    if (ch === kEscape) {
      escaped = true;
      seq += (ch = yield);
      if (ch === kEscape) seq += (ch = yield);   // ESC ESC x: meta + the key x
    }
    if (escaped && (ch === 'O' || ch === '[')) {
      const [code, modifier, full] = yield* readEscapeSequence(ch, seq);
      seq = full;
      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;
      const entry = keyTable.get(code);
      if (entry === undefined) {
        key.name = 'undefined';
      } else {
        key.name = entry[0];
        if (entry[1] !== undefined) key[entry[1]] = true;
      }
    } else if (ch === '\r' || ch === '\n' || ch === '\t' || ch === '\b' || ch === '\x7f' ||
               ch === kEscape || ch === ' ') {
      key.name = namedChars[ch];
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);   // ctrl+letter
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch >= 'A' && ch <= 'Z';
      key.meta = escaped;
    } else if (escaped) {
      key.name = ch.length ? undefined : 'escape';   // '' comes from the escape timeout
      key.meta = true;
    }
    key.sequence = seq;
    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : seq, key);
    } else if (charLengthAt(seq, 0) === seq.length) {
      stream.emit('keypress', seq, key);
    }
  }
}

const namedChars = {
  '\r': 'return', '\n': 'enter', '\t': 'tab', '\b': 'backspace', '\x7f': 'backspace',
  [kEscape]: 'escape', ' ': 'space',
};

function newParser(stream) {
  const parser = keyParser(stream);
  parser.next();
  return parser;
}

// Makes `stream` emit 'keypress' events for its 'data' once someone listens for them.
// `iface` (a readline Interface) gets the escape timeout and completion hints.
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  stream[kDecoder] = new StringDecoder('utf8');
  stream[kParser] = newParser(stream);
  let timer;

  const flushEscape = () => stream[kParser].next('');

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[kDecoder].write(input);
    if (!text) return;
    clearTimeout(timer);
    iface._sawKeyPress = charLengthAt(text, 0) === text.length;
    iface.isCompletionEnabled = false;
    let consumed = 0;
    for (const ch of text) {
      consumed += ch.length;
      // Completion only on a tab that ends the chunk (a pasted tab inserts itself).
      if (consumed === text.length) iface.isCompletionEnabled = true;
      try {
        stream[kParser].next(ch);
        if (consumed === text.length && ch === kEscape) {
          timer = setTimeout(flushEscape, iface.escapeCodeTimeout ?? kEscapeTimeout);
        }
      } catch (err) {
        stream[kParser] = newParser(stream);   // a throwing listener must not kill the parser
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, kEscapeTimeout };
