package org.regionalrescue.tasklist;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the due-date windows of 即将超时 and 已超时 current. Tasklist accepts a relative due date ("now + 24 h") only as
 * an expression, and expressions in stored queries are switched off in this application; so the two filters hold
 * literal dates, moved here every minute (a filter may lag the clock by up to that minute). On several nodes each
 * moves them; a node that loses the race to another leaves the other's window in place.
 */
@Configuration
@EnableScheduling
class DueDateWindows {

  /** Tasks due within this time, and not yet overdue, are 即将超时. */
  static final Duration DUE_SOON = Duration.ofHours(24);

  private static final Logger LOG = LoggerFactory.getLogger(DueDateWindows.class);

  private final FilterService filters;
  private final TaskService tasks;

  DueDateWindows(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Scheduled(fixedDelayString = "${rescue.tasklist.due-window-refresh:PT1M}",
      initialDelayString = "${rescue.tasklist.due-window-refresh:PT1M}")
  void move() {
    Date now = ClockUtil.getCurrentTime();
    Date soon = Date.from(now.toInstant().plus(DUE_SOON));
    for (Filter filter : filters.createTaskFilterQuery().list()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(TaskFilters.KEY_PROPERTY);
      if (TaskFilters.DUE_SOON_KEY.equals(key)) {
        save(filter, byDueDate().dueAfter(now).dueBefore(soon));
      } else if (TaskFilters.OVERDUE_KEY.equals(key)) {
        save(filter, byDueDate().dueBefore(now));
      }
    }
  }

  private TaskQuery byDueDate() {
    return tasks.createTaskQuery().orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  private void save(Filter filter, TaskQuery query) {
    try {
      filters.saveFilter(filter.setQuery(query));
    } catch (OptimisticLockingException movedByAnotherNode) {
      LOG.debug("Filter {} was moved by another node", filter.getName());
    }
  }
}
