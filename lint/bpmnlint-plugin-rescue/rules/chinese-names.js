// Caseworkers, supervisors and policy staff read the diagrams in Chinese: the process and every task, event,
// call activity and subprocess carry a Chinese name (gateways that only join may stay unnamed).
const { is, isAny } = require('bpmnlint-utils');

const CHINESE = /[\u4e00-\u9fff]/;

module.exports = function() {
  function check(node, reporter) {
    const named = isAny(node, ['bpmn:Process', 'bpmn:Activity', 'bpmn:Event'])
      || (is(node, 'bpmn:Gateway') && (node.outgoing || []).length > 1 && !is(node, 'bpmn:ParallelGateway'));
    if (named && !CHINESE.test(node.name || '')) {
      reporter.report(node.id, 'Element needs a Chinese name (what a caseworker calls it)');
    }
  }
  return { check };
};
