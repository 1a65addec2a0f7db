package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.COORDINATION_NOTE;
import static org.regionalrescue.process.escort.EscortVariables.COORDINATION_RESULT;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.escort.EscortVariables.CoordinationResult;
import org.springframework.stereotype.Component;

/**
 * 协调接收, on complete: the regional center's supervisor, to whom the refusal was reported (RULES §7), either asks
 * the receiving side again after coordinating with it or cancels the escort, and records how it was coordinated.
 */
@Component
public class CheckRefusalCoordinationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(COORDINATION_RESULT) instanceof String result)
        || !CoordinationResult.ALL.contains(result)) {
      throw new BadUserRequestException("请选择协调结果：重新通知接收方或取消护送。");
    }
    Object note = task.getVariable(COORDINATION_NOTE);
    if (note == null || note.toString().isBlank()) {
      throw new BadUserRequestException("请记录协调情况。");
    }
  }
}
