package org.regionalrescue.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regionalrescue.support.ApplicationConfiguration;

class JobRetriesTest {

  @Test
  void asynchronousStepsRetryThreeTimesFiveMinutesApartByDefault() {
    JobRetries configured = ApplicationConfiguration.bind("rescue.jobs", JobRetries.class);

    assertThat(configured.retryCycle()).isEqualTo("R3/PT5M");
    assertThat(new JobRetryExpressions(configured).getCycle()).isEqualTo("R3/PT5M");
  }

  @Test
  void aRepeatedIntervalOrAListOfIntervalsIsAccepted() {
    assertThat(new JobRetries(" R5/PT2S ").retryCycle()).isEqualTo("R5/PT2S");
    assertThat(new JobRetries("PT1M,PT5M, PT30M").retryCycle()).isEqualTo("PT1M,PT5M, PT30M");
  }

  @Test
  void anythingElseIsRefusedAtStartup() {
    for (String wrong : new String[] {"", "R0/PT5M", "R3/5 minutes", "R3", "PT5M,", "P1M", "five minutes"}) {
      assertThatThrownBy(() -> new JobRetries(wrong)).as(wrong)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rescue.jobs.retry-cycle");
    }
  }
}
