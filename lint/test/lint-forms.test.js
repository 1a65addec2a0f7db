// The forms check passes our forms and fails a form Tasklist 7.24 cannot render or that targets another platform.
const { test } = require('node:test');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');

function lintForms(folder) {
  return spawnSync(process.execPath, ['--import', './lint/node-hooks/register.mjs', 'lint/lint-forms.mjs', folder],
    { cwd: root, encoding: 'utf8' });
}

test('our forms pass', () => {
  const run = lintForms('forms');
  assert.strictEqual(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /\d+ forms checked, 0 problems/);
});

test('an unsupported field and another platform fail', () => {
  const run = lintForms('lint/test/fixtures/bad-forms');
  assert.strictEqual(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /other-platform\.form: targets Camunda Cloud 8\.8\.0/);
  assert.match(run.stdout, /unsupported-field\.form: .*Filepicker.*not supported/);
});
