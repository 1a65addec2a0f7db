// The diagram diff (lint/diagram-diff.mjs) over two small versions of one diagram (fixtures/diff/old.bpmn and
// new.bpmn): every kind of change is found with the right ids and values, in Chinese; the command exits 0; a file is
// compared with its committed version in git. Run with `npm test`.
const { test } = require('node:test');
const assert = require('node:assert');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SCRIPT = path.join(__dirname, '..', 'diagram-diff.mjs');
const OLD = path.join(__dirname, 'fixtures', 'diff', 'old.bpmn');
const NEW = path.join(__dirname, 'fixtures', 'diff', 'new.bpmn');

async function differences() {
  const { diffXml } = await import(SCRIPT);
  return diffXml(fs.readFileSync(OLD, 'utf8'), fs.readFileSync(NEW, 'utf8'));
}

function run(args, options = {}) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', ...options });
}

test('elements added and removed', async () => {
  const result = await differences();
  assert.deepStrictEqual(result.added.map(e => e.id), ['Task_RecordBelongings', 'End_Completed', 'Flow_BelongingsToScreen']);
  assert.deepStrictEqual(result.removed.map(e => e.id), ['Task_Archive', 'End_Done', 'Flow_ToArchive']);
});

test('an element removed and added again with the same type and name is flagged as an id change', async () => {
  const result = await differences();
  assert.deepStrictEqual(result.idChanged.map(e => [e.oldId, e.newId, e.name]), [['End_Done', 'End_Completed', '办结']]);
});

test('renamed elements with the old and the new name', async () => {
  const result = await differences();
  assert.deepStrictEqual(result.renamed.map(e => [e.id, e.oldName, e.newName]), [
    ['diff-example', '差异示例（旧版）', '差异示例'],
    ['Task_Screen', '检视', '安检与检视']]);
});

test('rerouted sequence flows with the old and the new route', async () => {
  const result = await differences();
  assert.deepStrictEqual(result.rerouted.map(e => [e.id, e.oldRoute, e.newRoute]), [
    ['Flow_ToScreen', 'Task_Register → Task_Screen', 'Task_Register → Task_RecordBelongings'],
    ['Flow_ToEnd', 'Task_Archive → End_Done', 'Task_Screen → End_Completed']]);
});

test('a default value written out is no change', async () => {
  const { diffXml } = await import(SCRIPT);
  const old = fs.readFileSync(OLD, 'utf8');
  const explicit = old.replace('<bpmn:userTask id="Task_Register" ', '<bpmn:userTask id="Task_Register" '
    + 'isForCompensation="false" startQuantity="1" implementation="##unspecified" ');
  const result = await diffXml(old, explicit);
  assert.deepStrictEqual(result.changed, []);
});

test('other properties, nested ones included, with old and new values the right way round', async () => {
  const result = await differences();
  assert.deepStrictEqual(result.changed.map(e => [e.id, e.properties.map(p => [p.path, p.oldValue, p.newValue])]), [
    ['Task_Register', [
      ['camunda:formRef', 'example-registration', 'example-registration-v2'],
      ['camunda:candidateGroups', '${caseAgency}-caseworker', '${caseAgency}-supervisor']]],
    ['Timer_ScreenOverdue', [
      ['bpmn:timerEventDefinition/timeDuration', '${deadlines.tracingNotice}', '${deadlines.helpPeriod}']]]]);
});

test('elements moved in the layout only, not those that also changed', async () => {
  const result = await differences();
  assert.deepStrictEqual(result.layoutOnly.map(e => e.id), ['End_Supervised', 'Flow_ToSupervise', 'Flow_ToSupervised']);
});

test('the command prints every change in Chinese with ids and exits 0', () => {
  const { status, stdout } = run([OLD, NEW]);
  assert.strictEqual(status, 0);
  for (const line of [
    '新增 added（3）',
    '  + Task_RecordBelongings「随身物品登记」（用户任务）',
    '  - Task_Archive「归档」（用户任务）',
    '  ~ Task_Screen（用户任务）：「检视」→「安检与检视」',
    '  ~ Flow_ToScreen：Task_Register → Task_Screen 改为 Task_Register → Task_RecordBelongings',
    '      camunda:candidateGroups：${caseAgency}-caseworker → ${caseAgency}-supervisor',
    '      bpmn:timerEventDefinition/timeDuration：${deadlines.tracingNotice} → ${deadlines.helpPeriod}',
    '  · End_Supervised「已督办」（结束事件）',
    '  ! End_Done → End_Completed（结束事件「办结」）',
    '合计：新增 3，删除 3，改名 2，改道 2，其他属性变化 2，仅布局移动 3']) {
    assert.ok(stdout.split('\n').includes(line), `missing line: ${line}\n${stdout}`);
  }
});

test('a diagram compared with itself has no differences', () => {
  const { status, stdout } = run([OLD, OLD]);
  assert.strictEqual(status, 0);
  assert.match(stdout, /两个版本没有差别/);
});

test('one file is compared with its version committed in git', () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'diagram-diff-'));
  const git = (...args) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid',
    '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'ignore' });
  try {
    git('init', '-q');
    fs.mkdirSync(path.join(repo, 'processes'));
    const file = path.join(repo, 'processes', 'diff-example.bpmn');
    fs.copyFileSync(OLD, file);
    git('add', '.');
    git('commit', '-q', '-m', 'old version');
    fs.copyFileSync(NEW, file);

    const { status, stdout } = run(['processes/diff-example.bpmn'], { cwd: repo, env: { ...process.env, INIT_CWD: repo } });
    assert.strictEqual(status, 0);
    assert.match(stdout, /git 已提交版本 \(HEAD\) → 工作副本/);
    assert.match(stdout, /合计：新增 3，删除 3，改名 2，改道 2，其他属性变化 2，仅布局移动 3/);

    const fresh = path.join(repo, 'processes', 'not-committed.bpmn');
    fs.copyFileSync(NEW, fresh);
    const added = run(['processes/not-committed.bpmn'], { cwd: repo, env: { ...process.env, INIT_CWD: repo } });
    assert.strictEqual(added.status, 0);
    assert.match(added.stdout, /git HEAD 中还没有这个文件/);
    assert.match(added.stdout, /\+ Task_Screen「安检与检视」（用户任务）/);
  } finally {
    fs.rmSync(repo, { recursive: true, force: true });
  }
});

test('wrong arguments print the usage and exit 2; --help exits 0', () => {
  assert.strictEqual(run([]).status, 2);
  assert.strictEqual(run(['a.bpmn', 'b.bpmn', 'c.bpmn']).status, 2);
  const help = run(['--help']);
  assert.strictEqual(help.status, 0);
  assert.match(help.stdout, /npm run diff -- <旧版.bpmn> <新版.bpmn>/);
  const missing = run([path.join(os.tmpdir(), 'no-such-diagram.bpmn'), NEW]);
  assert.strictEqual(missing.status, 2);
  assert.match(missing.stderr, /无法读取文件/);
});
