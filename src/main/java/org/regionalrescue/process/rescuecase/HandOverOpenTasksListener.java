package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CASE_AGENCY;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.regionalrescue.organisation.AgencyRole;
import org.regionalrescue.process.escalation.EscalationVariables;
import org.regionalrescue.process.escalation.EscalationVariables.Outcome;
import org.springframework.stereotype.Component;

/**
 * When the regional center has accepted an escalation (提级办理), the case's {@code caseAgency} is the center from
 * then on (the call maps {@code handlingAgency} back into it), so every task the case opens later goes to the
 * center's caseworkers. This moves the tasks already open, e.g. 站内照料 while the help period was escalated, from the
 * requesting agency's caseworkers to the center's. Supervisors' tasks stay where they are. Running it twice changes
 * nothing more.
 */
@Component
public class HandOverOpenTasksListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!Outcome.ACCEPTED.equals(execution.getVariable(EscalationVariables.ESCALATION_OUTCOME))) {
      return;
    }
    String centerCaseworkers = AgencyRole.CASEWORKER.groupOf((String) execution.getVariable(CASE_AGENCY));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        String group = link.getGroupId();
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && group != null
            && AgencyRole.CASEWORKER.agencyOf(group) != null && !group.equals(centerCaseworkers)) {
          tasks.deleteCandidateGroup(task.getId(), group);
          tasks.addCandidateGroup(task.getId(), centerCaseworkers);
        }
      }
    }
  }
}
