package org.regionalrescue.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every time limit of the rescue rules in one place ({@code rescue.deadlines}), so a changed rule is a configuration
 * change, not a change of the process models. Java code uses these typed values; BPMN timers read them as ISO-8601
 * strings through the {@code deadlines} bean ({@link DeadlineExpressions}). The defaults here repeat those in
 * {@code application.yml}.
 *
 * @param tracingNotice time from admission to publishing the tracing notice (寻亲公告)
 * @param dnaRequestWorkingDays working days from admission to requesting the DNA sample and comparison
 * @param policeFeedback time the police have to report back on an identity check
 * @param tracingRefresh interval at which the tracing notice is published again while the identity is unknown
 * @param helpPeriod ordinary length of a stay in the center (救助期限)
 * @param longStayPlacement stay after which a person whose identity is still unknown is a long-stay case (长期滞留)
 * @param settlement time after the tracing notice after which a person still unidentified is settled (落户安置)
 * @param readmissionWindow a new admission within this time after leaving counts as a readmission
 * @param helpPeriodReminderBefore how long before the end of the help period the caseworker is reminded
 * @param temporaryAssistanceApprovalWorkingDays working days from accepting a 临时救助 application to its approval
 * @param destituteInvestigationWorkingDays working days from the township accepting a 特困供养 application to the end
 *     of its investigation
 * @param destituteNotice how long the 特困供养 public notice (公示) runs; minors get none
 * @param destituteConfirmationWorkingDays working days the county has to confirm or refuse 特困供养
 * @param destituteRefusalNoticeWorkingDays working days from a 特困供养 refusal to the written notice with reasons
 * @param immediatePoliceReport time for a report to the police that the law wants "at once" (minors, domestic
 *     violence)
 * @param shelterStay ordinary stay in the domestic-violence shelter (反家暴临时庇护); each extension is reported
 * @param protectionOrderDecision time the court has to decide on a personal-safety protection order (人身安全保护令)
 * @param protectionOrderUrgentDecision the same for an urgent application
 * @param referralFollowUp default time from a referral's outcome to its follow-up (the caseworker may choose another
 *     date)
 * @param settlementRegistrationWorkingDays working days the police usually take to register a settled person (落户)
 * @param followUpVisitWorkingDays working days the home township or village has to make a follow-up visit once due
 * @param escortAcceptance time the receiving agency of an escort leg has to accept or refuse it (护送接收答复)
 * @param escalationAnswerWorkingDays working days the regional center has to accept or decline a county's escalation
 *     request (提级申请审核); at least one
 * @param assistanceAcceptance time the receiving county, township or village has to accept or decline a task sent
 *     down to it (下沉协助接收答复)
 * @param assistanceTracingVisitWorkingDays working days to carry out a tracing visit in the home area (寻亲走访) and
 *     report back
 * @param assistanceFollowUpVisitWorkingDays working days to carry out a follow-up visit sent down (回访) and report back
 * @param assistanceEscortLegWorkingDays working days to carry out an escort leg sent down (护送一段) and report back
 * @param assistanceOnSiteSupportWorkingDays working days to give on-site support (现场支援) and report back
 * @param assistanceEscalationWorkingDays working days after the report of a task sent down was due (and its agency's
 *     supervisor chased it) at which the sending agency's supervisor takes it up (督办)
 * @param jointOpinion time each partner department has to give its action or opinion in joint handling (部门会办意见)
 * @param jointOpinionRechase time after a chase at which a department's still missing opinion is chased again
 * @param streetResponseImmediate time from a street report to the team on site at the first response level (一级响应:
 *     critical reports, orange or red weather warnings, urgent reports during a campaign)
 * @param streetResponsePriority the same at the second level (二级响应)
 * @param streetResponseRoutine the same at the third level (三级响应, an ordinary report)
 * @param streetResponseEscalation time after a missed street response deadline at which the regional center's
 *     supervisors are told as well (the agency's own supervisors are told at the deadline)
 * @param streetFollowUpPatrol time after a refusal of help, or after a person was not found, to the follow-up patrol
 * @param campaignFollowUpPatrol the same while a cold-wave or heat campaign (专项行动) is on: shorter
 */
@ConfigurationProperties(prefix = "rescue.deadlines")
public record Deadlines(
    @DefaultValue("PT24H") Duration tracingNotice,
    @DefaultValue("7") int dnaRequestWorkingDays,
    @DefaultValue("P30D") Duration policeFeedback,
    @DefaultValue("P30D") Duration tracingRefresh,
    @DefaultValue("P10D") Duration helpPeriod,
    @DefaultValue("P10D") Duration longStayPlacement,
    @DefaultValue("P90D") Duration settlement,
    @DefaultValue("P30D") Duration readmissionWindow,
    @DefaultValue("P2D") Duration helpPeriodReminderBefore,
    @DefaultValue("15") int temporaryAssistanceApprovalWorkingDays,
    @DefaultValue("15") int destituteInvestigationWorkingDays,
    @DefaultValue("P7D") Duration destituteNotice,
    @DefaultValue("10") int destituteConfirmationWorkingDays,
    @DefaultValue("3") int destituteRefusalNoticeWorkingDays,
    @DefaultValue("PT2H") Duration immediatePoliceReport,
    @DefaultValue("P10D") Duration shelterStay,
    @DefaultValue("PT72H") Duration protectionOrderDecision,
    @DefaultValue("PT24H") Duration protectionOrderUrgentDecision,
    @DefaultValue("P30D") Duration referralFollowUp,
    @DefaultValue("20") int settlementRegistrationWorkingDays,
    @DefaultValue("5") int followUpVisitWorkingDays,
    @DefaultValue("P2D") Duration escortAcceptance,
    @DefaultValue("1") int escalationAnswerWorkingDays,
    @DefaultValue("P2D") Duration assistanceAcceptance,
    @DefaultValue("10") int assistanceTracingVisitWorkingDays,
    @DefaultValue("5") int assistanceFollowUpVisitWorkingDays,
    @DefaultValue("3") int assistanceEscortLegWorkingDays,
    @DefaultValue("5") int assistanceOnSiteSupportWorkingDays,
    @DefaultValue("3") int assistanceEscalationWorkingDays,
    @DefaultValue("P3D") Duration jointOpinion,
    @DefaultValue("P2D") Duration jointOpinionRechase,
    @DefaultValue("PT30M") Duration streetResponseImmediate,
    @DefaultValue("PT1H") Duration streetResponsePriority,
    @DefaultValue("PT2H") Duration streetResponseRoutine,
    @DefaultValue("PT1H") Duration streetResponseEscalation,
    @DefaultValue("P1D") Duration streetFollowUpPatrol,
    @DefaultValue("PT12H") Duration campaignFollowUpPatrol) {

  public Deadlines {
    positive("tracing-notice", tracingNotice);
    positive("police-feedback", policeFeedback);
    positive("tracing-refresh", tracingRefresh);
    positive("help-period", helpPeriod);
    positive("long-stay-placement", longStayPlacement);
    positive("settlement", settlement);
    positive("readmission-window", readmissionWindow);
    positive("help-period-reminder-before", helpPeriodReminderBefore);
    positive("destitute-notice", destituteNotice);
    positive("immediate-police-report", immediatePoliceReport);
    positive("shelter-stay", shelterStay);
    positive("protection-order-decision", protectionOrderDecision);
    positive("protection-order-urgent-decision", protectionOrderUrgentDecision);
    positive("referral-follow-up", referralFollowUp);
    notNegative("dna-request-working-days", dnaRequestWorkingDays);
    notNegative("temporary-assistance-approval-working-days", temporaryAssistanceApprovalWorkingDays);
    notNegative("destitute-investigation-working-days", destituteInvestigationWorkingDays);
    notNegative("destitute-confirmation-working-days", destituteConfirmationWorkingDays);
    notNegative("destitute-refusal-notice-working-days", destituteRefusalNoticeWorkingDays);
    notNegative("settlement-registration-working-days", settlementRegistrationWorkingDays);
    notNegative("follow-up-visit-working-days", followUpVisitWorkingDays);
    positive("escort-acceptance", escortAcceptance);
    if (escalationAnswerWorkingDays < 1) {
      throw new IllegalArgumentException("rescue.deadlines.escalation-answer-working-days 至少为1个工作日。");
    }
    positive("assistance-acceptance", assistanceAcceptance);
    notNegative("assistance-tracing-visit-working-days", assistanceTracingVisitWorkingDays);
    notNegative("assistance-follow-up-visit-working-days", assistanceFollowUpVisitWorkingDays);
    notNegative("assistance-escort-leg-working-days", assistanceEscortLegWorkingDays);
    notNegative("assistance-on-site-support-working-days", assistanceOnSiteSupportWorkingDays);
    if (assistanceEscalationWorkingDays < 1) {
      throw new IllegalArgumentException("rescue.deadlines.assistance-escalation-working-days 至少为1个工作日"
          + "（先由承接机构主管催办，再由派出机构主管督办）。");
    }
    positive("joint-opinion", jointOpinion);
    positive("joint-opinion-rechase", jointOpinionRechase);
    positive("street-response-immediate", streetResponseImmediate);
    positive("street-response-priority", streetResponsePriority);
    positive("street-response-routine", streetResponseRoutine);
    positive("street-response-escalation", streetResponseEscalation);
    positive("street-follow-up-patrol", streetFollowUpPatrol);
    positive("campaign-follow-up-patrol", campaignFollowUpPatrol);
    if (streetResponseImmediate.compareTo(streetResponsePriority) > 0
        || streetResponsePriority.compareTo(streetResponseRoutine) > 0) {
      throw new IllegalArgumentException("rescue.deadlines.street-response-immediate、-priority、-routine 须由短到长。");
    }
    if (campaignFollowUpPatrol.compareTo(streetFollowUpPatrol) > 0) {
      throw new IllegalArgumentException(
          "rescue.deadlines.campaign-follow-up-patrol 不能长于 rescue.deadlines.street-follow-up-patrol。");
    }
    if (helpPeriodReminderBefore.compareTo(helpPeriod) >= 0) {
      throw new IllegalArgumentException(
          "rescue.deadlines.help-period-reminder-before 必须短于 rescue.deadlines.help-period。");
    }
  }

  /** Time from admission to the help-period reminder: the help period less the warning time. */
  public Duration helpPeriodReminder() {
    return helpPeriod.minus(helpPeriodReminderBefore);
  }

  private static void notNegative(String name, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("rescue.deadlines." + name + " 不能为负数。");
    }
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("rescue.deadlines." + name + " 必须是大于零的时长。");
    }
  }
}
