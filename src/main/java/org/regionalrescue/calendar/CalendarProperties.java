package org.regionalrescue.calendar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public holidays and adjusted working days (调休上班日) of each year, as written in {@code rescue.calendar.years}
 * or in the defaults file {@code calendar/cn-holidays.yml}. Entries are ISO dates ({@code 2026-01-01}) or ranges
 * ({@code 2026-10-01..2026-10-07}); {@link DateEntries} reads them.
 *
 * <p>A list left out (null) means "not given here": when {@code application.yml} overrides the defaults, it keeps
 * the default list of that year, the way Spring Boot keeps an unmentioned property.
 */
@ConfigurationProperties(prefix = "rescue.calendar")
public record CalendarProperties(Map<Integer, YearDays> years) {

  /** One year: the days off and the weekend days that are working days. */
  public record YearDays(List<String> holidays, List<String> workingWeekends) {}

  public CalendarProperties {
    years = years == null ? Map.of() : Map.copyOf(years);
  }

  /** Nothing configured: the calendar then uses the defaults file alone. */
  public static CalendarProperties none() {
    return new CalendarProperties(Map.of());
  }

  /**
   * These years with {@code overrides} laid over them: a year only in {@code overrides} is added; for a year in both,
   * each list given in {@code overrides} replaces the list here (to add one holiday, repeat the year's list), and a
   * list not given there is kept.
   */
  public CalendarProperties overriddenBy(CalendarProperties overrides) {
    Map<Integer, YearDays> merged = new HashMap<>(years);
    overrides.years().forEach((year, override) -> {
      YearDays base = years.getOrDefault(year, new YearDays(null, null));
      merged.put(year, new YearDays(
          override.holidays() != null ? override.holidays() : base.holidays(),
          override.workingWeekends() != null ? override.workingWeekends() : base.workingWeekends()));
    });
    return new CalendarProperties(new TreeMap<>(merged));
  }
}
