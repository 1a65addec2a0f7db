package org.regionalrescue.process.returnhome;

import static org.regionalrescue.process.returnhome.ReturnHomeVariables.RETURN_MODE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.ReturnMode;
import org.springframework.stereotype.Component;

/**
 * 选择返回方式, on complete: the mode must be one of the three, and minors under 16, people lacking capacity and
 * special-difficulty clients are never sent on self-return (RULES §0, §7). A refusal leaves the task open and
 * changes nothing.
 */
@Component
public class CheckReturnModeListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object mode = task.getVariable(RETURN_MODE);
    if (!(mode instanceof String code) || !ReturnMode.ALL.contains(code)) {
      throw new BadUserRequestException("请选择返回方式：自行返回、亲属或单位接领、护送返回。");
    }
    if (ReturnMode.SELF_RETURN.equals(code)) {
      ReturnRestrictions.againstSelfReturn(task).ifPresent(reason -> {
        throw new BadUserRequestException(reason + "，不得自行返回：请选择亲属或单位接领，或者护送返回。");
      });
    }
  }
}
