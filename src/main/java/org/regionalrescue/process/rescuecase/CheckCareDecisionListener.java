package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.process.rescuecase.RescueCaseVariables.AGE;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CARE_DECISION;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CASE_AGENCY;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.LACKS_CAPACITY;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AssistanceKind;
import org.regionalrescue.process.assistancedispatch.AssistanceReceivers;
import org.regionalrescue.process.escalation.PrepareEscalationListener;
import org.regionalrescue.process.jointhandling.JointHandlingVariables;
import org.regionalrescue.process.jointhandling.PartnerDepartments;
import org.springframework.stereotype.Component;

/**
 * Refuses a 站内照料 decision the rules do not allow, before the case moves: an unknown decision, a minor or a person
 * lacking capacity leaving on their own, an escalation without a regional center above or without its reason, a task
 * sent down outside the agency's area, a joint handling without departments or question. The checks are those of
 * the called processes (提级办理, 下沉协助, 协同会办), made here so the caseworker reads the reason in this form. The task
 * stays open with a message saying why.
 */
@Component
public class CheckCareDecisionListener implements TaskListener {

  static final Set<String> DECISIONS = Set.of("return-home", "extend", "self-departure",
      "unannounced-departure", "terminate", "transfer-to-scheme", "escalate", "request-assistance", "joint-handling");

  private final Organisation organisation;
  private final AssistanceReceivers receivers;
  private final PartnerDepartments departments;

  public CheckCareDecisionListener(Organisation organisation, AssistanceReceivers receivers,
      PartnerDepartments departments) {
    this.organisation = organisation;
    this.receivers = receivers;
    this.departments = departments;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(CARE_DECISION);
    // Set.of(...).contains(null) throws: a missing decision must be refused, not fail with a 500
    if (!(decision instanceof String) || !DECISIONS.contains(decision)) {
      throw new BadUserRequestException("请选择有效的处理决定（站内照料）。");
    }
    String agency = (String) task.getVariable(CASE_AGENCY);
    switch ((String) decision) {
      case "self-departure" -> {
        if (!DeparturePolicy.mayLeaveAlone(
            FormValues.wholeNumber(task, AGE, "年龄", 0, CheckRegistrationListener.OLDEST_AGE),
            FormValues.flag(task, LACKS_CAPACITY, "无民事行为能力"))) {
          throw new BadUserRequestException("未满16周岁的未成年人和无民事行为能力人员不能自行离站，"
              + "只能由经核实身份的亲属接领或护送返回，请选择“安排返回”。");
        }
      }
      case "escalate" -> {
        if (organisation.regionalCenterAbove(agency).isEmpty()) {
          throw new BadUserRequestException("本机构是区域性中心（或上级没有区域性中心），无需提级办理。");
        }
        PrepareEscalationListener.checkRequest(task);
      }
      case "request-assistance" -> {
        Agency sender = receivers.sender(agency);
        receivers.receiver(sender, task.getVariable(AssistanceDispatchVariables.ASSISTANCE_AGENCY));
        FormValues.code(task, AssistanceDispatchVariables.ASSISTANCE_KIND, AssistanceKind.ALL, "请选择协助事项。");
        FormValues.text(task, AssistanceDispatchVariables.ASSISTANCE_BRIEF, "请写明协助要求。");
      }
      case "joint-handling" -> {
        Agency handling = departments.handlingAgency(agency);
        // the checked list, as an ArrayList a later asynchronous step can store
        task.setVariable(JointHandlingVariables.JOINT_DEPARTMENTS, new ArrayList<>(departments.require(handling,
            task.getVariable(JointHandlingVariables.JOINT_DEPARTMENTS)).stream().map(Agency::code).toList()));
        FormValues.text(task, JointHandlingVariables.JOINT_TOPIC, "请写明会办事项。");
      }
      default -> { }
    }
  }
}
