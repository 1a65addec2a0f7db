package org.regionalrescue.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts working days the way Chinese offices do: Monday to Friday, minus the public holidays, plus the weekend days
 * the State Council turns into working days (调休). Deadlines such as "DNA request within 7 working days" are computed
 * here. Schedules come from {@code calendar/cn-holidays.yml}, overridden by {@code rescue.calendar.years}; a year
 * configured in neither falls back to Monday–Friday, with one warning per year in the log.
 */
@Component
public class WorkingDayCalendar {

  /** Deadlines are counted on the calendar of the centers, whatever the server's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final HolidaySchedule schedule;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  /** @param overrides {@code rescue.calendar} from the application configuration, laid over the defaults file */
  public WorkingDayCalendar(CalendarProperties overrides) {
    this.schedule = new HolidaySchedule(CalendarDefaults.load().overriddenBy(overrides));
  }

  public boolean isWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (schedule.isHoliday(day)) {
      return false;
    }
    if (schedule.isWorkingWeekend(day)) {
      return true;
    }
    if (!schedule.covers(day.getYear()) && warnedYears.add(day.getYear())) {
      LOG.warn("No holiday schedule configured for {} (rescue.calendar.years.{}): counting Monday to Friday only. "
          + "Add the State Council schedule for that year.", day.getYear(), day.getYear());
    }
    return !HolidaySchedule.isWeekend(day);
  }

  /**
   * The {@code n}-th working day after {@code start}; for {@code n = 0}, {@code start} itself if it is a working day,
   * otherwise the next working day.
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    if (n < 0) {
      throw new IllegalArgumentException("工作日数不能为负数: " + n);
    }
    LocalDate day = start;
    if (n == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** {@link #addWorkingDays} on the day of {@code from} in {@link #ZONE}, at the same time of day. */
  public Date dueAfterWorkingDays(Date from, int n) {
    Objects.requireNonNull(from, "from");
    ZonedDateTime start = from.toInstant().atZone(ZONE);
    LocalDate dueDay = addWorkingDays(start.toLocalDate(), n);
    return Date.from(ZonedDateTime.of(dueDay, start.toLocalTime(), ZONE).toInstant());
  }
}
