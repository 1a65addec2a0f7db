package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.process.rescuecase.RescueCaseVariables.BEHAVIOUR_FINDING;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.BEHAVIOUR_FINDINGS;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.HEALTH_FINDING;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.HEALTH_FINDINGS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.springframework.stereotype.Component;

/**
 * Checks the findings of 安检与检视 before the case moves on: they decide between the hospital, the police and the
 * assessment, so a missing or unknown finding (which would send the person to hospital or stop the case with an
 * engine error) leaves the task open with a message.
 */
@Component
public class CheckScreeningListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormValues.flag(task, "securityCheckDone", "已完成安全检查");
    FormValues.flag(task, "biometricsTaken", "已采集指纹和照片");
    FormValues.code(task, HEALTH_FINDING, HEALTH_FINDINGS,
        "请选择“身体和精神状况”：未见异常、疑似精神障碍、疑似传染病、危重病、明显外伤或突发疾病。");
    FormValues.code(task, BEHAVIOUR_FINDING, BEHAVIOUR_FINDINGS, "请选择“行为状况”：未见异常、醉酒滋事或疑似吸毒。");
  }
}
