package org.regionalrescue.process.jointhandling;

import static org.regionalrescue.process.jointhandling.JointHandlingVariables.DEPARTMENT_ACTION;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.DEPARTMENT_OPINION;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_DEPARTMENT;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_DEPARTMENT_NAME;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.OPINION_OFFICER_POST;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.RECOMMENDED_RESULT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.DepartmentAction;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.JointResult;
import org.springframework.stereotype.Component;

/**
 * 部门会办意见, on complete: the department says what it did or will do, or gives its opinion, optionally recommending
 * how the case should go on; the answer joins the others for 会商记录.
 */
@Component
public class CheckDepartmentOpinionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String action = FormValues.code(task, DEPARTMENT_ACTION, DepartmentAction.ALL,
        "请选择本部门的办理情况：已采取措施、将采取措施、提出意见或不属本部门职责。");
    String opinion = FormValues.text(task, DEPARTMENT_OPINION, "请填写本部门的处置措施或意见。");
    Object recommended = task.getVariable(RECOMMENDED_RESULT);
    if (recommended instanceof String code && code.isBlank()) {
      task.setVariable(RECOMMENDED_RESULT, null);
      recommended = null;
    }
    if (recommended != null && !JointResult.ALL.contains(recommended)) {
      throw new BadUserRequestException("建议的处置方向只能是：继续原办理、送医救治、移交公安处置、转介其他救助、协助返回或引导入站救助。");
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("department", task.getVariable(JOINT_DEPARTMENT));
    entry.put("departmentName", task.getVariable(JOINT_DEPARTMENT_NAME));
    entry.put("action", action);
    entry.put("actionLabel", DepartmentAction.LABELS.get(action));
    entry.put("recommendedResult", recommended);
    entry.put("recommendedResultLabel", recommended == null ? "" : JointResult.LABELS.get(recommended));
    entry.put("opinion", opinion);
    entry.put("officerPost", task.getVariable(OPINION_OFFICER_POST));
    entry.put("recordedAt", ClockUtil.getCurrentTime().toInstant().toString());
    JointOpinions.append(task.getExecution().getProcessInstance(), entry);
  }
}
