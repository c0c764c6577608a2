'use strict';
// readline/promises: the same Interface with question() returning a promise, plus Readline.

const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const base = require('internal/readline/interface');
require('internal/readline/editor');
const { Readline } = require('internal/readline/promises');

const { kQuestion, kQuestionCancel, kQuestionReject } = base;

class Interface extends base.Interface {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = undefined) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
      this[kQuestionReject] = reject;
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
