// Every user task opens a Camunda Form in Tasklist and is offered to groups taken from data, never to a person.
const { is } = require('bpmnlint-utils');

module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (!node.get('camunda:formRef')) {
      reporter.report(node.id, 'User task has no Camunda Form (camunda:formRef)');
    } else if (node.get('camunda:formRefBinding') !== 'deployment') {
      reporter.report(node.id, 'User task form must be bound to its deployment (camunda:formRefBinding="deployment")');
    }
    const groups = node.get('camunda:candidateGroups');
    if (!groups) {
      reporter.report(node.id, 'User task has no candidate groups');
    } else if (!groups.includes('${')) {
      reporter.report(node.id, 'Candidate groups must come from data, e.g. ${caseAgency}-caseworker');
    }
    if (node.get('camunda:assignee') || node.get('camunda:candidateUsers')) {
      reporter.report(node.id, 'User task names a person; offer it to groups instead');
    }
  }
  return { check };
};
