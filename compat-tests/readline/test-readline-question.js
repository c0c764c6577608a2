// covers: readline.Interface.prototype.question, readline.Interface.prototype.setPrompt
// covers: readline.Interface.prototype.getPrompt, readline.Interface.prototype.prompt
// covers: readline.Interface.prototype.write
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function make(terminal) {
  const input = new PassThrough();
  let data = '';
  const output = new Writable({ write(c, e, cb) { data += c.toString(); cb(); } });
  const rl = readline.createInterface({ input, output, terminal });
  return { input, rl, output: () => data };
}

for (const terminal of [false, true]) {
  // The answer goes to the callback, not to 'line'; the old prompt comes back.
  {
    const { rl, input, output } = make(terminal);
    rl.setPrompt('$ ');
    rl.on('line', common.mustNotCall());
    rl.question('name? ', common.mustCall((answer) => {
      assert.strictEqual(answer, 'node');
      assert.strictEqual(rl.getPrompt(), '$ ');
      rl.close();
      assert.throws(() => rl.question('again?', common.mustNotCall()),
        { code: 'ERR_USE_AFTER_CLOSE', name: 'Error', message: 'readline was closed' });
    }));
    assert.strictEqual(rl.getPrompt(), 'name? ');
    assert.ok(output().includes('name? '));
    input.write('node\n');
  }

  // An aborted signal drops the question; later lines are ordinary 'line' events.
  {
    const { rl } = make(terminal);
    const ac = new AbortController();
    rl.question('q? ', { signal: ac.signal }, common.mustNotCall());
    ac.abort();
    rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'x')));
    rl.write('x\n');
    rl.close();
  }

  // util.promisify gives the promise form, which rejects with AbortError on abort.
  {
    const { rl, input } = make(terminal);
    const question = util.promisify(rl.question).bind(rl);
    question('a? ').then(common.mustCall((answer) => {
      assert.strictEqual(answer, 'yes');
      const ac = new AbortController();
      const p = question('b? ', { signal: ac.signal });
      ac.abort('why');
      return assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR', cause: 'why' });
    })).then(common.mustCall(() => rl.close()));
    input.write('yes\n');
  }
}

// prompt() on a plain output writes the prompt as is.
{
  const { rl, output } = make(false);
  rl.setPrompt('>>> ');
  rl.prompt();
  assert.strictEqual(output(), '>>> ');
  rl.close();
}
