'use strict';
// process.allowedNodeEnvironmentFlags: the options Node v25.8.1 accepts in NODE_OPTIONS, as a
// read-only Set. add/delete/clear change nothing (Node documents them so), and has() accepts
// the spellings Node does: underscores for dashes, leading dashes left out, a "=value" suffix.

function createAllowedFlags(text) {
  const flags = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

  class NodeEnvironmentFlagsSet extends Set {
    #flags;

    constructor(list) {
      super();
      this.#flags = new Set(list);
    }

    add() {
      return this;
    }

    delete() {
      return false;
    }

    clear() {}

    has(key) {
      if (typeof key !== 'string') return false;
      key = key.replace(/_/g, '-');
      if (key.startsWith('-')) {
        const eq = key.indexOf('=');
        return this.#flags.has(eq === -1 ? key : key.slice(0, eq));
      }
      return this.#flags.has(`--${key}`) || this.#flags.has(`-${key}`);
    }

    entries() {
      return this.#flags.entries();
    }

    forEach(callback, thisArg) {
      for (const flag of this.#flags) callback.call(thisArg, flag, flag, this);
    }

    get size() {
      return this.#flags.size;
    }

    values() {
      return this.#flags.values();
    }

    keys() {
      return this.#flags.keys();
    }

    [Symbol.iterator]() {
      return this.#flags.values();
    }
  }

  return Object.freeze(new NodeEnvironmentFlagsSet(flags));
}

module.exports = { createAllowedFlags };
