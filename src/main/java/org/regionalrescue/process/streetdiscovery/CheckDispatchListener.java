package org.regionalrescue.process.streetdiscovery;

import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.CASE_AGENCY;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.JOINT_DEPARTMENTS;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.JOINT_DEPARTMENT_KINDS;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.JOINT_PATROL;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.JOINT_TOPIC;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.RESPONSE_TEAM;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.FormValues;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.DepartmentKind;
import org.springframework.stereotype.Component;

/**
 * 派员出动, on complete: who goes, and whether it is a joint patrol. For a joint patrol the departments ticked by kind
 * (公安, 城管, 卫健) become the partner departments of the organisation that serve the responsible agency's area,
 * handed to joint-handling as {@code jointDepartments}; the topic says what the departments are asked to do.
 */
@Component
public class CheckDispatchListener implements TaskListener {

  static final int LONGEST_TEAM = 100;
  static final int LONGEST_TOPIC = 200;

  private final Organisation organisation;

  public CheckDispatchListener(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues.text(task, RESPONSE_TEAM, "出勤人员", LONGEST_TEAM);
    if (!FormValues.flag(task, JOINT_PATROL, "联合巡查")) {
      task.setVariable(JOINT_DEPARTMENTS, null);
      return;
    }
    List<String> kinds = FormValues.codes(task, JOINT_DEPARTMENT_KINDS, "联合巡查部门", DepartmentKind.ALL.keySet());
    if (kinds.isEmpty()) {
      throw new BadUserRequestException("联合巡查的，请选择参加巡查的部门（公安、城管或卫健）。");
    }
    FormValues.text(task, JOINT_TOPIC, "会办事项", LONGEST_TOPIC);
    task.setVariable(JOINT_DEPARTMENTS, departments((String) task.getVariable(CASE_AGENCY), kinds));
  }

  /** The partner departments of these kinds serving the agency's area (departments of the agency or above it). */
  private ArrayList<String> departments(String agencyCode, List<String> kinds) {
    Set<String> area = organisation.chainUpFrom(agencyCode).stream().map(Agency::code).collect(Collectors.toSet());
    ArrayList<String> codes = new ArrayList<>();
    for (String kind : kinds) {
      List<String> found = organisation.agencies().stream()
          .filter(a -> a.isDepartment() && kind.equals(a.kind()) && area.contains(a.parentCode()))
          .map(Agency::code).toList();
      if (found.isEmpty()) {
        throw new BadUserRequestException("本区域的组织架构中没有" + DepartmentKind.ALL.get(kind) + "部门，无法联合巡查。");
      }
      codes.addAll(found);
    }
    return codes;
  }
}
