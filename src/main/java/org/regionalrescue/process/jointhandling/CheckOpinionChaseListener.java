package org.regionalrescue.process.jointhandling;

import static org.regionalrescue.process.jointhandling.JointHandlingVariables.CHASE_DECISION;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.CHASE_METHOD;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.CHASE_NOTE;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_DEPARTMENT;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_DEPARTMENT_NAME;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.ChaseDecision;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.ChaseMethod;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.DepartmentAction;
import org.springframework.stereotype.Component;

/**
 * 催办：部门会办意见超时, on complete: how the department was chased, and whether to wait for it (it is chased again
 * later) or to go on without its opinion, which the minutes then show as missing with the reason.
 */
@Component
public class CheckOpinionChaseListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormValues.code(task, CHASE_METHOD, ChaseMethod.ALL, "请选择催办方式：电话、发函或上门。");
    String decision = FormValues.code(task, CHASE_DECISION, ChaseDecision.ALL, "请选择继续等待该部门意见，或不再等待、径行会商。");
    String note = FormValues.text(task, CHASE_NOTE, "请填写催办情况；不再等待的，写明理由（记入会商材料）。");
    if (ChaseDecision.PROCEED_WITHOUT.equals(decision)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("department", task.getVariable(JOINT_DEPARTMENT));
      entry.put("departmentName", task.getVariable(JOINT_DEPARTMENT_NAME));
      entry.put("action", DepartmentAction.NO_OPINION);
      entry.put("actionLabel", DepartmentAction.LABELS.get(DepartmentAction.NO_OPINION));
      entry.put("recommendedResult", null);
      entry.put("recommendedResultLabel", "");
      entry.put("opinion", note);
      entry.put("officerPost", null);
      entry.put("recordedAt", ClockUtil.getCurrentTime().toInstant().toString());
      JointOpinions.append(task.getExecution().getProcessInstance(), entry);
    }
  }
}
