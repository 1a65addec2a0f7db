package org.regionalrescue.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the date lists of the calendar configuration: each entry is an ISO date ({@code 2026-05-09}) or an inclusive
 * range {@code 2026-10-01..2026-10-07}, so a week-long holiday is one line. A typo stops the application at start-up
 * rather than silently moving a deadline.
 */
final class DateEntries {

  private static final String RANGE = "..";

  private DateEntries() {}

  /** @param where the configuration path, named in the error message, e.g. {@code years.2026.holidays} */
  static Set<LocalDate> parse(List<String> entries, String where) {
    Set<LocalDate> days = new TreeSet<>();
    if (entries == null) {
      return days;
    }
    for (String entry : entries) {
      if (entry == null || entry.isBlank()) {
        continue;
      }
      int range = entry.indexOf(RANGE);
      if (range < 0) {
        days.add(date(entry, entry, where));
        continue;
      }
      LocalDate first = date(entry.substring(0, range), entry, where);
      LocalDate last = date(entry.substring(range + RANGE.length()), entry, where);
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("节假日配置 " + where + " 中的日期区间「" + entry + "」结束日期早于开始日期。");
      }
      first.datesUntil(last.plusDays(1)).forEach(days::add);
    }
    return days;
  }

  private static LocalDate date(String text, String entry, String where) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("节假日配置 " + where + " 中的「" + entry
          + "」不是有效日期，请写成 2026-10-01 或 2026-10-01..2026-10-07 的形式。", e);
    }
  }
}
