package org.regionalrescue.calendar;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar for BPMN expressions, e.g. {@code camunda:dueDate="${workingDays.due(7)}"} or a timer's
 * {@code timeDate}. Counts from the engine clock ({@link ClockUtil}), so process tests that move the clock get due
 * dates that move with it.
 */
@Component("workingDays")
public class WorkingDays {

  private final WorkingDayCalendar calendar;

  public WorkingDays(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** {@code n} working days from the engine's current time, same time of day (Asia/Shanghai). */
  public Date due(int n) {
    return calendar.dueAfterWorkingDays(ClockUtil.getCurrentTime(), n);
  }

  /** {@code n} working days from {@code start}, same time of day (Asia/Shanghai). */
  public Date dueFrom(Date start, int n) {
    return calendar.dueAfterWorkingDays(start, n);
  }
}
