package org.regionalrescue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regionalrescue.calendar.CalendarProperties.YearDays;
import org.slf4j.LoggerFactory;

/** The working-day calendar on the shipped State Council schedules, without a Spring context. */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(CalendarProperties.none());
  private final Logger calendarLog = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);
  private final ListAppender<ILoggingEvent> logAppender = new ListAppender<>();

  @AfterEach
  void resetEngineClockAndLog() {
    ClockUtil.reset();
    calendarLog.detachAppender(logAppender);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
  void everyAdjustedWeekendOf2026IsAWorkingDay(String day) {
    LocalDate date = LocalDate.parse(day);
    assertThat(date.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(calendar.isWorkingDay(date)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
      "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27", "2026-10-01..2026-10-07"})
  void everyHolidayOf2026IsOff(String range) {
    assertThat(daysOf(range)).allSatisfy(day -> assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse());
  }

  @Test
  void nationalDay2026EndsOnTheSeventh() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
  }

  @Test
  void ordinaryWeekdaysAndWeekendsOf2026() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
  }

  @Test
  void adjustments2025() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 27))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
  }

  @Test
  void addingWorkingDaysCrossesNationalDay2026() {
    LocalDate wednesdayBefore = LocalDate.of(2026, 9, 30);
    assertThat(calendar.addWorkingDays(wednesdayBefore, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    // 10/8, 10/9 and the working Saturday 10/10
    assertThat(calendar.addWorkingDays(wednesdayBefore, 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    // 9/29, 9/30, 10/8, 10/9, 10/10, 10/12, 10/13
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 28), 7)).isEqualTo(LocalDate.of(2026, 10, 13));
  }

  @Test
  void addingWorkingDaysCountsTheWorkingSaturdayBeforeSpringFestival() {
    LocalDate friday = LocalDate.of(2026, 2, 13);
    assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void zeroWorkingDaysIsTheStartOrTheNextWorkingDay() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 29), 0)).isEqualTo(LocalDate.of(2026, 9, 29));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 1), 0)).isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void negativeWorkingDaysAreRefused() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unconfiguredYearFallsBackToMondayToFridayAndWarnsOnce() {
    List<ILoggingEvent> log = captureLog();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 1))).isTrue(); // a Wednesday, no holiday known
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 3))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 4))).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2031, 1, 3), 1)).isEqualTo(LocalDate.of(2031, 1, 6));

    assertThat(log).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
        .satisfies(e -> assertThat(e.getFormattedMessage()).contains("2031"));
  }

  @Test
  void dueDateKeepsTheTimeOfDayInShanghai() {
    Date from = Date.from(ZonedDateTime.parse("2026-09-30T16:45:30+08:00[Asia/Shanghai]").toInstant());

    Date due = calendar.dueAfterWorkingDays(from, 1);

    assertThat(due.toInstant()).isEqualTo(ZonedDateTime.parse("2026-10-08T16:45:30+08:00").toInstant());
  }

  @Test
  void dueDateCountsTheDayInShanghaiNotInUtc() {
    // 2026-09-30 23:30 UTC is already Thursday 10/1 (a holiday) in Shanghai
    Date from = Date.from(ZonedDateTime.parse("2026-09-30T23:30:00Z").toInstant());

    assertThat(calendar.dueAfterWorkingDays(from, 0).toInstant())
        .isEqualTo(ZonedDateTime.parse("2026-10-08T07:30:00+08:00").toInstant());
  }

  @Test
  void expressionBeanCountsFromTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-09-28T09:00:00+08:00").toInstant()));

    Date due = new WorkingDays(calendar).due(7);

    assertThat(due.toInstant()).isEqualTo(ZonedDateTime.parse("2026-10-13T09:00:00+08:00").toInstant());
  }

  @Test
  void overrideReplacesTheHolidayListOfAYearAndKeepsItsWorkingWeekends() {
    List<String> holidays = new ArrayList<>(CalendarDefaults.load().years().get(2026).holidays());
    holidays.add("2026-03-02"); // a made-up local holiday
    WorkingDayCalendar local = new WorkingDayCalendar(
        new CalendarProperties(Map.of(2026, new YearDays(holidays, null))));

    assertThat(local.isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
    assertThat(local.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(local.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
    assertThat(local.addWorkingDays(LocalDate.of(2026, 2, 27), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(local.addWorkingDays(LocalDate.of(2026, 2, 28), 1)).isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void overrideAddsAYear() {
    List<ILoggingEvent> log = captureLog();
    WorkingDayCalendar withMadeUpYear = new WorkingDayCalendar(new CalendarProperties(Map.of(2031,
        new YearDays(List.of("2031-01-01", "2031-01-02..2031-01-03"), List.of("2031-01-04")))));

    assertThat(withMadeUpYear.isWorkingDay(LocalDate.of(2031, 1, 2))).isFalse();
    assertThat(withMadeUpYear.isWorkingDay(LocalDate.of(2031, 1, 4))).isTrue();
    assertThat(withMadeUpYear.isWorkingDay(LocalDate.of(2031, 1, 6))).isTrue();
    assertThat(withMadeUpYear.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(log).noneMatch(e -> e.getLevel() == Level.WARN);
  }

  @Test
  void aWorkingWeekendOnAWeekdayIsAConfigurationError() {
    CalendarProperties typo = new CalendarProperties(Map.of(2031, new YearDays(null, List.of("2031-01-06"))));

    assertThatThrownBy(() -> new WorkingDayCalendar(typo))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031-01-06");
  }

  @Test
  void anUnreadableOrReversedEntryIsAConfigurationError() {
    assertThatThrownBy(() -> new WorkingDayCalendar(
        new CalendarProperties(Map.of(2031, new YearDays(List.of("2031-13-01"), null)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031-13-01");
    assertThatThrownBy(() -> new WorkingDayCalendar(
        new CalendarProperties(Map.of(2031, new YearDays(List.of("2031-01-05..2031-01-01"), null)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDayBothOffAndWorkedIsAConfigurationError() {
    CalendarProperties contradiction = new CalendarProperties(
        Map.of(2031, new YearDays(List.of("2031-01-04"), List.of("2031-01-04"))));

    assertThatThrownBy(() -> new WorkingDayCalendar(contradiction)).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<LocalDate> daysOf(String range) {
    String[] ends = range.split("\\.\\.");
    return LocalDate.parse(ends[0]).datesUntil(LocalDate.parse(ends[1]).plusDays(1)).toList();
  }

  private List<ILoggingEvent> captureLog() {
    logAppender.start();
    calendarLog.addAppender(logAppender);
    return logAppender.list;
  }
}
