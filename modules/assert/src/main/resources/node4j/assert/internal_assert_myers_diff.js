'use strict';
// The line diff in AssertionError messages: '+' lines are actual's, '-' lines expected's, '  '
// lines shared; runs of more than five shared lines are collapsed around a '...' line.

const kNopLinesToCollapse = 5;

function linesEqual(a, e, checkComma) {
  return a === e || (checkComma && ((a.endsWith(',') && a.slice(0, -1) === e) ||
    (e.endsWith(',') && e.slice(0, -1) === a)));
}

// A shared line is printed as the side that ends with a comma, actual's if both do (as Node).
function sharedLine(a, e, checkComma) {
  return checkComma && !a.endsWith(',') ? e : a;
}

// Beyond this many edits the diff is reported as one replaced block (the trace grows as edits^2).
const kMaxEdits = 2000;

/**
 * Shortest edit script from `actual` to `expected` lines as [op, line] pairs in order, op one of
 * 'nop' | 'insert' (actual only) | 'delete' (expected only). Myers' greedy algorithm with its
 * usual choice between equal paths, which decides where Node's messages place the changes.
 * Past `maxEdits` edits the middle is reported as one replaced block (util.diff passes Infinity:
 * it promises the shortest script). Works on any indexable sequence (arrays, strings).
 */
function diffLines(actual, expected, checkComma, maxEdits = kMaxEdits) {
  const n = actual.length;
  const m = expected.length;
  const levels = [];   // levels[d][k + d]: furthest x on diagonal k (x - y) after d edits
  for (let d = 0; d <= n + m && d <= maxEdits; d++) {
    const prev = levels[d - 1];
    const cur = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (d === 0) x = 0;
      else if (k === -d || (k !== d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])) x = prev[k + 1 + d - 1];
      else x = prev[k - 1 + d - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesEqual(actual[x], expected[y], checkComma)) {
        x++;
        y++;
      }
      cur[k + d] = x;
      if (x >= n && y >= m) {
        levels.push(cur);
        return backtrack(levels, actual, expected, checkComma);
      }
    }
    levels.push(cur);
  }
  return replaced(actual, expected, checkComma);
}

// Walks the furthest-reaching paths back from the end; returns the ops in forward order.
function backtrack(levels, actual, expected, checkComma) {
  const ops = [];
  let x = actual.length;
  let y = expected.length;
  for (let d = levels.length - 1; d >= 0; d--) {
    const k = x - y;
    let prevX = 0;
    let prevY = 0;
    if (d > 0) {
      const prev = levels[d - 1];
      const down = k === -d || (k !== d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
      const prevK = down ? k + 1 : k - 1;
      prevX = prev[prevK + d - 1];
      prevY = prevX - prevK;
    }
    while (x > prevX && y > prevY) {
      ops.push(['nop', sharedLine(actual[x - 1], expected[y - 1], checkComma)]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) ops.push(['insert', actual[--x]]);
      else ops.push(['delete', expected[--y]]);
    }
  }
  return ops.reverse();
}

// Too many edits to trace: the common head and tail, and everything between as replaced.
function replaced(actual, expected, checkComma) {
  let start = 0;
  while (start < actual.length && start < expected.length &&
         linesEqual(actual[start], expected[start], checkComma)) start++;
  let endA = actual.length;
  let endE = expected.length;
  while (endA > start && endE > start && linesEqual(actual[endA - 1], expected[endE - 1], checkComma)) {
    endA--;
    endE--;
  }
  const ops = [];
  for (let i = 0; i < start; i++) ops.push(['nop', sharedLine(actual[i], expected[i], checkComma)]);
  pushRun(ops, actual.slice(start, endA), expected.slice(start, endE));
  for (let i = endE, k = endA; i < expected.length; i++, k++) {
    ops.push(['nop', sharedLine(actual[k], expected[i], checkComma)]);
  }
  return ops;
}

function pushRun(ops, runA, runE) {
  for (const l of runA) ops.push(['insert', l]);
  for (const l of runE) ops.push(['delete', l]);
}

/** The printed diff: { message: '\n' + lines, skipped: whether lines were collapsed }. */
function printDiff(ops, diffType = 'simple') {
  const collapse = diffType !== 'full';
  let message = '';
  let skipped = false;
  let nopCount = 0;
  for (let k = 0; k < ops.length; k++) {
    const [op, line] = ops[k];
    const previous = k > 0 ? ops[k - 1][0] : null;
    if (collapse && previous === 'nop' && op !== 'nop') {
      if (nopCount === kNopLinesToCollapse + 1) {
        message += `  ${ops[k - 1][1]}\n`;
      } else if (nopCount === kNopLinesToCollapse + 2) {
        message += `  ${ops[k - 2][1]}\n  ${ops[k - 1][1]}\n`;
      } else if (nopCount >= kNopLinesToCollapse + 3) {
        message += `...\n  ${ops[k - 1][1]}\n`;
        skipped = true;
      }
      nopCount = 0;
    }
    if (op === 'insert') {
      message += `+ ${line}\n`;
    } else if (op === 'delete') {
      message += `- ${line}\n`;
    } else {
      if (!collapse || nopCount < kNopLinesToCollapse) message += `  ${line}\n`;
      nopCount++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

module.exports = { diffLines, printDiff };
