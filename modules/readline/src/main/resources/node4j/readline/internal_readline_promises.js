'use strict';
// readline/promises' Readline: cursor actions queued on a writable and sent together by
// commit() (or each on the next tick with autoCommit).

const { codes } = require('internal/errors');
const { validateBoolean, validateInteger } = require('internal/validators');
const { CSI } = require('internal/readline/utils');
const { relativeMove, clearSequence } = require('internal/readline/callbacks');

function isWritable(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || obj._writableState?.writable !== false));
}

class Readline {
  #stream;
  #todo = [];
  #autoCommit = false;

  constructor(stream, options = undefined) {
    if (!isWritable(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#queue(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(relativeMove(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#queue(clearSequence(dir));
  }

  clearScreenDown() {
    return this.#queue(CSI.kClearScreenDown);
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Readline };
