package org.regionalrescue.process.escalation;

import static org.regionalrescue.process.escalation.EscalationVariables.CASE_NUMBER;
import static org.regionalrescue.process.escalation.EscalationVariables.CENTER_AGENCY;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.CaseRecords;
import org.regionalrescue.security.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * 移交区域性中心办理: opens the whole case to the regional center, whose caseworkers and supervisors may read the
 * case's root process instance (the rescue case that called 提级办理, runtime and history) and this escalation, and
 * files the 提级办理审批单. Idempotent: the grants add nothing that exists, and the record is keyed by the escalation
 * and this step, so a retried job or a step started again in Cockpit files it once.
 */
@Component
public class AcceptEscalationDelegate implements JavaDelegate {

  private final CaseAccess caseAccess;
  private final CaseRecords caseRecords;

  public AcceptEscalationDelegate(CaseAccess caseAccess, CaseRecords caseRecords) {
    this.caseAccess = caseAccess;
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = (String) execution.getVariable(CASE_NUMBER);
    String center = (String) execution.getVariable(CENTER_AGENCY);
    if (center == null) {
      throw new IllegalStateException("escalation " + execution.getProcessInstanceId() + " has no regional center");
    }
    String root = rootProcessInstanceId(execution);
    caseAccess.grant(root, center);
    if (!root.equals(execution.getProcessInstanceId())) {
      caseAccess.grant(execution.getProcessInstanceId(), center);
    }

    CaseRecordType type = CaseRecordType.ESCALATION_DECISION;
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("title", type.title());
    type.contentVariables().forEach(name -> content.put(name, execution.getVariable(name)));
    caseRecords.record(caseNumber, type,
        caseNumber + ":" + execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId(), content);
  }

  /** The process instance at the top of the call chain: the rescue case, when a case called this. */
  static String rootProcessInstanceId(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance.getId();
  }
}
