'use strict';
// The line diff in AssertionError messages: '+' lines are actual's, '-' lines expected's, '  '
// lines shared; runs of more than five shared lines are collapsed around a '...' line.

const kNopLinesToCollapse = 5;

function linesEqual(a, e, checkComma) {
  return a === e || (checkComma && ((a.endsWith(',') && a.slice(0, -1) === e) ||
    (e.endsWith(',') && e.slice(0, -1) === a)));
}

/**
 * Shortest edit script from `actual` to `expected` lines as [op, line] pairs in order, op one of
 * 'nop' | 'insert' (actual only) | 'delete' (expected only). Within a changed run the actual lines
 * come first, as Node prints them.
 */
function diffLines(actual, expected, checkComma) {
  // Common prefix and suffix first: most diffs are small changes in large values.
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
  for (let i = 0; i < start; i++) ops.push(['nop', expected[i]]);
  const n = endA - start;
  const m = endE - start;
  if (n * m > 4e6) {
    // Too large for the table: report the middle as replaced.
    pushRun(ops, actual.slice(start, endA), expected.slice(start, endE));
  } else {
    // LCS table over the middle part, then walk it forwards.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = linesEqual(actual[start + i], expected[start + j], checkComma)
          ? lcs[(i + 1) * w + j + 1] + 1
          : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    let runA = [];
    let runE = [];
    while (i < n || j < m) {
      if (i < n && j < m && linesEqual(actual[start + i], expected[start + j], checkComma)) {
        pushRun(ops, runA, runE);
        runA = [];
        runE = [];
        ops.push(['nop', expected[start + j]]);
        i++;
        j++;
      } else if (j >= m || (i < n && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        runA.push(actual[start + i++]);
      } else {
        runE.push(expected[start + j++]);
      }
    }
    pushRun(ops, runA, runE);
  }
  for (let i = endE; i < expected.length; i++) ops.push(['nop', expected[i]]);
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
