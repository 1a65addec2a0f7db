package org.regionalrescue.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Checks the process tests share, on the engine of {@link EngineTestSupport}. */
public final class ProcessAssertions {

  private ProcessAssertions() {}

  /** Completing the task is refused as REST refuses it (400) and the task stays open. */
  public static void assertRefused(Task task, Map<String, Object> variables, String messagePart) {
    assertThatThrownBy(() -> engine().getTaskService().complete(task.getId(), variables))
        .satisfies(refusal -> assertThat(badInputBehind(refusal)).as("bad input behind %s", refusal)
            .isNotNull().hasMessageContaining(messagePart));
    assertThat(engine().getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  /** The {@link BadUserRequestException} behind what the engine threw (listeners' exceptions arrive wrapped). */
  public static BadUserRequestException badInputBehind(Throwable refusal) {
    for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException badInput) {
        return badInput;
      }
    }
    return null;
  }

  /** The Camunda Form a task shows, as deployed with its diagram. */
  public static String deployedFormOf(Task task) {
    try (InputStream form = engine().getFormService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one open task of an instance at an activity. */
  public static Task task(ProcessInstance instance, String taskKey) {
    List<Task> tasks = engine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  /** The timer of an instance waiting at an activity, or null. */
  public static Job timer(ProcessInstance instance, String activityId) {
    return engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).timers().singleResult();
  }

  /** An ISO date-time with offset, e.g. {@code 2026-03-02T09:30:00+08:00}, as a Date. */
  public static Date at(String isoDateTime) {
    return Date.from(ZonedDateTime.parse(isoDateTime).toInstant());
  }

  /** Moves the engine's clock to a moment given with its offset. */
  public static void clockAt(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  /** Fires the timer waiting at an activity, after checking it is due exactly {@code when}, at that moment. */
  public static void fireTimer(ProcessInstance instance, String activityId, String when) {
    Job timer = timer(instance, activityId);
    assertThat(timer).as("timer %s", activityId).isNotNull();
    assertThat(timer.getDuedate()).as("due date of %s", activityId).isEqualTo(at(when));
    clockAt(ZonedDateTime.parse(when));
    engine().getManagementService().executeJob(timer.getId());
  }

  /** The value a variable of an instance had last, from history (also once the instance has ended). */
  public static Object historicValue(ProcessInstance instance, String name) {
    HistoricVariableInstance variable = engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    assertThat(variable).as("historic %s", name).isNotNull();
    return variable.getValue();
  }

  private static ProcessEngine engine() {
    return EngineTestSupport.extension().getProcessEngine();
  }
}
