'use strict';
// The readline Interface shared by `readline` and `readline/promises`: option handling,
// line splitting for plain streams, prompts, questions and history. The terminal line editor
// (key handling, redraws) lives in internal/readline/editor, the async iterator's line queue in
// internal/readline/line_iterator.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { codes, AbortError } = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { emitKeypressEvents, kEscapeTimeout } = require('internal/readline/keys');
const { useAfterClose } = require('internal/readline/utils');
const { moveCursor, cursorTo, clearScreenDown } = require('internal/readline/callbacks');
const { LineQueue } = require('internal/readline/line_iterator');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kQuestion = Symbol('question');
const kQuestionCancel = Symbol('questionCancel');
const kQuestionReject = Symbol('questionReject');
const kLineIterator = Symbol('lineIterator');   // the LineQueue behind [Symbol.asyncIterator]()
const kListeners = Symbol('listeners');
const lineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;

function InterfaceConstructor(input, output, completer, terminal) {
  EventEmitter.call(this);
  this._sawReturnAt = 0;
  this.isCompletionEnabled = true;
  this._sawKeyPress = false;
  this._previousKey = null;
  this.escapeCodeTimeout = kEscapeTimeout;
  this.tabSize = 8;

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input?.input) {             // the options-object form
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new codes.ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new codes.ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  if (Number.isNaN(historySize)) {
    throw new codes.ERR_OUT_OF_RANGE('historySize', '>= 0', historySize);
  }
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.historyIndex = -1;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this._undoStack = [];
  this._redoStack = [];
  this._killRing = [];
  this._killRingCursor = 0;
  this._substringSearch = null;
  this[kLineIterator] = undefined;
  this[kQuestionReject] = undefined;
  this._questionCallback = null;

  const self = this;
  const listeners = {
    error(err) { self.emit('error', err); },
    data(data) { self._normalWrite(data); },
    end() {
      if (typeof self._line_buffer === 'string' && self._line_buffer.length > 0) {
        self.emit('line', self._line_buffer);
      }
      self.close();
    },
    termEnd() {
      if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
      self.close();
    },
    keypress(s, key) {
      self._ttyWrite(s, key);
      // A lone surrogate half was drawn as garbage: redraw once the pair is complete.
      const code = key?.sequence?.codePointAt(0);
      if (code >= 0xd800 && code <= 0xdfff) self._refreshLine();
    },
    resize() { self._refreshLine(); },
  };
  this[kListeners] = listeners;

  input.on('error', listeners.error);
  if (!this.terminal) {
    input.on('data', listeners.data);
    input.on('end', listeners.end);
    this.once('close', () => {
      input.removeListener('data', listeners.data);
      input.removeListener('error', listeners.error);
      input.removeListener('end', listeners.end);
    });
    this._decoder = new StringDecoder('utf8');
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', listeners.keypress);
    input.on('end', listeners.termEnd);
    this._setRawMode(true);
    this.terminal = true;
    this.cursor = 0;
    if (output != null) output.on('resize', listeners.resize);
    this.once('close', () => {
      input.removeListener('keypress', listeners.keypress);
      input.removeListener('error', listeners.error);
      input.removeListener('end', listeners.termEnd);
      if (output != null) output.removeListener('resize', listeners.resize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  this.line = '';
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  _setRawMode(mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw useAfterClose('readline');
    if (this._questionCallback) {
      this.prompt();
    } else {
      this._oldPrompt = this._prompt;
      this.setPrompt(query);
      this._questionCallback = cb;
      this.prompt();
    }
  }

  // Drops a pending question (its signal aborted): the old prompt comes back.
  [kQuestionCancel]() {
    if (this._questionCallback) {
      this._questionCallback = null;
      this[kQuestionReject] = undefined;
      this.setPrompt(this._oldPrompt);
      this.clearLine();
    }
  }

  _onLine(line) {
    if (this._questionCallback) {
      const cb = this._questionCallback;
      this._questionCallback = null;
      this[kQuestionReject] = undefined;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(text) {
    validateString(text, 'stringToWrite');
    if (this.output != null) this.output.write(text);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  _refreshLine() {
    const line = this._prompt + this.line;
    const dispPos = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    if (dispPos.cols === 0) this._writeToOutput(' ');   // force the cursor onto the new row
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  // Ctrl+C / Ctrl+D closed the interface: a pending readline/promises question rejects.
  _closeAborting(keyName) {
    this.close();
    const reject = this[kQuestionReject];
    if (reject) {
      this[kQuestionReject] = undefined;
      this._questionCallback = null;
      reject(new AbortError(`Aborted with ${keyName}`));
    }
  }

  // Node's REPL keeps its history in a file through this; node4j has no REPL yet.
  setupHistoryManager(options) {
    throw new codes.ERR_NOT_IMPLEMENTED('readline Interface.prototype.setupHistoryManager');
  }

  [Symbol.dispose]() {
    this.close();
  }

  pause() {
    if (this.closed) throw useAfterClose('readline');
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw useAfterClose('readline');
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.closed) throw useAfterClose('readline');
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(data, key);
    else this._normalWrite(data);
  }

  _normalWrite(chunk) {
    if (chunk === undefined) return;
    let text = this._decoder.write(chunk);
    // A \n right after a \r that ended the previous chunk belongs to that line ending.
    if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      if (text.codePointAt(0) === 10) text = text.slice(1);
      this._sawReturnAt = 0;
    }
    // The start of a line left from earlier chunks holds no line ending, so it joins the first
    // line rather than the whole text (that concatenation was flattened at ~0.5 ns a byte).
    const rest = this._line_buffer;
    const lines = splitLines(text);
    if (lines === null) {
      if (rest) this._line_buffer = rest + text;
      else if (text) this._line_buffer = text;
      return;
    }
    if (rest) lines[0] = rest + lines[0];
    this._sawReturnAt = text.endsWith('\r') ? Date.now() : 0;
    this._line_buffer = lines.pop();
    let i = 0;
    while (i < lines.length) {
      // A `for await` loop as the only reader takes the lines without an emit each.
      const queue = this[kLineIterator];
      if (queue !== undefined && !this._questionCallback && queue.isSoleLineListener(this)) {
        i = queue.addAll(lines, i);
      } else {
        this._onLine(lines[i++]);
      }
      if (this.closed) return;
    }
  }

  _getDisplayPos(str) {
    return displayPos(this, str);
  }

  getCursorPos() {
    return this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
  }

  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = new LineQueue(this);
    return this[kLineIterator].iterator;
  }
}

let displayPos;   // set by the editor module (it owns column arithmetic)

// The lines `text` ends and, last, the rest after the last line ending; null when it has none.
// Text with only \n endings (the usual case) is split natively: matching lineEnding once per
// line cost a match object each.
const otherEndings = /[\r\u2028\u2029]/;
function splitLines(text) {
  if (!otherEndings.test(text)) {
    const parts = text.split('\n');
    return parts.length === 1 ? null : parts;
  }
  lineEnding.lastIndex = 0;
  let match = lineEnding.exec(text);
  if (match === null) return null;
  const parts = [];
  let start = 0;
  while (match !== null) {
    parts.push(text.slice(start, match.index));
    start = lineEnding.lastIndex;
    match = lineEnding.exec(text);
  }
  parts.push(text.slice(start));
  return parts;
}

function setDisplayPos(fn) {
  displayPos = fn;
}

module.exports = {
  Interface, InterfaceConstructor, kQuestion, kQuestionCancel, kQuestionReject, setDisplayPos,
  lineEnding,
};
