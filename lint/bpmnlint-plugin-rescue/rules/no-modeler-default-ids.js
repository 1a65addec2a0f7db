// Ids are stable English names (Task_ScreenPerson): tests, Cockpit and migrations depend on them. Camunda Modeler's
// generated ids (Activity_0x1y2z3, Flow_1abcdef, Gateway_0k2m4n6 ...) mean an element was never named.
const GENERATED = /^[A-Za-z]+_[0-9][0-9a-z]{6}$|^(StartEvent|Process|Definitions|Collaboration)_[0-9]+$/;

module.exports = function() {
  function check(node, reporter) {
    if (typeof node.id === 'string' && GENERATED.test(node.id)) {
      reporter.report(node.id, 'Element id is a Camunda Modeler default; give it a stable name such as Task_ScreenPerson');
    }
  }
  return { check };
};
