package org.regionalrescue.calendar;

import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * {@link Deadlines} for BPMN expressions, as the bean {@code deadlines}: timers write
 * {@code <timeDuration>${deadlines.tracingNotice}</timeDuration>} and get {@code "PT24H"}; working-day limits go
 * through the calendar, {@code ${workingDays.due(deadlines.dnaRequestWorkingDays)}}. Limits longer than a day that
 * are whole days are written in days ({@code P30D}, not {@code PT720H}); a day or less stays in hours
 * ({@code PT24H}), the way the rules state short limits.
 */
@Component("deadlines")
public class DeadlineExpressions {

  private final Deadlines deadlines;

  public DeadlineExpressions(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  public String getTracingNotice() {
    return iso(deadlines.tracingNotice());
  }

  public int getDnaRequestWorkingDays() {
    return deadlines.dnaRequestWorkingDays();
  }

  public String getPoliceFeedback() {
    return iso(deadlines.policeFeedback());
  }

  public String getTracingRefresh() {
    return iso(deadlines.tracingRefresh());
  }

  public String getHelpPeriod() {
    return iso(deadlines.helpPeriod());
  }

  public String getLongStayPlacement() {
    return iso(deadlines.longStayPlacement());
  }

  public String getSettlement() {
    return iso(deadlines.settlement());
  }

  public String getReadmissionWindow() {
    return iso(deadlines.readmissionWindow());
  }

  public String getHelpPeriodReminderBefore() {
    return iso(deadlines.helpPeriodReminderBefore());
  }

  public String getEscortAcceptance() {
    return iso(deadlines.escortAcceptance());
  }

  /** From admission to the reminder, for a timer started with the stay: help period less the warning time. */
  public String getHelpPeriodReminder() {
    return iso(deadlines.helpPeriodReminder());
  }

  public int getTemporaryAssistanceApprovalWorkingDays() {
    return deadlines.temporaryAssistanceApprovalWorkingDays();
  }

  public int getDestituteInvestigationWorkingDays() {
    return deadlines.destituteInvestigationWorkingDays();
  }

  public String getDestituteNotice() {
    return iso(deadlines.destituteNotice());
  }

  public int getDestituteConfirmationWorkingDays() {
    return deadlines.destituteConfirmationWorkingDays();
  }

  public int getDestituteRefusalNoticeWorkingDays() {
    return deadlines.destituteRefusalNoticeWorkingDays();
  }

  public String getImmediatePoliceReport() {
    return iso(deadlines.immediatePoliceReport());
  }

  public String getShelterStay() {
    return iso(deadlines.shelterStay());
  }

  public String getProtectionOrderDecision() {
    return iso(deadlines.protectionOrderDecision());
  }

  public String getProtectionOrderUrgentDecision() {
    return iso(deadlines.protectionOrderUrgentDecision());
  }

  public String getReferralFollowUp() {
    return iso(deadlines.referralFollowUp());
  }

  public int getSettlementRegistrationWorkingDays() {
    return deadlines.settlementRegistrationWorkingDays();
  }

  public int getFollowUpVisitWorkingDays() {
    return deadlines.followUpVisitWorkingDays();
  }

  public int getEscalationAnswerWorkingDays() {
    return deadlines.escalationAnswerWorkingDays();
  }

  public String getAssistanceAcceptance() {
    return iso(deadlines.assistanceAcceptance());
  }

  /**
   * Working days a task sent down (下沉协助) has for its report, by its kind ({@code assistanceKind} of
   * {@code assistance-dispatch}): {@code tracing-visit}, {@code follow-up-visit}, {@code escort-leg},
   * {@code on-site-support}.
   */
  public int assistanceReportWorkingDays(String assistanceKind) {
    if (assistanceKind == null) {
      throw new IllegalArgumentException("no assistance kind");
    }
    return switch (assistanceKind) {
      case "tracing-visit" -> deadlines.assistanceTracingVisitWorkingDays();
      case "follow-up-visit" -> deadlines.assistanceFollowUpVisitWorkingDays();
      case "escort-leg" -> deadlines.assistanceEscortLegWorkingDays();
      case "on-site-support" -> deadlines.assistanceOnSiteSupportWorkingDays();
      default -> throw new IllegalArgumentException("unknown assistance kind " + assistanceKind);
    };
  }

  public int getAssistanceEscalationWorkingDays() {
    return deadlines.assistanceEscalationWorkingDays();
  }

  public String getJointOpinion() {
    return iso(deadlines.jointOpinion());
  }

  public String getJointOpinionRechase() {
    return iso(deadlines.jointOpinionRechase());
  }

  /** The moment a limit given as an ISO duration ({@code deadlines.tracingNotice}) ends when counted from {@code start}. */
  public Date after(Date start, String isoDuration) {
    return Date.from(start.toInstant().plus(Duration.parse(isoDuration)));
  }

  static String iso(Duration duration) {
    Duration day = Duration.ofDays(1);
    boolean wholeDays = duration.getNano() == 0 && duration.getSeconds() % day.getSeconds() == 0;
    if (wholeDays && duration.compareTo(day) > 0) {
      return "P" + duration.toDays() + "D";
    }
    return duration.toString();
  }

  public String getStreetFollowUpPatrol() {
    return iso(deadlines.streetFollowUpPatrol());
  }

  public String getCampaignFollowUpPatrol() {
    return iso(deadlines.campaignFollowUpPatrol());
  }
}
