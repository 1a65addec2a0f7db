package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.process.rescuecase.RescueCaseVariables.ARRIVAL_CHANNEL;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.ARRIVAL_CHANNELS;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CASE_AGENCY;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CASE_INITIATOR;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalrescue.casefile.CaseRegistry;
import org.regionalrescue.casefile.OpenedCase;
import org.regionalrescue.security.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * 立案编号: fixes the case's agency, issues its number (which becomes the business key) and opens the case to the
 * agency's readers. Runs once per case. A case whose agency or arrival channel is not one we know is refused before
 * anything is created.
 */
@Component
public class OpenCaseDelegate implements JavaDelegate {

  private final CaseRegistry caseRegistry;
  private final CaseAccess caseAccess;

  public OpenCaseDelegate(CaseRegistry caseRegistry, CaseAccess caseAccess) {
    this.caseRegistry = caseRegistry;
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(CASE_NUMBER) != null) {
      return;
    }
    Object channel = execution.getVariable(ARRIVAL_CHANNEL);
    if (channel != null && !ARRIVAL_CHANNELS.contains(channel)) {
      throw new BadUserRequestException("请选择有效的来源渠道：主动求助、公安机关护送、城管等部门护送、街面救助引导或下级机构提级。");
    }
    String requestedAgency = text(execution, CASE_AGENCY);
    OpenedCase opened = caseRegistry.open(requestedAgency, text(execution, CASE_INITIATOR));
    execution.setVariable(CASE_AGENCY, opened.agencyCode());
    execution.setVariable(CASE_NUMBER, opened.caseNumber());
    execution.setProcessBusinessKey(opened.caseNumber());
    if (requestedAgency == null) {
      // a case started with its agency was opened to it when it started (CaseAccessPlugin)
      caseAccess.grant(execution.getProcessInstanceId(), opened.agencyCode());
    }
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value != null && !(value instanceof String)) {
      throw new BadUserRequestException("变量 " + name + " 应为文本（机构代码或用户名）。");
    }
    return (String) value;
  }
}
