package org.regionalrescue.process.assistancedispatch;

import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_AGENCY;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_AGENCY_NAME;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_AGENCY_OPTIONS;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_BRIEF;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_KIND;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_KIND_LABEL;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.CASE_AGENCY;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.SENDER_NAME;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.process.AgencyOptions;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AssistanceKind;
import org.regionalrescue.security.CaseAccess;
import org.springframework.stereotype.Component;

/**
 * At the start of 下沉协助: the request is complete and the receiver lies inside the sender's area, or nothing starts
 * (the refusal reaches the caller, REST answers 400). Sets the names the forms show and the agencies the sender may
 * choose after a decline, and opens the instance to the receiving agency's readers (its supervisors chase late
 * reports from Cockpit and Tasklist).
 */
@Component
public class PrepareAssistanceDispatchListener implements ExecutionListener {

  private final AssistanceReceivers receivers;
  private final CaseAccess caseAccess;

  public PrepareAssistanceDispatchListener(AssistanceReceivers receivers, CaseAccess caseAccess) {
    this.receivers = receivers;
    this.caseAccess = caseAccess;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Agency sender = receivers.sender(execution.getVariable(CASE_AGENCY));
    Object kind = execution.getVariable(ASSISTANCE_KIND);
    if (!(kind instanceof String code) || !AssistanceKind.ALL.contains(code)) {
      throw new BadUserRequestException("请选择下沉协助的类型（assistanceKind）：寻亲走访 tracing-visit、回访 follow-up-visit、"
          + "护送一段 escort-leg 或现场支援 on-site-support。");
    }
    Object brief = execution.getVariable(ASSISTANCE_BRIEF);
    if (!(brief instanceof String text) || text.isBlank()) {
      throw new BadUserRequestException("请填写下沉协助的任务说明（assistanceBrief）：需要承接机构做什么。");
    }
    Agency receiver = receivers.receiver(sender, execution.getVariable(ASSISTANCE_AGENCY));
    execution.setVariable(ASSISTANCE_AGENCY, receiver.code());
    execution.setVariable(ASSISTANCE_AGENCY_NAME, receiver.name());
    execution.setVariable(SENDER_NAME, sender.name());
    execution.setVariable(ASSISTANCE_KIND_LABEL, AssistanceKind.LABELS.get(code));
    execution.setVariable(ASSISTANCE_AGENCY_OPTIONS, AgencyOptions.of(receivers.within(sender)));
    caseAccess.grant(execution.getProcessInstanceId(), receiver.code());
  }
}
