// Training run for the launcher's JDK AOT cache (bin/node4j makes the cache with it; stdout is
// discarded). It touches what typical programs touch at start-up so that the classes behind
// them are in the cache: the CommonJS and ESM loaders, console, errors, timers, promises,
// buffer, fs, path, events, stream, crypto, util. Keep it small: every class in the cache is
// loaded at JVM start.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { pipeline, Transform, Readable } = require('stream');
const { EventEmitter } = require('events');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-aot-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'hello\n'.repeat(100));
const text = fs.readFileSync(file, 'utf8');
console.log(text.length, Buffer.from(text).toString('base64').length, fs.statSync(file).size);
console.log({ a: 1, b: [1, 2, { c: 'x' }], d: new Map([[1, 2]]) }, util.format('%s %d %j', 'a', 1, {}));
console.log(crypto.createHash('sha256').update(text).digest('hex'),
  crypto.createHmac('sha1', 'k').update(text).digest('base64'), crypto.randomUUID().length);
try { fs.readFileSync(path.join(dir, 'missing')); } catch (e) { console.log(e.code, e.stack.split('\n')[0]); }
try { null.x; } catch (e) { console.log(String(e)); }

const ee = new EventEmitter();
ee.on('x', (v) => console.log('event', v));
ee.emit('x', 1);
process.nextTick(() => console.log('tick'));
Promise.resolve(1).then((v) => console.log('promise', v));
setImmediate(() => console.log('immediate'));

const esm = path.join(dir, 'm.mjs');
fs.writeFileSync(esm, "import { readFileSync } from 'node:fs'; export default typeof readFileSync;");
setTimeout(async () => {
  console.log('esm', (await import(esm)).default);
  const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
  pipeline(fs.createReadStream(file), upper, fs.createWriteStream(file + '.out'), (err) => {
    if (err) throw err;
    fs.promises.readFile(file + '.out', 'utf8').then(async (out) => {
      console.log('stream', out.length);
      for await (const chunk of Readable.from(['a', 'b'])) console.log(chunk);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
}, 1);
