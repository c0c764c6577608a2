'use strict';
// The terminal line editor: methods added to the Interface prototype that react to
// keypresses (emacs-style bindings, history, kill ring, undo, tab completion) and redraw.

const { inspect } = require('util');
const { Interface, setDisplayPos } = require('internal/readline/interface');
const {
  charLengthAt, charLengthLeft, commonPrefix, getStringWidth, stripVTControlCharacters,
} = require('internal/readline/utils');
const { moveCursor, cursorTo, clearScreenDown } = require('internal/readline/callbacks');

const kMaxKillRing = 32;
const kMaxUndo = 2048;
const wordForward = /^(?:\s+|[^\w\s]+|\w+)\s*/;
const wordDeleteForward = /^(?:\s+|\W+|\w+)\s*/;

// Column and row of the end of `str` on a terminal `rl.columns` wide. Runs of printable
// ASCII are measured at once (long lines would otherwise cost a call per character).
const asciiRun = /[\x20-\x7e]+/y;
setDisplayPos((rl, str) => {
  const width = rl.columns;
  str = stripVTControlCharacters(str);
  let offset = 0;
  let rows = 0;
  let i = 0;
  while (i < str.length) {
    asciiRun.lastIndex = i;
    if (asciiRun.test(str)) {
      offset += asciiRun.lastIndex - i;
      i = asciiRun.lastIndex;
      continue;
    }
    const ch = String.fromCodePoint(str.codePointAt(i));
    i += ch.length;
    if (ch === '\n') {
      rows += Math.ceil(offset / width) || 1;
      offset = 0;
    } else if (ch === '\t') {
      offset += rl.tabSize - (offset % rl.tabSize);
    } else {
      const w = getStringWidth(ch, false);
      if (w === 0 || w === 1) {
        offset += w;
      } else {
        if ((offset + 1) % width === 0) offset++;   // a wide character never straddles rows
        offset += 2;
      }
    }
  }
  const cols = offset % width;
  rows += (offset - cols) / width;
  return { cols, rows };
});

const trailingSpace = /\s+$/;
const trailingWord = /\w+$/;
const trailingPunct = /[^\w\s]+$/;

// Start of the word before `end`: blanks, then a run of word or of punctuation characters.
function wordStartBefore(text, end) {
  let head = text.slice(0, end);
  const blank = trailingSpace.exec(head);
  if (blank !== null) head = head.slice(0, blank.index);
  const run = trailingWord.exec(head) ?? trailingPunct.exec(head);
  return run !== null ? run.index : head.length;
}

const editor = {
  _insertString(text) {
    this._beforeEdit(this.line, this.cursor);
    // Inside a pasted chunk (every character but the last) text is only echoed; the
    // chunk's last character redraws if needed.
    if (this.isCompletionEnabled === false) {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
      this._writeToOutput(text);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
      this._refreshLine();
      return;
    }
    const before = this.getCursorPos();
    this.line += text;
    this.cursor += text.length;
    const after = this.getCursorPos();
    if (before.rows < after.rows) this._refreshLine();
    else this._writeToOutput(text);
  },

  // readline/promises: the completer returns the result or a promise of it.
  async _tabComplete(lastKeypressWasTab) {
    this.pause();
    const before = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(before);
    } catch (err) {
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this._tabCompleter(lastKeypressWasTab, value);
  },

  _tabCompleter(lastKeypressWasTab, result) {
    const completions = result?.[0];
    const completeOn = result?.[1];
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((c) => c !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
        this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;
    this._beforeEdit(this.line, this.cursor);
    // Second tab: list the candidates in columns ('' separates groups).
    const widths = completions.map((c) => getStringWidth(c));
    const cell = Math.max(...widths) + 2;
    let perRow = Math.floor(this.columns / cell) || 1;
    if (perRow === Infinity) perRow = 1;
    let out = '\r\n';
    let inRow = 0;
    let pad = 0;
    for (let i = 0; i < completions.length; i++) {
      const c = completions[i];
      if (c === '' || inRow === perRow) {
        out += '\r\n';
        inRow = 0;
        pad = 0;
      } else {
        out += ' '.repeat(pad);
      }
      if (c !== '') {
        out += c;
        pad = cell - widths[i];
        inRow++;
      } else {
        out += '\r\n';
      }
    }
    if (inRow !== 0) out += '\r\n\r\n';
    this._writeToOutput(out);
    this._refreshLine();
  },

  _wordLeft() {
    if (this.cursor > 0) {
      this._moveCursor(wordStartBefore(this.line, this.cursor) - this.cursor);
    }
  },

  _wordRight() {
    if (this.cursor < this.line.length) {
      const m = wordForward.exec(this.line.slice(this.cursor));
      this._moveCursor(m[0].length);
    }
  },

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._beforeEdit(this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this._refreshLine();
    }
  },

  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this._refreshLine();
    }
  },

  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._beforeEdit(this.line, this.cursor);
      const head = this.line.slice(0, wordStartBefore(this.line, this.cursor));
      this.line = head + this.line.slice(this.cursor);
      this.cursor = head.length;
      this._refreshLine();
    }
  },

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const tail = this.line.slice(this.cursor);
      const m = wordDeleteForward.exec(tail);
      this.line = this.line.slice(0, this.cursor) + tail.slice(m[0].length);
      this._refreshLine();
    }
  },

  _deleteLineLeft() {
    this._beforeEdit(this.line, this.cursor);
    const removed = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._pushToKillRing(removed);
    this._refreshLine();
  },

  _deleteLineRight() {
    this._beforeEdit(this.line, this.cursor);
    const removed = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this._pushToKillRing(removed);
    this._refreshLine();
  },

  _pushToKillRing(text) {
    if (!text || text === this._killRing[0]) return;
    this._killRing.unshift(text);
    this._killRingCursor = 0;
    while (this._killRing.length > kMaxKillRing) this._killRing.pop();
  },

  _yank() {
    if (this._killRing.length > 0) {
      this._yanking = true;
      this._insertString(this._killRing[this._killRingCursor]);
    }
  },

  // Meta+y right after a yank: replace the yanked text by the previous kill-ring entry.
  _yankPop() {
    if (!this._yanking || this._killRing.length === 0) return;
    const last = this._killRing[this._killRingCursor];
    const start = this.cursor - last.length;
    this._killRingCursor = (this._killRingCursor + 1) % this._killRing.length;
    const next = this._killRing[this._killRingCursor];
    const tail = this.line.slice(this.cursor);
    this.line = this.line.slice(0, start) + next + tail;
    this.cursor = start + next.length;
    this._refreshLine();
  },

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  },

  _line() {
    const line = this._addHistory();
    this._undoStack = [];
    this._redoStack = [];
    this.clearLine();
    this._onLine(line);
  },

  _historyNext() {
    if (this.historyIndex >= 0) {
      this._beforeEdit(this.line, this.cursor);
      const search = this._substringSearch || '';
      let i = this.historyIndex - 1;
      while (i >= 0 && (!this.history[i].startsWith(search) || this.line === this.history[i])) i--;
      this.line = i === -1 ? search : this.history[i];
      this.historyIndex = i;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  },

  _historyPrev() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this._beforeEdit(this.line, this.cursor);
      const search = this._substringSearch || '';
      let i = this.historyIndex + 1;
      while (i < this.history.length &&
             (!this.history[i].startsWith(search) || this.line === this.history[i])) i++;
      this.line = i === this.history.length ? search : this.history[i];
      this.historyIndex = i;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  },

  _moveCursor(dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor = Math.min(this.line.length, Math.max(0, this.cursor + dx));
    const after = this.getCursorPos();
    if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
    else this._refreshLine();
  },

  _beforeEdit(text, cursor) {
    if (this._undoStack.push({ text, cursor }) > kMaxUndo) this._undoStack.shift();
  },

  _undo() {
    if (this._undoStack.length === 0) return;
    this._redoStack.push({ text: this.line, cursor: this.cursor });
    const { text, cursor } = this._undoStack.pop();
    this.line = text;
    this.cursor = cursor;
    this._refreshLine();
  },

  _redo() {
    if (this._redoStack.length === 0) return;
    this._undoStack.push({ text: this.line, cursor: this.cursor });
    const { text, cursor } = this._redoStack.pop();
    this.line = text;
    this.cursor = cursor;
    this._refreshLine();
  },
};

for (const name of Object.keys(editor)) {
  Object.defineProperty(Interface.prototype, name, {
    value: editor[name], writable: true, configurable: true, enumerable: false,
  });
}

require('internal/readline/tty_write');
