package org.regionalrescue.tasklist;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The case a task works on, for someone who may see that task in Tasklist (the engine's authorizations decide). */
@Component
public class TaskCases {

  static final String CASE_NUMBER = "caseNumber";

  private final ProcessEngine engine;

  public TaskCases(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The case number of the task, or empty when there is no such task, it is not on a case, or the user may not see it. */
  public Optional<String> caseOf(String taskId, String userId, List<String> groupIds) {
    Task task = visibleTask(taskId, userId, groupIds);
    if (task == null || task.getExecutionId() == null) {
      return Optional.empty();
    }
    Object caseNumber = engine.getRuntimeService().getVariable(task.getExecutionId(), CASE_NUMBER);
    return caseNumber instanceof String number ? Optional.of(number) : Optional.empty();
  }

  private Task visibleTask(String taskId, String userId, List<String> groupIds) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(userId, groupIds);
    try {
      return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    } finally {
      identity.clearAuthentication();
    }
  }
}
