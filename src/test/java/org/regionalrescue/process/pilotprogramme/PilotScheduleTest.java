package org.regionalrescue.process.pilotprogramme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regionalrescue.support.ProcessAssertions.at;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** {@link PilotSettings} binds from {@code rescue.pilot}; {@link PilotSchedule} reads it for BPMN. */
class PilotScheduleTest {

  @Test
  void defaultsFollowTheNoticeAndApplicationYmlRepeatsThem() throws IOException {
    PilotSettings defaults = bind(Map.of());
    assertThat(defaults.submissionDeadline()).isEqualTo(LocalDate.of(2024, 4, 15));
    assertThat(defaults.term()).isEqualTo(Period.ofYears(2));
    assertThat(defaults.evaluationInterval()).isEqualTo(Period.ofMonths(6));
    assertThat(defaults.extension()).isEqualTo(Period.ofYears(1));
    assertThat(defaults.summaryReport()).isEqualTo(Duration.ofDays(60));
    assertThat(defaults.provincialReport()).isEqualTo(Duration.ofDays(30));
    assertThat(defaults.ministry()).isEqualTo("mca-rescue");

    var sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
    assertThat(new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("rescue.pilot", PilotSettings.class))
        .isEqualTo(defaults);
  }

  @Test
  void theScheduleGivesTheDeadlineTheTermsAndTheEvaluationsWithinThem() {
    PilotSchedule schedule = new PilotSchedule(bind(Map.of()));
    assertThat(schedule.getSubmissionDeadline()).isEqualTo(at("2024-04-16T00:00:00+08:00"));
    assertThat(schedule.term(0)).isEqualTo("P2Y");
    assertThat(schedule.term(1)).isEqualTo("P1Y");
    assertThat(schedule.term(null)).isEqualTo("P2Y");
    assertThat(schedule.evaluationCycle(0)).isEqualTo("R3/P6M");
    assertThat(schedule.evaluationCycle(2)).isEqualTo("R1/P6M");
    assertThat(schedule.getSummaryReport()).isEqualTo("P60D");
    assertThat(schedule.getProvincialReport()).isEqualTo("P30D");

    PilotSchedule quarterly = new PilotSchedule(bind(Map.of("rescue.pilot.evaluation-interval", "P3M",
        "rescue.pilot.term", "P1Y", "rescue.pilot.extension", "P2M", "rescue.pilot.submission-deadline", "2026-05-31")));
    assertThat(quarterly.evaluationCycle(0)).isEqualTo("R3/P3M");
    assertThat(quarterly.evaluationCycle(1)).as("at least one evaluation").isEqualTo("R1/P3M");
    assertThat(quarterly.getSubmissionDeadline()).isEqualTo(at("2026-06-01T00:00:00+08:00"));
  }

  @Test
  void termsAreWholeMonthsAndTheIntervalShorterThanTheTerm() {
    assertThatThrownBy(() -> bind(Map.of("rescue.pilot.term", "P10D"))).isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("rescue.pilot.term");
    assertThatThrownBy(() -> bind(Map.of("rescue.pilot.evaluation-interval", "P2Y"))).isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("evaluation-interval");
    assertThatThrownBy(() -> bind(Map.of("rescue.pilot.summary-report", "PT0S"))).isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("summary-report");
    assertThatThrownBy(() -> bind(Map.of("rescue.pilot.ministry", " "))).isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("rescue.pilot.ministry");
  }

  private static PilotSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("rescue.pilot", PilotSettings.class);
  }
}
