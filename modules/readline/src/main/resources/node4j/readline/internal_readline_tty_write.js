'use strict';
// Key dispatch of the terminal editor: one keypress ({name, ctrl, meta, shift, sequence})
// becomes an edit, a cursor move, a history step, a signal or inserted text.

const { Interface, lineEnding } = require('internal/readline/interface');
const { charLengthAt, charLengthLeft } = require('internal/readline/utils');
const { cursorTo, clearScreenDown } = require('internal/readline/callbacks');

const noKey = Object.freeze({});

function ctrlKey(rl, key) {
  switch (key.name) {
    case 'c':
      if (rl.listenerCount('SIGINT') > 0) rl.emit('SIGINT');
      else rl._closeAborting('Ctrl+C');
      break;
    case 'h': rl._deleteLeft(); break;
    case 'd':   // EOF on an empty line, delete forward otherwise
      if (rl.cursor === 0 && rl.line.length === 0) rl._closeAborting('Ctrl+D');
      else if (rl.cursor < rl.line.length) rl._deleteRight();
      break;
    case 'u': rl._deleteLineLeft(); break;
    case 'k': rl._deleteLineRight(); break;
    case 'a': rl._moveCursor(-Infinity); break;
    case 'e': rl._moveCursor(+Infinity); break;
    case 'b': rl._moveCursor(-charLengthLeft(rl.line, rl.cursor)); break;
    case 'f': rl._moveCursor(+charLengthAt(rl.line, rl.cursor)); break;
    case 'l':
      cursorTo(rl.output, 0, 0);
      clearScreenDown(rl.output);
      rl._refreshLine();
      break;
    case 'n': rl._historyNext(); break;
    case 'p': rl._historyPrev(); break;
    case 'y': rl._yank(); break;
    case 'z': suspend(rl); break;
    case 'w':
    case 'backspace': rl._deleteWordLeft(); break;
    case 'delete': rl._deleteWordRight(); break;
    case 'left': rl._wordLeft(); break;
    case 'right': rl._wordRight(); break;
  }
}

// Ctrl+Z: listeners decide, otherwise stop the process like a shell job and redraw on SIGCONT.
function suspend(rl) {
  if (process.platform === 'win32') return;
  if (rl.listenerCount('SIGTSTP') > 0) {
    rl.emit('SIGTSTP');
    return;
  }
  process.once('SIGCONT', () => {
    if (!rl.paused) {
      rl.pause();
      rl.emit('SIGCONT');
    }
    rl._setRawMode(true);
    rl._refreshLine();
  });
  rl._setRawMode(false);
  process.kill(process.pid, 'SIGTSTP');
}

function metaKey(rl, key) {
  switch (key.name) {
    case 'b': rl._wordLeft(); break;
    case 'f': rl._wordRight(); break;
    case 'd':
    case 'delete': rl._deleteWordRight(); break;
    case 'backspace': rl._deleteWordLeft(); break;
    case 'y': rl._yankPop(); break;
  }
}

function plainKey(rl, s, key, previousKey) {
  // A \r is remembered only to swallow the \n of a \r\n pair.
  if (rl._sawReturnAt && key.name !== 'enter') rl._sawReturnAt = 0;
  switch (key.name) {
    case 'return':
      rl._sawReturnAt = Date.now();
      rl._line();
      return;
    case 'enter':
      if (rl._sawReturnAt === 0 || Date.now() - rl._sawReturnAt > rl.crlfDelay) rl._line();
      rl._sawReturnAt = 0;
      return;
    case 'backspace': rl._deleteLeft(); return;
    case 'delete': rl._deleteRight(); return;
    case 'left': rl._moveCursor(-charLengthLeft(rl.line, rl.cursor)); return;
    case 'right': rl._moveCursor(+charLengthAt(rl.line, rl.cursor)); return;
    case 'home': rl._moveCursor(-Infinity); return;
    case 'end': rl._moveCursor(+Infinity); return;
    case 'up': rl._historyPrev(); return;
    case 'down': rl._historyNext(); return;
    case 'tab':
      if (typeof rl.completer === 'function' && rl.isCompletionEnabled) {
        rl._tabComplete(previousKey != null && previousKey.name === 'tab');
        return;
      }
      break;
  }
  if (typeof s === 'string' && s) insertText(rl, s);
}

// Pasted or written text: each line ending inside it submits the line typed so far.
function insertText(rl, s) {
  lineEnding.lastIndex = 0;
  let start = 0;
  let m;
  while ((m = lineEnding.exec(s)) !== null) {
    rl._insertString(s.slice(start, m.index));
    start = lineEnding.lastIndex;
    rl._line();
    lineEnding.lastIndex = start;   // _line may run code that uses the same expression
  }
  rl._insertString(s.slice(start));
}

function ttyWrite(s, key) {
  const previousKey = this._previousKey;
  key = key || noKey;
  this._previousKey = key;
  if (!key.meta || key.name !== 'y') this._yanking = false;

  // Up/down search the history for entries starting with what was typed before the cursor.
  if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (this._substringSearch === null) this._substringSearch = this.line.slice(0, this.cursor);
  } else if (this._substringSearch !== null) {
    this._substringSearch = null;
    if (this.history.length === this.historyIndex) this.historyIndex = -1;
  }

  if (typeof key.sequence === 'string') {
    const code = key.sequence.codePointAt(0);
    if (code === 0x1f) { this._undo(); return; }     // ctrl+-
    if (code === 0x1e) { this._redo(); return; }     // ctrl+^
  }
  if (key.name === 'escape') return;

  if (key.ctrl && key.shift) {
    if (key.name === 'backspace') this._deleteLineLeft();
    else if (key.name === 'delete') this._deleteLineRight();
  } else if (key.ctrl) {
    ctrlKey(this, key);
  } else if (key.meta) {
    metaKey(this, key);
  } else {
    plainKey(this, s, key, previousKey);
  }
}

Object.defineProperty(Interface.prototype, '_ttyWrite', {
  value: ttyWrite, writable: true, configurable: true, enumerable: false,
});
