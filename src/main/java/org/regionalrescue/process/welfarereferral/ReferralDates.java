package org.regionalrescue.process.welfarereferral;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.regionalrescue.calendar.Deadlines;
import org.regionalrescue.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Dates of a referral for BPMN expressions, as the bean {@code referralDates}: the follow-up date proposed to the
 * caseworker ({@code rescue.deadlines.referral-follow-up} from today) and the moment the follow-up falls due (the
 * morning of the chosen day, on the centers' calendar).
 */
@Component("referralDates")
public class ReferralDates {

  /** A follow-up falls due at the start of the working morning of its day. */
  static final LocalTime FOLLOW_UP_TIME = LocalTime.of(9, 0);

  private final Deadlines deadlines;

  public ReferralDates(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** Today plus the configured follow-up time, as yyyy-MM-dd (what a date field of a form holds). */
  public String proposedFollowUpDate() {
    return ClockUtil.getCurrentTime().toInstant().plus(deadlines.referralFollowUp())
        .atZone(WorkingDayCalendar.ZONE).toLocalDate().toString();
  }

  /** 09:00 on the given day in China; the day as a form sends it (yyyy-MM-dd) or a date. */
  public Date followUpAt(Object day) {
    LocalDate date = dateOf(day);
    if (date == null) {
      throw new IllegalArgumentException("not a date: " + day);
    }
    return Date.from(ZonedDateTime.of(date, FOLLOW_UP_TIME, WorkingDayCalendar.ZONE).toInstant());
  }

  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
  }

  /** A day from a form's date field (yyyy-MM-dd, possibly followed by a time) or a date; null when unreadable. */
  static LocalDate dateOf(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }
    if (value instanceof String text && text.strip().length() >= 10) {
      try {
        return LocalDate.parse(text.strip().substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
