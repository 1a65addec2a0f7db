package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.process.rescuecase.RescueCaseVariables.AGE;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CARE_DECISION;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.LACKS_CAPACITY;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.springframework.stereotype.Component;

/**
 * Refuses a 站内照料 decision the rules do not allow, before the case moves: an unknown decision, or a minor or a
 * person lacking capacity leaving on their own. The task stays open with a message saying why.
 */
@Component
public class CheckCareDecisionListener implements TaskListener {

  static final Set<String> DECISIONS = Set.of("return-home", "extend", "self-departure",
      "unannounced-departure", "terminate", "transfer-to-scheme");

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(CARE_DECISION);
    if (!DECISIONS.contains(decision)) {
      throw new BadUserRequestException("请选择有效的处理决定（站内照料）。");
    }
    if ("self-departure".equals(decision) && !DeparturePolicy.mayLeaveAlone(
        FormValues.wholeNumber(task, AGE, "年龄", 0, CheckRegistrationListener.OLDEST_AGE),
        FormValues.flag(task, LACKS_CAPACITY, "无民事行为能力"))) {
      throw new BadUserRequestException("未满16周岁的未成年人和无民事行为能力人员不能自行离站，"
          + "只能由经核实身份的亲属接领或护送返回，请选择“安排返回”。");
    }
  }
}
