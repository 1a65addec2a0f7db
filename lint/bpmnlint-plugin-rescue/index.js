// The rescue workflow's own modelling rules (docs/modelling-conventions.md), checked by bpmnlint beside
// bpmnlint:recommended and camunda-compat. Enabled in the project's .bpmnlintrc as plugin:rescue/recommended.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'no-modeler-default-ids': 'error',
        'user-task-form-and-groups': 'error',
        'no-literal-deadlines': 'error',
        'chinese-names': 'error'
      }
    }
  }
};
