package org.regionalrescue.process.returnfollowup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalrescue.support.ApplicationConfiguration;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@link FollowUpSettings} binds from {@code rescue.follow-up} and reads as ISO durations for BPMN. */
class FollowUpScheduleTest {

  @Test
  void theDefaultAndApplicationYmlVisitAfterOneThreeAndSixMonths() {
    assertThat(new FollowUpSchedule(bind(Map.of())).getVisits()).containsExactly("P30D", "P90D", "P180D");
    assertThat(new FollowUpSchedule(ApplicationConfiguration.bind("rescue.follow-up", FollowUpSettings.class))
        .getVisits()).containsExactly("P30D", "P90D", "P180D");
  }

  @Test
  void anotherScheduleIsConfiguredAsAListOfDurations() {
    assertThat(new FollowUpSchedule(bind(Map.of("rescue.follow-up.visits", "P14D,60d,PT2160H"))).getVisits())
        .containsExactly("P14D", "P60D", "P90D");
    assertThat(new FollowUpSchedule(bind(Map.of("rescue.follow-up.visits", "PT36H"))).getVisits())
        .containsExactly("PT36H");
  }

  @Test
  void anEmptyOrUnorderedScheduleIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("rescue.follow-up.visits", "P90D,P30D")))
        .isInstanceOf(BindException.class).rootCause().hasMessageContaining("由小到大");
    assertThatThrownBy(() -> bind(Map.of("rescue.follow-up.visits", "")))
        .isInstanceOf(BindException.class).rootCause().hasMessageContaining("至少");
  }

  private static FollowUpSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("rescue.follow-up", FollowUpSettings.class);
  }
}
