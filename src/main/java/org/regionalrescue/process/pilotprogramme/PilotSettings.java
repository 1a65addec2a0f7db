package org.regionalrescue.process.pilotprogramme;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The calendar of the regional-center pilot ({@code rescue.pilot}, RULES §12, the ministry's notice §四). Terms are
 * calendar periods (years and months), not durations, and the submission deadline is a date; so they live here, not
 * in {@code rescue.deadlines}. The defaults here repeat those in {@code application.yml}.
 *
 * @param submissionDeadline the province submits the checked applications and plans to the ministry by the end of this
 *     day, China time (notice: 2024-04-15); a new round of the programme sets its own
 * @param term the pilot term (notice: two years)
 * @param evaluationInterval how often the province evaluates a running pilot and reports to the ministry (the notice
 *     asks for tracking evaluations without an interval; [DESIGN] every six months)
 * @param extension how long one extension of a pilot lasts (the notice: "可延长", no length; [DESIGN] one year)
 * @param summaryReport time after the end of the term for the pilot unit's summary report ([DESIGN])
 * @param provincialReport time after the summary report for the province's overall report ([DESIGN])
 * @param ministry agency code of the ministry's office in the organisation file, whose staff review and approve
 */
@ConfigurationProperties(prefix = "rescue.pilot")
public record PilotSettings(
    @DefaultValue("2024-04-15") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submissionDeadline,
    @DefaultValue("P2Y") Period term,
    @DefaultValue("P6M") Period evaluationInterval,
    @DefaultValue("P1Y") Period extension,
    @DefaultValue("P60D") Duration summaryReport,
    @DefaultValue("P30D") Duration provincialReport,
    @DefaultValue("mca-rescue") String ministry) {

  public PilotSettings {
    wholeMonths("term", term);
    wholeMonths("evaluation-interval", evaluationInterval);
    wholeMonths("extension", extension);
    if (evaluationInterval.toTotalMonths() >= term.toTotalMonths()) {
      throw new IllegalArgumentException("rescue.pilot.evaluation-interval 必须短于 rescue.pilot.term。");
    }
    positive("summary-report", summaryReport);
    positive("provincial-report", provincialReport);
    if (submissionDeadline == null || ministry == null || ministry.isBlank()) {
      throw new IllegalArgumentException("rescue.pilot.submission-deadline 和 rescue.pilot.ministry 必须配置。");
    }
  }

  private static void wholeMonths(String name, Period period) {
    if (period == null || period.getDays() != 0 || period.toTotalMonths() <= 0) {
      throw new IllegalArgumentException("rescue.pilot." + name + " 必须是整月或整年，例如 P2Y、P6M。");
    }
  }

  private static void positive(String name, Duration duration) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("rescue.pilot." + name + " 必须是大于零的时长。");
    }
  }
}
