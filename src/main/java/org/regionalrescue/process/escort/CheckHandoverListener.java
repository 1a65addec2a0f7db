package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.ARRIVED_AT;
import static org.regionalrescue.process.escort.EscortVariables.CONDITION_ON_ARRIVAL;
import static org.regionalrescue.process.escort.EscortVariables.HANDOVER_SIGNED;
import static org.regionalrescue.process.escort.EscortVariables.RECEIVED_BY;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.escort.EscortVariables.ConditionOnArrival;
import org.springframework.stereotype.Component;

/**
 * 接收人员并签署交接表, on complete: the person arrived, both sides signed the 护送交接表 (every leg ends in a signed
 * handover, RULES §7), the receiving staff and the person's condition are noted.
 */
@Component
public class CheckHandoverListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (task.getVariable(ARRIVED_AT) == null || task.getVariable(ARRIVED_AT).toString().isBlank()) {
      throw new BadUserRequestException("请填写受助人员到达的时间。");
    }
    Object receivedBy = task.getVariable(RECEIVED_BY);
    if (receivedBy == null || receivedBy.toString().isBlank()) {
      throw new BadUserRequestException("请填写接收人员（职务）。");
    }
    if (!(task.getVariable(CONDITION_ON_ARRIVAL) instanceof String condition)
        || !ConditionOnArrival.ALL.contains(condition)) {
      throw new BadUserRequestException("请选择受助人员到达时的状况。");
    }
    if (!FormValues.flag(task, HANDOVER_SIGNED, "双方已签署交接表")) {
      throw new BadUserRequestException("双方签署护送交接表后才能办理接收。");
    }
  }
}
