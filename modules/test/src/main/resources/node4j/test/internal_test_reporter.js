'use strict';
// The 'spec' reporter's shape (Node's default, also when stdout is a pipe): one ✔/✖/﹣ line per
// finished test, "▶ name" before a test's children, the ℹ summary, then the failing tests again
// with their errors. Written to fd 1 through core (no dependency on process.stdout buffering).

const { binding } = require('internal/core');

function write(s) {
  binding.writeString(1, s);
}

function inspect(v) {
  try {
    return require('util').inspect(v);
  } catch {
    return v && v.stack ? v.stack : String(v);
  }
}

function indent(depth) {
  return '  '.repeat(depth);
}

function ms(t) {
  return `(${t.duration.toFixed(6).replace(/\.?0+$/, '') || 0}ms)`;
}

function directive(t) {
  if (t.skip !== false) return typeof t.skip === 'string' && t.skip !== '' ? ` # ${t.skip}` : ' # SKIP';
  if (t.todo !== false) return typeof t.todo === 'string' && t.todo !== '' ? ` # ${t.todo}` : ' # TODO';
  return '';
}

function symbol(t) {
  if (t.skip !== false) return '﹣';
  return t.passed ? '✔' : '✖';
}

// A parent's "▶" header is printed once, just before its first reported child.
function header(t) {
  if (t.depth < 0 || t.headerPrinted) return; // the root has no line of its own
  header(t.parent);
  t.headerPrinted = true;
  write(`${indent(t.depth)}▶ ${t.name}\n`);
}

function reportTest(t) {
  header(t.parent);
  write(`${indent(t.depth)}${symbol(t)} ${t.name} ${ms(t)}${directive(t)}\n`);
  for (const d of t.diagnostics) write(`${indent(t.depth + 1)}ℹ ${d}\n`);
}

function reportSummary(root, counts, durationMs, failures, cwd) {
  write(`ℹ tests ${counts.tests}\nℹ suites ${counts.suites}\nℹ pass ${counts.pass}\n` +
        `ℹ fail ${counts.fail}\nℹ cancelled ${counts.cancelled}\nℹ skipped ${counts.skipped}\n` +
        `ℹ todo ${counts.todo}\nℹ duration_ms ${durationMs.toFixed(6).replace(/\.?0+$/, '')}\n`);
  for (const d of root.diagnostics) write(`ℹ ${d}\n`);
  if (failures.length === 0) return;
  write('\n✖ failing tests:\n\n');
  for (const t of failures) {
    if (t.loc) {
      const file = t.loc.file.startsWith(cwd + '/') ? t.loc.file.slice(cwd.length + 1) : t.loc.file;
      write(`test at ${file}:${t.loc.line}:${t.loc.column}\n`);
    }
    write(`✖ ${t.name} ${ms(t)}\n`);
    write(`${inspect(t.error).split('\n').map((l) => '  ' + l).join('\n')}\n\n`);
  }
}

module.exports = { reportTest, reportSummary };
