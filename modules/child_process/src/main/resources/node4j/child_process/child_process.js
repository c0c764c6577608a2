'use strict';
// child_process over java.lang.ProcessBuilder. No IPC channel: fork() is not implemented.
const binding = internalBinding('child_process');
const { codes, decorate } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE } = codes;
const { validateFunction } = require('internal/validators');
const { normalizeSpawnArguments, toSignalNumber, signalName, spawnError } = require('internal/child_process/args');
const { ChildProcess, toBuffer } = require('internal/child_process');

const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');
const DEFAULT_MAX_BUFFER = 1024 * 1024;

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// ---- spawn ---------------------------------------------------------------------------------

function spawn(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  validateTimeout(opts.options.timeout);
  const killSignal = opts.options.killSignal ?? 'SIGTERM';
  toSignalNumber(killSignal, 'options.killSignal');
  if (opts.options.detached) {
    // The JVM cannot start a process in a new session; say so rather than pretend.
    throw new ERR_NOT_IMPLEMENTED('child_process option detached');
  }
  const child = new ChildProcess();
  child.spawn(opts);
  const timeout = opts.options.timeout;
  if (timeout > 0 && child._handle) {
    let timer = setTimeout(() => {
      timer = null;
      child.kill(killSignal);
    }, timeout);
    child.once('exit', () => { if (timer) clearTimeout(timer); });
  }
  const signal = opts.options.signal;
  if (signal) {
    const onAbort = () => {
      if (child.kill(killSignal)) {
        const { AbortError } = require('internal/errors');
        child.emit('error', new AbortError(undefined, { cause: signal.reason }));
      }
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// ---- spawnSync / execSync / execFileSync ---------------------------------------------------

function inputBytes(input, encoding) {
  if (input == null) return null;
  if (typeof input === 'string') return Buffer.from(input, encoding && encoding !== 'buffer' ? encoding : 'utf8');
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
}

function spawnSync(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  const o = opts.options;
  validateTimeout(o.timeout);
  validateMaxBuffer(o.maxBuffer);
  const killSignal = toSignalNumber(o.killSignal ?? 'SIGTERM', 'options.killSignal');
  const input = inputBytes(o.input, o.encoding);
  const r = binding.spawnSync(opts.file, opts.args, opts.cwd, opts.envPairs, opts.stdio,
    input ? input.buffer : null, input ? input.byteOffset : 0, input ? input.byteLength : 0,
    o.timeout > 0 ? o.timeout : 0, killSignal, o.maxBuffer ?? DEFAULT_MAX_BUFFER);
  const result = {};
  const code = r[5];
  if (code != null) result.error = spawnError(code, `spawnSync ${opts.file}`, opts.file, opts.spawnargs);
  const started = !(code != null && r[0] === 0);
  result.status = started ? r[1] ?? null : null;
  result.signal = started ? signalName(r[2]) : null;
  if (started) {
    const decode = (bytes) => {
      if (bytes == null) return null;
      const b = toBuffer(bytes);
      return o.encoding && o.encoding !== 'buffer' ? b.toString(o.encoding) : b;
    };
    result.output = [null, decode(r[3]), decode(r[4])];
  } else {
    result.output = null;
  }
  result.pid = r[0];
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  return result;
}

function checkExecSyncError(ret, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
    delete err.error;
  } else if (ret.status !== 0) {
    let msg = `Command failed: ${cmd}`;
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  if (!Array.isArray(args) && args != null && typeof args === 'object') {
    options = args;
    args = [];
  }
  options = { ...options };
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args ?? [], options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(args ?? [])].join(' '));
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  options = { ...options, shell: options?.shell ?? true };
  const inheritStderr = !options.stdio;
  const ret = spawnSync(command, [], options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, command);
  if (err) throw err;
  return ret.stdout;
}

// ---- exec / execFile -----------------------------------------------------------------------

function maxBufferError(name) {
  const err = new RangeError(`${name} maxBuffer length exceeded`);
  return decorate(err, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = undefined;
  } else if (args != null && !Array.isArray(args) && typeof args === 'object') {
    callback = options;
    options = args;
    args = [];
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (callback != null) validateFunction(callback, 'callback');
  options = { encoding: 'utf8', timeout: 0, maxBuffer: DEFAULT_MAX_BUFFER, killSignal: 'SIGTERM', ...options };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const child = spawn(file, args ?? [], {
    cwd: options.cwd, env: options.env, shell: options.shell, argv0: options.argv0,
    signal: options.signal, killSignal: options.killSignal, stdio: options.stdio,
  });
  const cmd = options._cmd ?? [file, ...(args ?? [])].join(' ');
  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : null;
  const out = { stdout: [], stderr: [] };
  const len = { stdout: 0, stderr: 0 };
  let ex = null;
  let killed = false;
  let done = false;
  let timer = null;

  const kill = () => {
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  };

  const collected = (name) => {
    const b = Buffer.concat(out[name]);
    return encoding ? b.toString(encoding) : b;
  };

  function exithandler(code, signal) {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    if (!callback) return;
    const stdout = collected('stdout');
    const stderr = collected('stderr');
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? require('internal/errors').uvException({ code: 'ENOENT', syscall: '' }).code : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  if (options.timeout > 0) timer = setTimeout(kill, options.timeout);
  for (const name of ['stdout', 'stderr']) {
    const s = child[name];
    if (!s) continue;
    s.on('data', (chunk) => {
      len[name] += chunk.length;
      if (len[name] > options.maxBuffer) {
        const keep = chunk.length - (len[name] - options.maxBuffer);
        out[name].push(chunk.subarray(0, keep));
        ex = maxBufferError(name);
        kill();
      } else {
        out[name].push(chunk);
      }
    });
  }
  child.addListener('close', exithandler);
  child.addListener('error', (e) => {
    ex = e;
    if (child.stdout) child.stdout.destroy?.();
    if (child.stderr) child.stderr.destroy?.();
    exithandler();
  });
  return child;
}

function exec(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options, shell: typeof options?.shell === 'string' ? options.shell : true, _cmd: command };
  return execFile(command, [], options, callback);
}

function customPromisify(orig) {
  return (...args) => {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = orig(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}
Object.defineProperty(exec, kPromisifyCustom, { value: customPromisify(exec), enumerable: false });
Object.defineProperty(execFile, kPromisifyCustom, { value: customPromisify(execFile), enumerable: false });

function fork() {
  throw new ERR_NOT_IMPLEMENTED('child_process.fork (no IPC channel yet)');
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
