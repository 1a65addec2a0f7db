package org.regionalrescue.process.assistancedispatch;

import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ACCEPTANCE_DECISION;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.DECLINE_NOTE;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.DECLINE_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AcceptanceDecision;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.DeclineReason;
import org.springframework.stereotype.Component;

/** 接收下沉协助任务, on complete: accepted, or declined with a coded reason and a written explanation. */
@Component
public class CheckAssistanceAcceptanceListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String decision = FormValues.code(task, ACCEPTANCE_DECISION, AcceptanceDecision.ALL, "请选择是否接收本次下沉协助任务。");
    if (AcceptanceDecision.DECLINED.equals(decision)) {
      FormValues.code(task, DECLINE_REASON, DeclineReason.ALL, "不接收下沉协助任务的，请选择理由。");
      FormValues.text(task, DECLINE_NOTE, "不接收下沉协助任务的，请书面说明理由，供派出机构另行安排。");
    }
  }
}
