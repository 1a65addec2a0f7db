package org.regionalrescue.process.returnfollowup;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The visit schedule of {@link FollowUpSettings} for BPMN expressions, as the bean {@code followUpSchedule}: the
 * multi-instance visit loops over {@code ${followUpSchedule.visits}}, ISO durations such as {@code P90D}.
 */
@Component("followUpSchedule")
public class FollowUpSchedule {

  private final FollowUpSettings settings;

  public FollowUpSchedule(FollowUpSettings settings) {
    this.settings = settings;
  }

  /** The times after the start of the follow-up at which visits fall due, whole days written in days. */
  public List<String> getVisits() {
    return settings.visits().stream().map(FollowUpSchedule::iso).toList();
  }

  static String iso(Duration duration) {
    long day = Duration.ofDays(1).getSeconds();
    if (duration.getNano() == 0 && duration.getSeconds() % day == 0) {
      return "P" + duration.toDays() + "D";
    }
    return duration.toString();
  }
}
