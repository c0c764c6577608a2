'use strict';
// node:readline: the callback Interface (callable without new), createInterface, the cursor
// functions and emitKeypressEvents; readline.promises is readline/promises.

const { AbortError } = require('internal/errors');
const { inspect } = require('util');
const { validateAbortSignal } = require('internal/validators');
const base = require('internal/readline/interface');
require('internal/readline/editor');
const { emitKeypressEvents } = require('internal/readline/keys');
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/callbacks');

const { InterfaceConstructor, kQuestion, kQuestionCancel } = base;
const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  // Completers taking one argument answer synchronously: give them the callback form.
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const sync = input.completer;
    input = { ...input, completer: (line, cb) => cb(null, sync(line)) };
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (line, cb) => cb(null, sync(line));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}
Object.setPrototypeOf(Interface.prototype, base.Interface.prototype);
Object.setPrototypeOf(Interface, base.Interface);

// The callback interface completes synchronously when the completer calls back at once.
Interface.prototype._tabComplete = function _tabComplete(lastKeypressWasTab) {
  this.pause();
  this.completer(this.line.slice(0, this.cursor), (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this._tabCompleter(lastKeypressWasTab, value);
  });
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this[kQuestionCancel]();
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const answer = cb;
      cb = typeof answer === 'function' ? (line) => { cleanup(); return answer(line); } : cleanup;
    }
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

Interface.prototype.question[kPromisifyCustom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = {};
  const signal = options.signal;
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// TERM=dumb: no cursor control, characters are echoed and lines submitted as typed.
function ttyWriteDumb(s, key) {
  key = key || {};
  if (key.name === 'escape') return;
  if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this._sawReturnAt = Date.now();
      this._line();
      break;
    case 'enter':
      if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
      this._sawReturnAt = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface, clearLine, clearScreenDown, createInterface, cursorTo, emitKeypressEvents, moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true, enumerable: true,
  get() { return require('readline/promises'); },
});
