package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_DECISION;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.RECEPTION_REFUSAL_REASON;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.escort.EscortVariables.ReceptionDecision;
import org.regionalrescue.process.escort.EscortVariables.RefusalReason;
import org.springframework.stereotype.Component;

/** 决定是否接收, on complete: accepted, or refused with a coded reason and an explanation (RULES §7, §9). */
@Component
public class CheckReceptionDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(RECEPTION_DECISION) instanceof String decision)
        || !ReceptionDecision.ALL.contains(decision)) {
      throw new BadUserRequestException("请选择同意接收或拒绝接收。");
    }
    if (ReceptionDecision.ACCEPTED.equals(decision)) {
      task.setVariable(RECEPTION_REFUSAL_REASON, null);
      task.setVariable(RECEPTION_REFUSAL_NOTE, null);
      return;
    }
    if (!(task.getVariable(RECEPTION_REFUSAL_REASON) instanceof String reason)
        || !RefusalReason.ALL.contains(reason)) {
      throw new BadUserRequestException("拒绝接收须选择拒绝理由。");
    }
    Object note = task.getVariable(RECEPTION_REFUSAL_NOTE);
    if (note == null || note.toString().isBlank()) {
      throw new BadUserRequestException("拒绝接收须书面说明理由。");
    }
  }
}
