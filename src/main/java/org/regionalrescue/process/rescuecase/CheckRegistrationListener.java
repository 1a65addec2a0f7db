package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.process.rescuecase.RescueCaseVariables.AGE;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.DISABLED;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.LACKS_CAPACITY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.springframework.stereotype.Component;

/**
 * Checks the routing facts of 接待登记 before the case moves on (age, capacity, disability), in the types the
 * rescue-classification table reads, and the answers the 求助登记表 prints (consent, sex). A malformed value leaves
 * the task open with a message.
 */
@Component
public class CheckRegistrationListener implements TaskListener {

  static final int OLDEST_AGE = 120;

  @Override
  public void notify(DelegateTask task) {
    FormValues.wholeNumber(task, AGE, "年龄", 0, OLDEST_AGE);
    FormValues.flag(task, LACKS_CAPACITY, "无民事行为能力");
    FormValues.flag(task, DISABLED, "残疾或行动不便");
    FormValues.flag(task, "consentToHelp", "本人自愿接受救助");
    Object sex = task.getVariable("sex");
    if (sex != null && !"male".equals(sex) && !"female".equals(sex)) {
      throw new org.camunda.bpm.engine.BadUserRequestException("请选择性别：男或女。");
    }
  }
}
