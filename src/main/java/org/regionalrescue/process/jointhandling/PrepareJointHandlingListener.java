package org.regionalrescue.process.jointhandling;

import static org.regionalrescue.process.jointhandling.JointHandlingVariables.CASE_AGENCY;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.HANDLING_AGENCY_NAME;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_DEPARTMENTS;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_DEPARTMENT_NAMES;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_TOPIC;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.regionalrescue.organisation.Agency;
import org.springframework.stereotype.Component;

/**
 * At the start of 协同会办: the handling agency, the question and the departments are checked, or nothing starts (the
 * refusal reaches the caller; REST answers 400). {@code jointDepartments} becomes the checked list of codes that the
 * parallel multi-instance runs over, whatever shape it came in.
 */
@Component
public class PrepareJointHandlingListener implements ExecutionListener {

  private final PartnerDepartments departments;

  public PrepareJointHandlingListener(PartnerDepartments departments) {
    this.departments = departments;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Agency handling = departments.handlingAgency(execution.getVariable(CASE_AGENCY));
    Object topic = execution.getVariable(JOINT_TOPIC);
    if (!(topic instanceof String text) || text.isBlank()) {
      throw new BadUserRequestException("请填写协同会办事项（jointTopic）：需要各部门提出意见或采取措施的问题。");
    }
    List<Agency> taking = departments.require(handling, execution.getVariable(JOINT_DEPARTMENTS));
    ArrayList<String> codes = taking.stream().map(Agency::code).collect(Collectors.toCollection(ArrayList::new));
    execution.setVariable(JOINT_DEPARTMENTS,
        Variables.objectValue(codes).serializationDataFormat(SerializationDataFormats.JSON).create());
    execution.setVariable(JOINT_DEPARTMENT_NAMES, taking.stream().map(Agency::name).collect(Collectors.joining("、")));
    execution.setVariable(HANDLING_AGENCY_NAME, handling.name());
    JointOpinions.start(execution);
  }
}
