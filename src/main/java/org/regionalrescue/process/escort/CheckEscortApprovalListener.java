package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.APPROVAL_DECISION;
import static org.regionalrescue.process.escort.EscortVariables.APPROVAL_NOTE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.escort.EscortVariables.ApprovalDecision;
import org.springframework.stereotype.Component;

/** 审批跨省护送, on complete: approved, or returned to the planning caseworker with what to change. */
@Component
public class CheckEscortApprovalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(APPROVAL_DECISION) instanceof String decision)
        || !ApprovalDecision.ALL.contains(decision)) {
      throw new BadUserRequestException("请选择批准护送或退回修改。");
    }
    Object note = task.getVariable(APPROVAL_NOTE);
    if (ApprovalDecision.RETURNED.equals(decision) && (note == null || note.toString().isBlank())) {
      throw new BadUserRequestException("退回修改须说明需要修改的内容。");
    }
  }
}
