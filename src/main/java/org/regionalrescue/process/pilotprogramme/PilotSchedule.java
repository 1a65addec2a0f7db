package org.regionalrescue.process.pilotprogramme;

import java.time.Period;
import java.util.Date;
import org.regionalrescue.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * {@link PilotSettings} for BPMN expressions, as the bean {@code pilotSchedule}: the submission deadline
 * ({@code ${pilotSchedule.submissionDeadline}}), the current term ({@code ${pilotSchedule.term(extensionsGranted)}}:
 * the pilot term, then each extension) and the province's evaluations within it
 * ({@code ${pilotSchedule.evaluationCycle(extensionsGranted)}}, e.g. {@code R3/P6M}: at 6, 12 and 18 months of a
 * two-year term; the end of the term has its own summary).
 */
@Component("pilotSchedule")
public class PilotSchedule {

  private final PilotSettings settings;

  public PilotSchedule(PilotSettings settings) {
    this.settings = settings;
  }

  /** The end of the submission day, China time. */
  public Date getSubmissionDeadline() {
    return Date.from(settings.submissionDeadline().plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
  }

  /** The term that runs now: the pilot term when no extension was granted yet, else an extension. */
  public String term(Object extensionsGranted) {
    return termPeriod(extensionsGranted).toString();
  }

  /** The province's evaluations within the current term: every interval before its end (at least one). */
  public String evaluationCycle(Object extensionsGranted) {
    long termMonths = termPeriod(extensionsGranted).toTotalMonths();
    long interval = settings.evaluationInterval().toTotalMonths();
    long repetitions = Math.max(1, (termMonths + interval - 1) / interval - 1);
    return "R" + repetitions + "/" + settings.evaluationInterval();
  }

  public String getSummaryReport() {
    return days(settings.summaryReport());
  }

  public String getProvincialReport() {
    return days(settings.provincialReport());
  }

  /** An ISO duration, in days when it is whole days ({@code P60D}, not {@code PT1440H}). */
  private static String days(java.time.Duration duration) {
    boolean wholeDays = duration.getNano() == 0 && duration.getSeconds() % 86_400 == 0;
    return wholeDays ? "P" + duration.toDays() + "D" : duration.toString();
  }

  private Period termPeriod(Object extensionsGranted) {
    boolean extended = extensionsGranted instanceof Number n && n.intValue() > 0;
    return extended ? settings.extension() : settings.term();
  }
}
