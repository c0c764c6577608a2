'use strict';
// POSIX credentials: process.getuid() ... process.setgroups(), each a libc call through the
// process binding (Java's FFM), with Node's validation and errors. Absent where the binding has
// no libc access (Windows), as Node leaves them out there.
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_CREDENTIAL }, uvErrno } = require('internal/errors');
const { validateUint32, validateArray } = require('internal/validators');

/** Node's error for a failed credential call: `EPERM, Operation not permitted`, errno > 0. */
function errnoError(posix, errno, syscall) {
  let code = `Unknown system error ${errno}`;
  for (const name of Object.keys(uvErrno)) {
    if (uvErrno[name][0] === -errno) {
      code = name;
      break;
    }
  }
  const err = new Error(`${code}, ${posix.strerror(errno)}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function validateId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

function install(process, posix) {
  /** A uid/gid from a number (taken as is) or a name (looked up); -1 when the name is unknown. */
  const uidOf = (id) => (typeof id === 'number' ? id : posix.uidByName(id));
  const gidOf = (id) => (typeof id === 'number' ? id : posix.gidByName(id));

  for (const fn of ['getuid', 'getgid', 'geteuid', 'getegid']) {
    process[fn] = { [fn]() { return posix.getId(fn); } }[fn];
  }

  process.getgroups = function getgroups() {
    const groups = posix.getgroups();
    if (groups === null) throw errnoError(posix, posix.lastErrno(), 'getgroups');
    const list = Array.from(groups);
    // Node guarantees the effective group is in the list.
    const egid = posix.getId('getegid');
    if (!list.includes(egid)) list.push(egid);
    return list;
  };

  const setters = [['setuid', 'User', uidOf], ['seteuid', 'User', uidOf],
    ['setgid', 'Group', gidOf], ['setegid', 'Group', gidOf]];
  for (const [fn, kind, resolve] of setters) {
    process[fn] = {
      [fn](id) {
        validateId(id, 'id');
        const numeric = resolve(typeof id === 'number' ? id >>> 0 : id);
        if (numeric === -1) throw new ERR_UNKNOWN_CREDENTIAL(kind, id);
        const errno = posix.setId(fn, numeric);
        if (errno !== 0) throw errnoError(posix, errno, fn);
      },
    }[fn];
  }

  process.setgroups = function setgroups(groups) {
    validateArray(groups, 'groups');
    for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
    const gids = groups.map((g) => {
      const gid = gidOf(g);
      if (gid === -1) throw new ERR_UNKNOWN_CREDENTIAL('Group', g);
      return gid;
    });
    const errno = posix.setgroups(gids);
    if (errno !== 0) throw errnoError(posix, errno, 'setgroups');
  };

  process.initgroups = function initgroups(user, extraGroup) {
    validateId(user, 'user');
    validateId(extraGroup, 'extraGroup');
    // A numeric user must exist (initgroups takes a name); a name is passed on as given.
    const name = typeof user === 'number' ? posix.userName(user) : user;
    if (name === null) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
    const gid = gidOf(extraGroup);
    if (gid === -1) throw new ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
    const errno = posix.initgroups(name, gid);
    if (errno !== 0) throw errnoError(posix, errno, 'initgroups');
  };
}

module.exports = { install, errnoError };
