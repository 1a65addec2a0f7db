package org.regionalrescue.process.returnfollowup;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the home township or village visits a person who went home ({@code rescue.follow-up}, RULES §11): each entry
 * is the time from the start of the follow-up to one visit. No national interval exists; the default is 1, 3 and 6
 * months. The default here repeats the one in {@code application.yml}.
 *
 * @param visits times after the return at which the visits fall due, in ascending order, e.g. {@code P30D,P90D,P180D}
 */
@ConfigurationProperties(prefix = "rescue.follow-up")
public record FollowUpSettings(@DefaultValue("P30D,P90D,P180D") List<Duration> visits) {

  public FollowUpSettings {
    if (visits == null || visits.isEmpty()) {
      throw new IllegalArgumentException("rescue.follow-up.visits 至少要有一次回访。");
    }
    Duration previous = Duration.ZERO;
    for (Duration visit : visits) {
      if (visit == null || visit.compareTo(previous) <= 0) {
        throw new IllegalArgumentException("rescue.follow-up.visits 必须是大于零、由小到大排列的时长，例如 P30D,P90D,P180D。");
      }
      previous = visit;
    }
    visits = List.copyOf(visits);
  }
}
