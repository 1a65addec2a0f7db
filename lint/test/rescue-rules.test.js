// Each of our bpmnlint rules passes a model that follows the convention and reports one that breaks it.
// Run with `npm test` (node's own test runner).
const { test } = require('node:test');
const assert = require('node:assert');
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const { Linter } = require('bpmnlint');
const plugin = require('../bpmnlint-plugin-rescue');

function definitions(processBody, processName = '测试流程') {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Test" targetNamespace="http://test">
  <bpmn:process id="test-process" name="${processName}" isExecutable="true">${processBody}</bpmn:process>
</bpmn:definitions>`;
}

async function problems(ruleName, xml) {
  const { rootElement } = await new BpmnModdle({ camunda }).fromXML(xml);
  const linter = new Linter({
    resolver: {
      resolveRule: () => require(`../bpmnlint-plugin-rescue/rules/${ruleName}`),
      resolveConfig: () => { throw new Error('not used'); }
    }
  });
  const results = await linter.lint(rootElement, { rules: { [ruleName]: 'error' } });
  return (results[ruleName] || []).map(({ id, message }) => `${id}: ${message}`);
}

const GOOD_TASK = '<bpmn:userTask id="Task_Screen" name="安检与检视" camunda:formRef="rescue-screening" '
  + 'camunda:formRefBinding="deployment" camunda:candidateGroups="${caseAgency}-caseworker" '
  + 'camunda:dueDate="${deadlines.helpPeriod}" />';

test('the plugin enables every rule it has', () => {
  const rules = require('fs').readdirSync(`${__dirname}/../bpmnlint-plugin-rescue/rules`).map(f => f.replace('.js', ''));
  assert.deepStrictEqual(Object.keys(plugin.configs.recommended.rules).sort(), rules.sort());
});

test('no-modeler-default-ids', async () => {
  assert.deepStrictEqual(await problems('no-modeler-default-ids', definitions(GOOD_TASK)), []);
  const found = await problems('no-modeler-default-ids',
    definitions('<bpmn:task id="Activity_0x1y2z3" name="任务" /><bpmn:startEvent id="StartEvent_1" name="开始" />'));
  assert.deepStrictEqual(found.map(p => p.split(':')[0]), ['Activity_0x1y2z3', 'StartEvent_1']);
});

test('user-task-form-and-groups', async () => {
  assert.deepStrictEqual(await problems('user-task-form-and-groups', definitions(GOOD_TASK)), []);
  const found = await problems('user-task-form-and-groups', definitions(
    '<bpmn:userTask id="Task_NoForm" name="无表单" camunda:candidateGroups="${caseAgency}-caseworker" />'
    + '<bpmn:userTask id="Task_Person" name="指定个人" camunda:formRef="f" camunda:formRefBinding="deployment" '
    + 'camunda:candidateGroups="qingshan-caseworker" camunda:assignee="qingshan.caseworker" />'));
  assert.deepStrictEqual(found, [
    'Task_NoForm: User task has no Camunda Form (camunda:formRef)',
    'Task_Person: Candidate groups must come from data, e.g. ${caseAgency}-caseworker',
    'Task_Person: User task names a person; offer it to groups instead']);
});

test('no-literal-deadlines', async () => {
  assert.deepStrictEqual(await problems('no-literal-deadlines', definitions(GOOD_TASK
    + '<bpmn:intermediateCatchEvent id="Catch_Due" name="到期"><bpmn:timerEventDefinition id="Timer_Ok">'
    + '<bpmn:timeDuration>${deadlines.tracingRefresh}</bpmn:timeDuration></bpmn:timerEventDefinition>'
    + '</bpmn:intermediateCatchEvent>')), []);
  const found = await problems('no-literal-deadlines', definitions(
    '<bpmn:userTask id="Task_Due" name="任务" camunda:dueDate="2026-12-01" />'
    + '<bpmn:intermediateCatchEvent id="Catch_Due" name="到期"><bpmn:timerEventDefinition id="Timer_Literal">'
    + '<bpmn:timeDuration>P10D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>'));
  assert.deepStrictEqual(found, [
    'Task_Due: camunda:dueDate is a literal (2026-12-01); read it from configuration',
    'Timer_Literal: Timer timeDuration is a literal (P10D); read it from configuration']);
});

test('chinese-names', async () => {
  assert.deepStrictEqual(await problems('chinese-names', definitions(GOOD_TASK)), []);
  const found = await problems('chinese-names', definitions(
    '<bpmn:userTask id="Task_English" name="Screen person" /><bpmn:endEvent id="End_Unnamed" />', 'Test process'));
  assert.deepStrictEqual(found.map(p => p.split(':')[0]), ['test-process', 'Task_English', 'End_Unnamed']);
});
