package org.regionalrescue.process.jointhandling;

import static org.regionalrescue.process.jointhandling.JointHandlingVariables.CONSULTATION_DATE;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.CONSULTATION_MODE;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.JOINT_RESULT;
import static org.regionalrescue.process.jointhandling.JointHandlingVariables.MINUTES_SUMMARY;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.ConsultationMode;
import org.regionalrescue.process.jointhandling.JointHandlingVariables.JointResult;
import org.springframework.stereotype.Component;

/** 会商记录, on complete: when and how the departments were consulted, the minutes, and the joint result. */
@Component
public class CheckJointMinutesListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object date = task.getVariable(CONSULTATION_DATE);
    if (date == null || date.toString().isBlank()) {
      throw new BadUserRequestException("请填写会商日期。");
    }
    FormValues.code(task, CONSULTATION_MODE, ConsultationMode.ALL, "请选择会商方式：会商会议、电话会商或书面征求意见。");
    FormValues.code(task, JOINT_RESULT, JointResult.ALL,
        "请选择会办结果：继续原办理、送医救治、移交公安处置、转介其他救助、协助返回或引导入站救助。");
    FormValues.text(task, MINUTES_SUMMARY, "请填写会商纪要：各部门意见和商定的处置。");
  }
}
