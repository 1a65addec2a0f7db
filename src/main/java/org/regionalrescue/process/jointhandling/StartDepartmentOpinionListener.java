package org.regionalrescue.process.jointhandling;

import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_DEPARTMENT;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_DEPARTMENT_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.regionalrescue.organisation.Organisation;
import org.springframework.stereotype.Component;

/** At the start of one department's part of 协同会办: its name, for the forms and its written record. */
@Component
public class StartDepartmentOpinionListener implements ExecutionListener {

  private final Organisation organisation;

  public StartDepartmentOpinionListener(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String department = (String) execution.getVariable(JOINT_DEPARTMENT);
    execution.setVariableLocal(JOINT_DEPARTMENT_NAME, organisation.require(department).name());
  }
}
