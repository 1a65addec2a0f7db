package org.regionalrescue.process.escort;

import static org.regionalrescue.process.escort.EscortVariables.CASE_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.CASE_NUMBER;
import static org.regionalrescue.process.escort.EscortVariables.DESTINATION_AGENCY;
import static org.regionalrescue.process.escort.EscortVariables.DESTINATION_NAME;
import static org.regionalrescue.process.escort.EscortVariables.DESTINATION_PROVINCE;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_STAFF_COUNT;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_STAFF_ROLES;
import static org.regionalrescue.process.escort.EscortVariables.ESCORT_TRANSPORT;
import static org.regionalrescue.process.escort.EscortVariables.PLANNED_DEPARTURE;
import static org.regionalrescue.process.escort.EscortVariables.ROUTE_DESCRIPTION;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.escort.EscortVariables.DestinationProvince;
import org.regionalrescue.process.escort.EscortVariables.Transport;
import org.springframework.stereotype.Component;

/**
 * 制定护送方案, on complete: the destination, route, staff, transport and departure are given, and the destination
 * yields a chain of legs (RULES §7). A refusal leaves the task open with the reason.
 */
@Component
public class CheckEscortPlanListener implements TaskListener {

  private final EscortRoutes routes;

  public CheckEscortPlanListener(EscortRoutes routes) {
    this.routes = routes;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(DESTINATION_PROVINCE) instanceof String province)
        || !DestinationProvince.ALL.contains(province)) {
      throw new BadUserRequestException("请选择户籍地在省内还是外省。");
    }
    required(task, DESTINATION_NAME, "请填写目的地（户籍地救助管理机构或民政部门）的名称。");
    required(task, ROUTE_DESCRIPTION, "请填写护送路线及交通衔接。");
    FormValues.wholeNumber(task, ESCORT_STAFF_COUNT, "护送人员人数", 1, 20);
    required(task, ESCORT_STAFF_ROLES, "请填写护送人员的组成（如工作人员、医护人员）。");
    if (!(task.getVariable(ESCORT_TRANSPORT) instanceof String transport) || !Transport.ALL.contains(transport)) {
      throw new BadUserRequestException("请选择交通方式。");
    }
    if (task.getVariable(PLANNED_DEPARTURE) == null) {
      throw new BadUserRequestException("请填写计划出发时间。");
    }
    Object agency = task.getVariable(DESTINATION_AGENCY);
    String agencyCode = agency == null || agency.toString().isBlank() ? null : agency.toString().strip();
    task.setVariable(DESTINATION_AGENCY, agencyCode);
    routes.legsFor(String.valueOf(task.getVariable(CASE_NUMBER)), String.valueOf(task.getVariable(CASE_AGENCY)),
        new EscortDestination(province, agencyCode, task.getVariable(DESTINATION_NAME).toString()));
  }

  private static void required(DelegateTask task, String name, String message) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new BadUserRequestException(message);
    }
  }
}
