package org.regionalrescue.process.escalation;

import static org.regionalrescue.process.escalation.EscalationVariables.CASE_AGENCY;
import static org.regionalrescue.process.escalation.EscalationVariables.CASE_NUMBER;
import static org.regionalrescue.process.escalation.EscalationVariables.CENTER_AGENCY;
import static org.regionalrescue.process.escalation.EscalationVariables.CENTER_AGENCY_NAME;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_NOTE;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_REASON;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_SITUATION;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_STEP;
import static org.regionalrescue.process.escalation.EscalationVariables.ESCALATION_TRIGGER;
import static org.regionalrescue.process.escalation.EscalationVariables.REQUESTING_AGENCY_NAME;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.escalation.EscalationVariables.Reason;
import org.regionalrescue.process.escalation.EscalationVariables.Situation;
import org.regionalrescue.process.escalation.EscalationVariables.Step;
import org.regionalrescue.process.escalation.EscalationVariables.Trigger;
import org.springframework.stereotype.Component;

/**
 * At the start of 提级办理: refuses a request the process cannot work on (no case number, an agency unknown to the
 * organisation, a trigger that is not one of the codes; for a request, a step or reason that is not one of the codes
 * or reason "other" without a note; for an automatic escalation, a situation the criteria table does not know —
 * the table then gives the reason and the step), so a bad call
 * starts nothing: the exception rolls back the caller's transaction (REST answers 400; an asynchronous call activity
 * keeps its job with the message as an incident). Then finds the regional center above the requesting agency
 * ({@link Organisation#regionalCenterOf}); none, or the agency itself, leaves {@code centerAgency} null: nothing to
 * escalate. The messages name the field, never its value (a free text may hold anything).
 */
@Component
public class PrepareEscalationListener implements ExecutionListener {

  /** Longest note accepted (the caller's form allows the same). */
  static final int LONGEST_NOTE = 2000;

  private final Organisation organisation;

  public PrepareEscalationListener(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariable(CASE_NUMBER) instanceof String caseNumber) || caseNumber.isBlank()) {
      throw new BadUserRequestException("提级办理缺少个案编号（caseNumber）。");
    }
    if (!(execution.getVariable(CASE_AGENCY) instanceof String agencyCode) || agencyCode.isBlank()) {
      throw new BadUserRequestException("提级办理缺少提出提级的机构（caseAgency）。");
    }
    Agency requesting = organisation.require(agencyCode);
    String trigger = code(execution, ESCALATION_TRIGGER, Trigger.ALL, "提级方式（escalationTrigger）",
        "社工申请 request、自动提级 automatic");
    if (Trigger.AUTOMATIC.equals(trigger)) {
      // the criteria table gives the reason and the step
      code(execution, ESCALATION_SITUATION, Situation.ALL, "个案情形（escalationSituation）",
          "救助期限届满未决定 help-period-missed、长期滞留 long-stay、落户安置到期 settlement-due、社工申请 care-request");
    } else {
      code(execution, ESCALATION_STEP, Step.ALL, "提级事项（escalationStep）",
          "站内照料 care、医疗救治 medical、身份查询与寻亲 tracing、护送 escort、落户安置 settlement、整个个案 case");
      checkRequest(execution);
    }

    Optional<Agency> center = organisation.regionalCenterAbove(requesting.code());
    execution.setVariable(REQUESTING_AGENCY_NAME, requesting.name());
    execution.setVariable(CENTER_AGENCY, center.map(Agency::code).orElse(null));
    execution.setVariable(CENTER_AGENCY_NAME, center.map(Agency::name).orElse(null));
  }

  /**
   * The reason and the note of a caseworker's request ({@code escalationReason}, {@code escalationNote}), checked
   * here at the start and by the form that asks for them (站内照料), so a bad request is refused where it is made.
   */
  public static void checkRequest(VariableScope variables) {
    String reason = code(variables, ESCALATION_REASON, Reason.ALL, "提级理由（escalationReason）",
        "长期滞留 long-stay、复杂医疗 complex-medical、精神障碍 psychiatric、身份查找困难 hard-identification、"
            + "跨省护送 cross-province-escort、落户安置材料 settlement-file、超过办理时限 missed-deadline、其他 other");
    Object note = variables.getVariable(ESCALATION_NOTE);
    if (note != null && !(note instanceof String)) {
      throw new BadUserRequestException("提级说明（escalationNote）须为文字。");
    }
    String text = note == null ? "" : ((String) note).strip();
    if (text.length() > LONGEST_NOTE) {
      throw new BadUserRequestException("提级说明（escalationNote）不能超过" + LONGEST_NOTE + "字。");
    }
    if (Reason.OTHER.equals(reason) && text.isEmpty()) {
      throw new BadUserRequestException("提级理由为“其他”的，须在提级说明（escalationNote）中写明具体情况。");
    }
  }

  private static String code(VariableScope variables, String name, Set<String> allowed, String label,
      String choices) {
    Object value = variables.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException("提级办理缺少" + label + "，应为：" + choices + "。");
    }
    if (!(value instanceof String code) || !allowed.contains(code)) {
      throw new BadUserRequestException(label + "不是有效的代码，应为：" + choices + "。");
    }
    return code;
  }
}
