package org.regionalrescue.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checked, day-by-day form of {@link CalendarProperties}: which days are off, which weekend days are worked, and
 * which years are configured at all. Dates are looked up directly, not through the year they are listed under,
 * because a holiday may start in December of the previous year (元旦 2024 began on 2023-12-30).
 */
final class HolidaySchedule {

  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> workingWeekends = new HashSet<>();
  private final Set<Integer> years = new TreeSet<>();

  HolidaySchedule(CalendarProperties properties) {
    properties.years().forEach((year, days) -> {
      years.add(year);
      holidays.addAll(DateEntries.parse(days.holidays(), "years." + year + ".holidays"));
      for (LocalDate day : DateEntries.parse(days.workingWeekends(), "years." + year + ".working-weekends")) {
        if (!isWeekend(day)) {
          throw new IllegalArgumentException("节假日配置 years." + year + ".working-weekends 中的 " + day
              + " 不是周六或周日：调休上班日只能是周末。");
        }
        workingWeekends.add(day);
      }
    });
    Set<LocalDate> both = new TreeSet<>(holidays);
    both.retainAll(workingWeekends);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("节假日配置矛盾：" + both + " 既列为假日又列为调休上班日。");
    }
  }

  boolean isHoliday(LocalDate day) {
    return holidays.contains(day);
  }

  boolean isWorkingWeekend(LocalDate day) {
    return workingWeekends.contains(day);
  }

  boolean covers(int year) {
    return years.contains(year);
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
