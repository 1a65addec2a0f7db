package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CANNOT_PAY_FOOD_LODGING;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CONDITION_ANSWERS;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.DOMESTIC_VIOLENCE;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.HOMELESS_OR_BEGGING;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.NO_MINIMUM_LIVING_SUPPORT;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.NO_RELATIVES_TO_TURN_TO;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.OTHER_SCHEME_NEED;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.OTHER_SCHEME_NEEDS;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.REFUSES_TRUTHFUL_INFORMATION;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.springframework.stereotype.Component;

/**
 * Checks the answers of 甄别评估 before rescue-classification reads them: the table matches the four conditions on
 * their codes, so an answer it does not know (“maybe”, a number) would fall through to admission. A missing or unknown
 * answer leaves the task open with a message naming the condition.
 */
@Component
public class CheckEligibilityListener implements TaskListener {

  private static final Map<String, String> CONDITIONS = new LinkedHashMap<>();

  static {
    CONDITIONS.put(CANNOT_PAY_FOOD_LODGING, "自身无力解决食宿");
    CONDITIONS.put(NO_RELATIVES_TO_TURN_TO, "无亲友可投靠");
    CONDITIONS.put(NO_MINIMUM_LIVING_SUPPORT, "不享受城市最低生活保障或者农村五保供养");
    CONDITIONS.put(HOMELESS_OR_BEGGING, "正在城市流浪乞讨度日或临时遇困");
  }

  @Override
  public void notify(DelegateTask task) {
    CONDITIONS.forEach((name, label) ->
        FormValues.code(task, name, CONDITION_ANSWERS, "请对“" + label + "”选择：是、否或待核实。"));
    FormValues.flag(task, REFUSES_TRUTHFUL_INFORMATION, "拒不如实提供个人情况");
    FormValues.flag(task, DOMESTIC_VIOLENCE, "家庭暴力受害人");
    FormValues.code(task, OTHER_SCHEME_NEED, OTHER_SCHEME_NEEDS, "请选择“需衔接的其他救助”：无、临时救助或特困人员供养。");
  }
}
