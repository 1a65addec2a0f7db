package org.regionalrescue.process.medicaltreatment;

import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.COST_AMOUNT;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.COST_FUND;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.DISCHARGE_CERTIFICATE_NUMBER;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.LEFT_HOSPITAL_AT;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.MEDICAL_OUTCOME;
import static org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.TREATMENT_STATUS;

import java.math.BigDecimal;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.Activities;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.CostFund;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.MedicalOutcome;
import org.regionalrescue.process.medicaltreatment.MedicalTreatmentVariables.TreatmentStatus;
import org.springframework.stereotype.Component;

/**
 * Guards the completion of the medical tasks whose answers route the flow or leave the process: a missing or unknown
 * code is refused with a Chinese message (REST 400) and the task stays open, instead of a gateway failing with an
 * engine error. Referenced on complete by 登记治疗进展, 登记出院 and 登记医疗费用.
 */
@Component
public class CheckMedicalAnswersListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case Activities.RECORD_TREATMENT_UPDATE -> checkTreatmentUpdate(task);
      case Activities.RECORD_DISCHARGE -> checkDischarge(task);
      case Activities.RECORD_MEDICAL_COSTS -> checkCosts(task);
      default -> { }
    }
  }

  private static void checkTreatmentUpdate(DelegateTask task) {
    String status = code(task, TREATMENT_STATUS, TreatmentStatus.ALL, "请选择治疗情况：仍在治疗、已出院或擅自离院。");
    if (TreatmentStatus.LEFT_WITHOUT_FORMALITIES.equals(status) && isBlank(task.getVariable(LEFT_HOSPITAL_AT))) {
      throw new BadUserRequestException("登记擅自离院时，请填写发现离院的时间。");
    }
  }

  private static void checkDischarge(DelegateTask task) {
    if (isBlank(task.getVariable(DISCHARGE_CERTIFICATE_NUMBER))) {
      throw new BadUserRequestException("请填写出院证明编号。");
    }
    code(task, MEDICAL_OUTCOME, MedicalOutcome.AFTER_DISCHARGE, "请选择出院去向：返回救助站或直接返乡。");
  }

  private static void checkCosts(DelegateTask task) {
    code(task, COST_FUND, CostFund.ALL, "请选择费用列支渠道：基本医疗保险、医疗救助、疾病应急救助基金或救助站经费。");
    Object amount = task.getVariable(COST_AMOUNT);
    if (!(amount instanceof Number number) || new BigDecimal(number.toString()).signum() < 0) {
      throw new BadUserRequestException("请填写医疗费用金额（元），不能为负数；没有费用的填0。");
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
