package org.regionalrescue.process.returnfollowup;

import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.FOLLOW_UP_ENDED;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.FOLLOW_UP_OUTCOME;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.LIVING_SITUATION;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.RELATIVES_EDUCATED;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.RISK_OF_DRIFTING;
import static org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.VISIT_MODE;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.FollowUpOutcome;
import org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.LivingSituation;
import org.regionalrescue.process.returnfollowup.ReturnFollowUpVariables.VisitMode;
import org.springframework.stereotype.Component;

/**
 * 入户回访, on complete: the coded answers are known, and the follow-up's outcome is what this visit found. A person
 * who left again is at risk by definition; one who moved away for good gets no further visits (RULES §11).
 */
@Component
public class CheckFollowUpVisitListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    code(task, VISIT_MODE, VisitMode.ALL, "请选择回访方式。");
    String situation = code(task, LIVING_SITUATION, LivingSituation.ALL, "请选择生活情况。");
    boolean atRisk = FormValues.flag(task, RISK_OF_DRIFTING, "有再次流浪乞讨风险");
    FormValues.flag(task, RELATIVES_EDUCATED, "已对亲属进行教育劝导");
    if (LivingSituation.LEFT_AGAIN.equals(situation) && !atRisk) {
      throw new BadUserRequestException("受助人员已再次外出的，请勾选“有再次流浪乞讨风险”，交网格员开展源头治理。");
    }
    DelegateExecution followUp = task.getExecution().getProcessInstance();
    if (LivingSituation.MOVED_AWAY.equals(situation)) {
      followUp.setVariable(FOLLOW_UP_OUTCOME, FollowUpOutcome.MOVED_AWAY);
      followUp.setVariable(FOLLOW_UP_ENDED, true);
    } else {
      followUp.setVariable(FOLLOW_UP_OUTCOME, atRisk ? FollowUpOutcome.AT_RISK : FollowUpOutcome.STABLE);
    }
  }

  private static String code(DelegateTask task, String name, Set<String> allowed, String message) {
    Object value = task.getVariable(name);
    if (!(value instanceof String text) || !allowed.contains(text)) {
      throw new BadUserRequestException(message);
    }
    return text;
  }
}
