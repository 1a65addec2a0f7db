package org.regionalrescue.process.assistancedispatch;

import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ASSISTANCE_RESULT;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.CARRIED_OUT_ON;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.REPORT;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.STAFF_COUNT;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AssistanceResult;
import org.springframework.stereotype.Component;

/**
 * 开展协助并反馈, on complete: the 反馈报告 is complete (when, result, how many staff, what was done) before it goes
 * back to the sender and into the case's written records.
 */
@Component
public class CheckAssistanceReportListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object carriedOutOn = task.getVariable(CARRIED_OUT_ON);
    if (carriedOutOn == null || carriedOutOn.toString().isBlank()) {
      throw new BadUserRequestException("请填写开展协助的日期。");
    }
    FormValues.code(task, ASSISTANCE_RESULT, AssistanceResult.ALL, "请选择协助结果：已完成、部分完成或无法完成。");
    FormValues.wholeNumber(task, STAFF_COUNT, "参与协助的工作人员人数", 1, 99);
    FormValues.text(task, REPORT, "请填写反馈报告：做了什么、发现了什么；未能完成的，写明原因。");
  }
}
