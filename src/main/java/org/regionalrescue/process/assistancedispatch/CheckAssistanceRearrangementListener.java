package org.regionalrescue.process.assistancedispatch;

import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_AGENCY;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_AGENCY_NAME;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_OUTCOME;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.CASE_AGENCY;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.NEXT_ASSISTANCE_AGENCY;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.REARRANGEMENT;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.REARRANGEMENT_NOTE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AssistanceOutcome;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.Rearrangement;
import org.regionalrescue.security.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * 另行安排或撤销, on complete: either another agency inside the sender's area receives the task (it becomes
 * {@code assistanceAgency} and may read the instance), or the task is cancelled with a reason.
 */
@Component
public class CheckAssistanceRearrangementListener implements TaskListener {

  private final AssistanceReceivers receivers;
  private final CaseAccess caseAccess;

  public CheckAssistanceRearrangementListener(AssistanceReceivers receivers, CaseAccess caseAccess) {
    this.receivers = receivers;
    this.caseAccess = caseAccess;
  }

  @Override
  public void notify(DelegateTask task) {
    String rearrangement = FormValues.code(task, REARRANGEMENT, Rearrangement.ALL, "请选择另行安排承接机构或撤销下沉协助。");
    DelegateExecution dispatch = task.getExecution().getProcessInstance();
    if (Rearrangement.CANCEL.equals(rearrangement)) {
      FormValues.text(task, REARRANGEMENT_NOTE, "撤销下沉协助的，请说明理由。");
      dispatch.setVariable(ASSISTANCE_OUTCOME, AssistanceOutcome.CANCELLED);
      return;
    }
    Agency sender = receivers.sender(task.getVariable(CASE_AGENCY));
    Agency next = receivers.receiver(sender, task.getVariable(NEXT_ASSISTANCE_AGENCY));
    if (next.code().equals(task.getVariable(ASSISTANCE_AGENCY))) {
      throw new BadUserRequestException("“" + next.name() + "”已表示不接收，请另选一个承接机构；确需由其承接的，请先协调，再撤销后重新派出。");
    }
    dispatch.setVariable(ASSISTANCE_AGENCY, next.code());
    dispatch.setVariable(ASSISTANCE_AGENCY_NAME, next.name());
    caseAccess.grant(task.getProcessInstanceId(), next.code());
  }
}
