'use strict';
// net.Socket's properties (addresses, counters, readyState) and settings (no-delay, keep-alive,
// type of service, idle timeout, refs), installed on its prototype by internal/net/socket.
const { Buffer } = require('buffer');
const { errnoException } = require('internal/errors');
const { validateNumber, validateFunction, validateInt32 } = require('internal/validators');

const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kTimeout = Symbol('timeout');
const kTimeoutMs = Symbol('kTimeoutMs');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kKeepAliveDelay = Symbol('kKeepAliveDelay');
const kTypeOfService = Symbol('kTypeOfService');

let timers;
function timersModule() {
  return (timers ??= require('timers'));
}

function installSocketProperties(proto) {
  // Properties.
  Object.defineProperties(proto, {
    pending: {
      __proto__: null, configurable: true,
      get() { return !this._handle || this.connecting; },
    },
    readyState: {
      __proto__: null, configurable: true,
      get() {
        if (this.connecting) return 'opening';
        if (this.readable && this.writable) return 'open';
        if (this.readable && !this.writable) return 'readOnly';
        if (!this.readable && this.writable) return 'writeOnly';
        return 'closed';
      },
    },
    bufferSize: {
      __proto__: null, configurable: true,
      get() { return this._handle ? this.writableLength : undefined; },
    },
    bytesRead: {
      __proto__: null, configurable: true,
      get() { return this[kBytesRead]; },
    },
    bytesWritten: {
      __proto__: null, configurable: true,
      get() {
        let bytes = this[kBytesWritten];
        const buffered = this.writableBuffer;
        if (!buffered) return undefined;
        for (const el of buffered) {
          bytes += Buffer.isBuffer(el.chunk) ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
        }
        const data = this._pendingData;
        if (Array.isArray(data)) {
          for (const el of data) {
            bytes += Buffer.isBuffer(el.chunk) ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
          }
        } else if (data) {
          bytes += Buffer.isBuffer(data) ? data.length : Buffer.byteLength(data, this._pendingEncoding);
        }
        return bytes;
      },
    },
    remoteAddress: { __proto__: null, configurable: true, get() { return this._getpeername().address; } },
    remoteFamily: { __proto__: null, configurable: true, get() { return this._getpeername().family; } },
    remotePort: { __proto__: null, configurable: true, get() { return this._getpeername().port; } },
    localAddress: { __proto__: null, configurable: true, get() { return this._getsockname().address; } },
    localPort: { __proto__: null, configurable: true, get() { return this._getsockname().port; } },
    localFamily: { __proto__: null, configurable: true, get() { return this._getsockname().family; } },
    timeout: { __proto__: null, configurable: true, get() { return this[kTimeoutMs]; } },
    _connecting: { __proto__: null, configurable: true, get() { return this.connecting; } },
    _bytesDispatched: { __proto__: null, configurable: true, get() { return this[kBytesWritten]; } },
  });

  function describe(parts) {
    if (!parts || parts.length < 3) return {};
    return { address: parts[0], family: parts[1], port: parts[2] };
  }

  proto._getpeername = function() {
    if (!this._handle || this.connecting) return this._peername || {};
    if (!this._peername) {
      const out = describe(this._handle.peername());
      if (out.address === undefined) return {};
      this._peername = out;
    }
    return this._peername;
  };

  proto._getsockname = function() {
    if (!this._handle) return {};
    if (!this._sockname) {
      const out = describe(this._handle.sockname());
      if (out.address === undefined) return {};
      this._sockname = out;
    }
    return this._sockname;
  };

  proto.address = function() {
    return this._getsockname();
  };

  // Settings, idle timeout, refs.
  proto.setNoDelay = function(enable) {
    const on = enable === undefined ? true : Boolean(enable);
    if (!this._handle || this.connecting) {
      this[kSetNoDelay] = on;
      return this;
    }
    if (on !== this[kSetNoDelay]) {
      this[kSetNoDelay] = on;
      this._handle.setNoDelay(on);
    }
    return this;
  };

  proto.setKeepAlive = function(enable, initialDelayMsecs) {
    enable = Boolean(enable);
    const delay = ~~(initialDelayMsecs / 1000);
    if (!this._handle || this.connecting) {
      this[kSetKeepAlive] = enable;
      this[kKeepAliveDelay] = delay;
      return this;
    }
    if (enable !== this[kSetKeepAlive] || (enable && this[kKeepAliveDelay] !== delay)) {
      this[kSetKeepAlive] = enable;
      this[kKeepAliveDelay] = delay;
      this._handle.setKeepAlive(enable, delay);
    }
    return this;
  };

  // IP_TOS: kept until there is a connection, as the keep-alive and no-delay settings are.
  proto.setTypeOfService = function(tos) {
    validateInt32(tos, 'tos', 0, 255);
    this[kTypeOfService] = tos;
    if (this._handle && !this.connecting) {
      const err = this._handle.setTypeOfService(tos);
      if (err) throw errnoException(err, 'setTypeOfService');
    }
    return this;
  };

  proto.getTypeOfService = function() {
    if (this._handle && !this.connecting) return this._handle.getTypeOfService();
    return this[kTypeOfService] ?? 0;
  };

  proto.setTimeout = function(msecs, callback) {
    if (this.destroyed) return this;
    msecs = timeoutDuration(msecs);
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    this[kTimeoutMs] = msecs;
    if (msecs === 0) {
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      this[kTimeout] = timersModule().setTimeout(() => {
        this[kTimeout] = null;
        this._onTimeout();
      }, msecs);
      this[kTimeout].unref();
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    return this;
  };

  function timeoutDuration(msecs) {
    validateNumber(msecs, 'msecs', 0);
    if (!Number.isFinite(msecs)) {
      throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)('msecs', 'a non-negative finite number', msecs);
    }
    return msecs;
  }

  proto._onTimeout = function() {
    this.emit('timeout');
  };

  // Activity restarts the idle timer.
  proto._unrefTimer = function() {
    for (let s = this; s !== null; s = s._parent) {
      if (s[kTimeout]) s[kTimeout].refresh();
    }
  };

  proto.ref = function() {
    if (!this._handle) {
      this.once('connect', this.ref);
      return this;
    }
    this._handle.ref();
    return this;
  };

  proto.unref = function() {
    if (!this._handle) {
      this.once('connect', this.unref);
      return this;
    }
    this._handle.unref();
    return this;
  };
}

module.exports = {
  installSocketProperties, kBytesRead, kBytesWritten, kTimeout, kTimeoutMs, kSetNoDelay, kSetKeepAlive,
  kKeepAliveDelay, kTypeOfService,
};
