package org.regionalrescue.cluster;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the asynchronous steps of every process retry after a technical failure ({@code rescue.jobs}): a database
 * that restarts, a node that fails in the middle of a step, a message that comes too early. Diagrams read the cycle
 * as {@code <camunda:failedJobRetryTimeCycle>${jobRetries.cycle}</camunda:failedJobRetryTimeCycle>}
 * ({@link JobRetryExpressions}); the engine's own default for jobs without one is the same value. After the last
 * retry the step is an incident in Cockpit. The default repeats {@code application.yml}.
 *
 * @param retryCycle {@code R<n>/<ISO-8601 duration>}: n attempts in all, this far apart (e.g. {@code R3/PT5M}); or
 *     a comma-separated list of durations, one per retry ({@code PT1M,PT5M,PT30M})
 */
@ConfigurationProperties(prefix = "rescue.jobs")
public record JobRetries(@DefaultValue("R3/PT5M") String retryCycle) {

  private static final Pattern REPEATED = Pattern.compile("^R(\\d+)/(P\\S+)$");

  public JobRetries {
    retryCycle = retryCycle == null ? "" : retryCycle.strip();
    Matcher repeated = REPEATED.matcher(retryCycle);
    if (repeated.matches()) {
      if (Integer.parseInt(repeated.group(1)) < 1) {
        throw invalid(retryCycle);
      }
      duration(repeated.group(2), retryCycle);
    } else {
      for (String interval : retryCycle.split(",", -1)) {
        duration(interval.strip(), retryCycle);
      }
    }
  }

  private static void duration(String text, String cycle) {
    try {
      if (Duration.parse(text).isNegative()) {
        throw invalid(cycle);
      }
    } catch (DateTimeParseException e) {
      throw invalid(cycle);
    }
  }

  private static IllegalArgumentException invalid(String cycle) {
    return new IllegalArgumentException("rescue.jobs.retry-cycle '" + cycle
        + "' is neither R<attempts>/<ISO-8601 duration> (e.g. R3/PT5M) nor a list of durations (PT1M,PT5M)");
  }
}
