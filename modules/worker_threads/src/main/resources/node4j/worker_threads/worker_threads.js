'use strict';
// The main thread's view of worker_threads. Worker, MessageChannel and friends are absent until
// they are built: a program that needs them fails at the call, not silently.
const environmentData = new Map();
const untransferable = new WeakSet();

module.exports = {
  isMainThread: true,
  threadId: 0,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  getEnvironmentData: (key) => environmentData.get(key),
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  markAsUntransferable(object) {
    if ((typeof object === 'object' && object !== null) || typeof object === 'function') untransferable.add(object);
  },
  isMarkedAsUntransferable: (object) => untransferable.has(object),
};
