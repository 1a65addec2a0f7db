// Every deadline is configuration: timers and due dates read ${deadlines...} or the working-day calendar, so a
// changed rule is a configuration change, not a changed diagram.
const { is } = require('bpmnlint-utils');

const isExpression = value => typeof value === 'string' && /^\s*[$#]\{.*\}\s*$/s.test(value);

module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:TimerEventDefinition')) {
      for (const kind of ['timeDuration', 'timeDate', 'timeCycle']) {
        const definition = node.get(kind);
        if (definition && !isExpression(definition.body)) {
          reporter.report(node.id, `Timer ${kind} is a literal (${definition.body}); read it from configuration`);
        }
      }
    }
    if (is(node, 'bpmn:UserTask')) {
      for (const attribute of ['camunda:dueDate', 'camunda:followUpDate']) {
        const value = node.get(attribute);
        if (value && !isExpression(value)) {
          reporter.report(node.id, `${attribute} is a literal (${value}); read it from configuration`);
        }
      }
    }
  }
  return { check };
};
