package org.regionalrescue.process.assistancedispatch;

import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_OUTCOME;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.REVIEW_DECISION;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.REVIEW_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AssistanceOutcome;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ReviewDecision;
import org.springframework.stereotype.Component;

/** 审核协助反馈, on complete: the report is accepted (the task is done), or more is asked for in writing. */
@Component
public class CheckAssistanceReviewListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String decision = FormValues.code(task, REVIEW_DECISION, ReviewDecision.ALL, "请选择审核结论：通过或要求补充。");
    if (ReviewDecision.MORE_NEEDED.equals(decision)) {
      FormValues.text(task, REVIEW_NOTE, "要求补充的，请写明需要承接机构补充的内容。");
    } else {
      task.getExecution().getProcessInstance().setVariable(ASSISTANCE_OUTCOME, AssistanceOutcome.DONE);
    }
  }
}
