package org.regionalrescue.process.settlement;

import static org.regionalrescue.process.settlement.SettlementVariables.ADULT_AGE;
import static org.regionalrescue.process.settlement.SettlementVariables.AGE;
import static org.regionalrescue.process.settlement.SettlementVariables.FAMILY_CONTACT_CONFIRMED;
import static org.regionalrescue.process.settlement.SettlementVariables.IDENTIFIED_BY;
import static org.regionalrescue.process.settlement.SettlementVariables.INSTITUTION_TYPE;
import static org.regionalrescue.process.settlement.SettlementVariables.NO;
import static org.regionalrescue.process.settlement.SettlementVariables.PLAN_DECISION;
import static org.regionalrescue.process.settlement.SettlementVariables.REVIEW_DECISION;
import static org.regionalrescue.process.settlement.SettlementVariables.REVIEW_NOTE;
import static org.regionalrescue.process.settlement.SettlementVariables.YES;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.settlement.SettlementVariables.Activities;
import org.regionalrescue.process.settlement.SettlementVariables.Decision;
import org.regionalrescue.process.settlement.SettlementVariables.IdentifiedBy;
import org.regionalrescue.process.settlement.SettlementVariables.InstitutionType;
import org.springframework.stereotype.Component;

/**
 * Guards the completion of the settlement tasks whose answers route the flow: a missing or unknown code is refused
 * with a Chinese message (REST 400) and the task stays open. Minors are settled only in a children's welfare
 * institution, adults never there (RULES §8).
 */
@Component
public class CheckSettlementAnswersListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case Activities.PREPARE_FILE -> FormValues.wholeNumber(task, AGE, "年龄", 0, 130);
      case Activities.REVIEW_FILE -> {
        String decision = code(task, REVIEW_DECISION, Decision.ALL, "请选择审核结果：审核通过或退回补充材料。");
        if (Decision.RETURNED.equals(decision) && isBlank(task.getVariable(REVIEW_NOTE))) {
          throw new BadUserRequestException("退回补充材料的，请写明需要补充的内容。");
        }
      }
      case Activities.SUBMIT_PLAN -> checkInstitution(task);
      case Activities.RECORD_PLAN_APPROVAL ->
          code(task, PLAN_DECISION, Decision.ALL, "请选择人民政府的批复：批准或退回修改。");
      case Activities.IDENTITY_ESTABLISHED ->
          code(task, IDENTIFIED_BY, IdentifiedBy.ALL, "请选择查明身份的途径。");
      case Activities.VERIFY_FAMILY_CONTACT ->
          code(task, FAMILY_CONTACT_CONFIRMED, Set.of(YES, NO), "请选择核实结果。");
      default -> { }
    }
  }

  private static void checkInstitution(DelegateTask task) {
    String type = code(task, INSTITUTION_TYPE, InstitutionType.ALL, "请选择安置机构类型。");
    boolean minor = task.getVariable(AGE) instanceof Number age && age.intValue() < ADULT_AGE;
    if (minor && !InstitutionType.CHILDREN_WELFARE.equals(type)) {
      throw new BadUserRequestException("未满18周岁的，安置到儿童福利机构。");
    }
    if (!minor && InstitutionType.CHILDREN_WELFARE.equals(type)) {
      throw new BadUserRequestException("已满18周岁的，安置到社会福利院或特困人员供养服务机构（敬老院）。");
    }
  }

  private static String code(DelegateTask task, String name, Set<String> allowed, String message) {
    Object value = task.getVariable(name);
    if (!(value instanceof String text) || !allowed.contains(text)) {
      throw new BadUserRequestException(message);
    }
    return text;
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
