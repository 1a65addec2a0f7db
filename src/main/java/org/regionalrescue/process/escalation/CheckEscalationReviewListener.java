package org.regionalrescue.process.escalation;

import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_ADVICE;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_DECISION;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_DECLINE_REASON;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_REVIEW_NOTE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.escalation.EscalationVariables.Decision;
import org.regionalrescue.process.escalation.EscalationVariables.DeclineReason;
import org.springframework.stereotype.Component;

/**
 * 提级申请审核, on complete: the center accepts, or declines with a coded reason and advice for the requesting agency
 * (RULES §10: "accepts or declines with reason"). An accepted request carries no decline reason or advice. A refused
 * completion leaves the task open and changes nothing.
 */
@Component
public class CheckEscalationReviewListener implements TaskListener {

  static final int LONGEST_TEXT = 2000;

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(ESCALATION_DECISION) instanceof String decision) || !Decision.ALL.contains(decision)) {
      throw new BadUserRequestException("请选择“同意提级”或“不同意提级（退回）”。");
    }
    text(task, ESCALATION_REVIEW_NOTE, "审核意见");
    if (Decision.ACCEPTED.equals(decision)) {
      task.setVariable(ESCALATION_DECLINE_REASON, null);
      task.setVariable(ESCALATION_ADVICE, null);
      return;
    }
    Object reason = task.getVariable(ESCALATION_DECLINE_REASON);
    if (reason == null || reason.toString().isBlank()) {
      throw new BadUserRequestException("不同意提级须选择退回理由。");
    }
    if (!(reason instanceof String code) || !DeclineReason.ALL.contains(code)) {
      throw new BadUserRequestException("退回理由无效：请选择县级有能力办理、材料不全、不符合提级条件或其他。");
    }
    if (text(task, ESCALATION_ADVICE, "退回意见和建议").isEmpty()) {
      throw new BadUserRequestException("不同意提级须填写退回意见和建议，供申请机构继续办理。");
    }
  }

  private static String text(DelegateTask task, String name, String label) {
    Object value = task.getVariable(name);
    if (value == null) {
      return "";
    }
    if (!(value instanceof String text)) {
      throw new BadUserRequestException("“" + label + "”须为文字。");
    }
    if (text.strip().length() > LONGEST_TEXT) {
      throw new BadUserRequestException("“" + label + "”不能超过" + LONGEST_TEXT + "字。");
    }
    return text.strip();
  }
}
