package org.regionalrescue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** {@link Deadlines} binds from {@code rescue.deadlines} and reads as ISO-8601 for BPMN, without a Spring context. */
class DeadlinesTest {

  @Test
  void defaultsApplyWhenNothingIsConfigured() {
    Deadlines deadlines = bind(Map.of());

    assertThat(deadlines.tracingNotice()).isEqualTo(Duration.ofHours(24));
    assertThat(deadlines.dnaRequestWorkingDays()).isEqualTo(7);
    assertThat(deadlines.policeFeedback()).isEqualTo(Duration.ofDays(30));
    assertThat(deadlines.tracingRefresh()).isEqualTo(Duration.ofDays(30));
    assertThat(deadlines.helpPeriod()).isEqualTo(Duration.ofDays(10));
    assertThat(deadlines.longStayPlacement()).isEqualTo(Duration.ofDays(10));
    assertThat(deadlines.settlement()).isEqualTo(Duration.ofDays(90));
    assertThat(deadlines.readmissionWindow()).isEqualTo(Duration.ofDays(30));
    assertThat(deadlines.helpPeriodReminderBefore()).isEqualTo(Duration.ofDays(2));
    assertThat(deadlines.temporaryAssistanceApprovalWorkingDays()).isEqualTo(15);
    assertThat(deadlines.destituteInvestigationWorkingDays()).isEqualTo(15);
    assertThat(deadlines.destituteNotice()).isEqualTo(Duration.ofDays(7));
    assertThat(deadlines.destituteConfirmationWorkingDays()).isEqualTo(10);
    assertThat(deadlines.destituteRefusalNoticeWorkingDays()).isEqualTo(3);
    assertThat(deadlines.immediatePoliceReport()).isEqualTo(Duration.ofHours(2));
    assertThat(deadlines.shelterStay()).isEqualTo(Duration.ofDays(10));
    assertThat(deadlines.protectionOrderDecision()).isEqualTo(Duration.ofHours(72));
    assertThat(deadlines.protectionOrderUrgentDecision()).isEqualTo(Duration.ofHours(24));
    assertThat(deadlines.referralFollowUp()).isEqualTo(Duration.ofDays(30));
    assertThat(deadlines.settlementRegistrationWorkingDays()).isEqualTo(20);
    assertThat(deadlines.followUpVisitWorkingDays()).isEqualTo(5);
    assertThat(deadlines.escortAcceptance()).isEqualTo(Duration.ofDays(2));
    assertThat(deadlines.escalationAnswerWorkingDays()).isEqualTo(1);
    assertThat(deadlines.assistanceAcceptance()).isEqualTo(Duration.ofDays(2));
    assertThat(deadlines.assistanceTracingVisitWorkingDays()).isEqualTo(10);
    assertThat(deadlines.assistanceFollowUpVisitWorkingDays()).isEqualTo(5);
    assertThat(deadlines.assistanceEscortLegWorkingDays()).isEqualTo(3);
    assertThat(deadlines.assistanceOnSiteSupportWorkingDays()).isEqualTo(5);
    assertThat(deadlines.assistanceEscalationWorkingDays()).isEqualTo(3);
    assertThat(deadlines.jointOpinion()).isEqualTo(Duration.ofDays(3));
    assertThat(deadlines.jointOpinionRechase()).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void bindsConfiguredValues() {
    Deadlines deadlines = bind(Map.of(
        "rescue.deadlines.tracing-notice", "PT12H",
        "rescue.deadlines.dna-request-working-days", "5",
        "rescue.deadlines.police-feedback", "45d",
        "rescue.deadlines.help-period", "P14D"));

    assertThat(deadlines.tracingNotice()).isEqualTo(Duration.ofHours(12));
    assertThat(deadlines.dnaRequestWorkingDays()).isEqualTo(5);
    assertThat(deadlines.policeFeedback()).isEqualTo(Duration.ofDays(45));
    assertThat(deadlines.helpPeriod()).isEqualTo(Duration.ofDays(14));
    assertThat(deadlines.settlement()).isEqualTo(Duration.ofDays(90));
  }

  @Test
  void applicationYmlRepeatsTheDefaults() throws IOException {
    var sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
    Deadlines fromYml = new Binder(ConfigurationPropertySources.from(sources))
        .bindOrCreate("rescue.deadlines", Deadlines.class);

    assertThat(fromYml).isEqualTo(bind(Map.of()));
  }

  @Test
  void expressionBeanGivesIsoStrings() {
    DeadlineExpressions deadlines = new DeadlineExpressions(bind(Map.of()));

    assertThat(deadlines.getTracingNotice()).isEqualTo("PT24H");
    assertThat(deadlines.getDnaRequestWorkingDays()).isEqualTo(7);
    assertThat(deadlines.getPoliceFeedback()).isEqualTo("P30D");
    assertThat(deadlines.getTracingRefresh()).isEqualTo("P30D");
    assertThat(deadlines.getHelpPeriod()).isEqualTo("P10D");
    assertThat(deadlines.getLongStayPlacement()).isEqualTo("P10D");
    assertThat(deadlines.getSettlement()).isEqualTo("P90D");
    assertThat(deadlines.getReadmissionWindow()).isEqualTo("P30D");
    assertThat(deadlines.getHelpPeriodReminderBefore()).isEqualTo("P2D");
    assertThat(deadlines.getHelpPeriodReminder()).isEqualTo("P8D");
    assertThat(deadlines.getTemporaryAssistanceApprovalWorkingDays()).isEqualTo(15);
    assertThat(deadlines.getDestituteInvestigationWorkingDays()).isEqualTo(15);
    assertThat(deadlines.getDestituteNotice()).isEqualTo("P7D");
    assertThat(deadlines.getDestituteConfirmationWorkingDays()).isEqualTo(10);
    assertThat(deadlines.getDestituteRefusalNoticeWorkingDays()).isEqualTo(3);
    assertThat(deadlines.getImmediatePoliceReport()).isEqualTo("PT2H");
    assertThat(deadlines.getShelterStay()).isEqualTo("P10D");
    assertThat(deadlines.getProtectionOrderDecision()).isEqualTo("P3D");
    assertThat(deadlines.getProtectionOrderUrgentDecision()).isEqualTo("PT24H");
    assertThat(deadlines.getReferralFollowUp()).isEqualTo("P30D");
    assertThat(deadlines.getSettlementRegistrationWorkingDays()).isEqualTo(20);
    assertThat(deadlines.getFollowUpVisitWorkingDays()).isEqualTo(5);
    assertThat(deadlines.getEscortAcceptance()).isEqualTo("P2D");
    assertThat(deadlines.getEscalationAnswerWorkingDays()).isEqualTo(1);
    assertThat(deadlines.getAssistanceAcceptance()).isEqualTo("P2D");
    assertThat(deadlines.assistanceReportWorkingDays("tracing-visit")).isEqualTo(10);
    assertThat(deadlines.assistanceReportWorkingDays("follow-up-visit")).isEqualTo(5);
    assertThat(deadlines.assistanceReportWorkingDays("escort-leg")).isEqualTo(3);
    assertThat(deadlines.assistanceReportWorkingDays("on-site-support")).isEqualTo(5);
    assertThat(deadlines.getAssistanceEscalationWorkingDays()).isEqualTo(3);
    assertThat(deadlines.getJointOpinion()).isEqualTo("P3D");
    assertThat(deadlines.getJointOpinionRechase()).isEqualTo("P2D");
  }

  @Test
  void anUnknownAssistanceKindHasNoDeadline() {
    DeadlineExpressions deadlines = new DeadlineExpressions(bind(Map.of()));

    assertThatThrownBy(() -> deadlines.assistanceReportWorkingDays("training"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("training");
  }

  @Test
  void anEscalationOnTheDayTheReportIsChasedIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("rescue.deadlines.assistance-escalation-working-days", "0")))
        .isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("assistance-escalation-working-days");
  }

  @Test
  void negativeWorkingDaysAreRefused() {
    assertThatThrownBy(() -> bind(Map.of("rescue.deadlines.destitute-investigation-working-days", "-1")))
        .isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("destitute-investigation-working-days");
  }

  @Test
  void aDayOrLessAndPartDaysStayInHours() {
    assertThat(DeadlineExpressions.iso(Duration.ofDays(1))).isEqualTo("PT24H");
    assertThat(DeadlineExpressions.iso(Duration.ofHours(36))).isEqualTo("PT36H");
    assertThat(DeadlineExpressions.iso(Duration.ofMinutes(90))).isEqualTo("PT1H30M");
    assertThat(DeadlineExpressions.iso(Duration.ofDays(2))).isEqualTo("P2D");
  }

  @Test
  void reminderLongerThanTheHelpPeriodIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("rescue.deadlines.help-period-reminder-before", "P10D")))
        .isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("help-period-reminder-before");
  }

  @Test
  void streetResponseDeadlinesDefaultToTheGradedResponseAndStayInOrder() {
    Deadlines deadlines = bind(Map.of());

    assertThat(deadlines.streetResponseImmediate()).isEqualTo(Duration.ofMinutes(30));
    assertThat(deadlines.streetResponsePriority()).isEqualTo(Duration.ofHours(1));
    assertThat(deadlines.streetResponseRoutine()).isEqualTo(Duration.ofHours(2));
    assertThat(deadlines.streetResponseEscalation()).isEqualTo(Duration.ofHours(1));
    assertThat(deadlines.streetFollowUpPatrol()).isEqualTo(Duration.ofDays(1));
    assertThat(deadlines.campaignFollowUpPatrol()).isEqualTo(Duration.ofHours(12));
    DeadlineExpressions expressions = new DeadlineExpressions(deadlines);
    assertThat(expressions.getStreetFollowUpPatrol()).isEqualTo("PT24H");
    assertThat(expressions.getCampaignFollowUpPatrol()).isEqualTo("PT12H");

    assertThatThrownBy(() -> bind(Map.of("rescue.deadlines.street-response-immediate", "PT3H")))
        .isInstanceOf(BindException.class).rootCause().hasMessageContaining("street-response-immediate");
    assertThatThrownBy(() -> bind(Map.of("rescue.deadlines.campaign-follow-up-patrol", "P2D")))
        .isInstanceOf(BindException.class).rootCause().hasMessageContaining("campaign-follow-up-patrol");
    assertThatThrownBy(() -> bind(Map.of("rescue.deadlines.street-response-escalation", "PT0S")))
        .isInstanceOf(BindException.class).rootCause().hasMessageContaining("street-response-escalation");
  }

  private static Deadlines bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("rescue.deadlines", Deadlines.class);
  }

  @Test
  void anEscalationAnswerOfLessThanOneWorkingDayIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("rescue.deadlines.escalation-answer-working-days", "0")))
        .isInstanceOf(BindException.class)
        .rootCause().hasMessageContaining("escalation-answer-working-days");
  }
}
