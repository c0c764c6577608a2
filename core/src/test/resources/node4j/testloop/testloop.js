'use strict';
const core = require('internal/core');
const lb = core.binding;
function timeout(fn, ms) {
  const t = { [core.kFire]() { fn(); } };
  t.h = lb.newTimer(t);
  lb.startTimer(t.h, ms);
  return t;
}
function immediate(fn) {
  const i = { [core.kFire]() { fn(); } };
  i.h = lb.addImmediate(i);
  return i;
}
module.exports = {
  timeout,
  immediate,
  unref(t) { lb.refTimer(t.h, false); },
  clear(t) { lb.stopTimer(t.h); },
  nextTick(fn) { core.nextTick(fn, undefined); },
  exit(code) { core.exit(code); },
  log: [],
  classOf: core.classOf,   // for ClassOfTest
};
