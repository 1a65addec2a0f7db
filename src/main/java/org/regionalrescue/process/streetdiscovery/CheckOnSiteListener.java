package org.regionalrescue.process.streetdiscovery;

import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.EMERGENCY_CALLED;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.ON_SITE_OUTCOME;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.PATROLS_DONE;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.SUPPLIES_GIVEN;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.SUPPLIES_SUMMARY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.TAKEN_TO;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.VULNERABILITY;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.Activities;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.OnSiteOutcome;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.Supplies;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.TakenTo;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.Vulnerability;
import org.springframework.stereotype.Component;

/**
 * 现场处置 and 跟进巡查, on complete: the outcome fits the person (RULES §2). Help is voluntary, but minors, the
 * critically ill, the mentally ill and the suddenly ill get protective help however they answer, and cannot be
 * recorded as refusing; sudden illness needs emergency care called, and the critically or suddenly ill go to hospital.
 * Someone who refuses gets supplies (at least one item), recorded. A follow-up patrol is counted.
 */
@Component
public class CheckOnSiteListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String outcome = code(task, ON_SITE_OUTCOME, OnSiteOutcome.ALL, "请选择现场处置结果。");
    if (Activities.FOLLOW_UP_PATROL.equals(task.getTaskDefinitionKey())) {
      Object done = task.getVariable(PATROLS_DONE);
      task.setVariable(PATROLS_DONE, (done instanceof Number n ? n.intValue() : 0) + 1);
    }
    List<String> supplies = FormValues.codes(task, SUPPLIES_GIVEN, "发放物资", Supplies.ALL.keySet());
    task.setVariable(SUPPLIES_SUMMARY, supplies.isEmpty() ? null
        : String.join("、", supplies.stream().map(Supplies.ALL::get).toList()));
    if (OnSiteOutcome.NOT_FOUND.equals(outcome)) {
      return;
    }
    String vulnerability = code(task, VULNERABILITY, Vulnerability.ALL,
        "请选择受助人员是否属于未成年人、危重病人、精神障碍患者或突发疾病人员。");
    boolean vulnerable = !Vulnerability.NONE.equals(vulnerability);
    boolean emergencyCalled = FormValues.flag(task, EMERGENCY_CALLED, "已呼叫急救");
    if (vulnerable && OnSiteOutcome.REFUSED.equals(outcome)) {
      throw new BadUserRequestException("未成年人、危重病人、精神障碍患者和突发疾病人员应实施保护性救助"
          + "（护送至救助管理机构或医院），不能按拒绝救助处理。");
    }
    if (!vulnerable && OnSiteOutcome.PROTECTIVE.equals(outcome)) {
      throw new BadUserRequestException("保护性救助只适用于未成年人、危重病人、精神障碍患者和突发疾病人员；"
          + "本人同意救助的，请选择“接受救助”。");
    }
    if (Vulnerability.SUDDEN_ILLNESS.equals(vulnerability) && !emergencyCalled) {
      throw new BadUserRequestException("突发疾病的，应立即呼叫120急救，请勾选“已呼叫急救”。");
    }
    if (OnSiteOutcome.REFUSED.equals(outcome)) {
      if (supplies.isEmpty()) {
        throw new BadUserRequestException("拒绝救助的，应发放棉被、衣物、食品等必要物资并登记（至少选择一项）。");
      }
      return;
    }
    String takenTo = code(task, TAKEN_TO, TakenTo.ALL, "请选择护送去向（救助管理机构或医院）。");
    if (Set.of(Vulnerability.CRITICALLY_ILL, Vulnerability.SUDDEN_ILLNESS).contains(vulnerability)
        && !TakenTo.HOSPITAL.equals(takenTo)) {
      throw new BadUserRequestException("危重病人和突发疾病人员应先送医院救治。");
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
