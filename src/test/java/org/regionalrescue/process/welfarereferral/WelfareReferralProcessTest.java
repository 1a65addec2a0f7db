package org.regionalrescue.process.welfarereferral;

import static org.regionalrescue.support.ProcessAssertions.clockAt;
import static org.regionalrescue.support.ProcessAssertions.fireTimer;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.task;
import static org.regionalrescue.support.ProcessAssertions.timer;
import static org.regionalrescue.support.ProcessAssertions.assertRefused;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.welfarereferral.WelfareReferralVariables.*;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalrescue.calendar.Deadlines;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.process.rescuecase.IssueDocumentListener;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.Activities;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.Consent;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.ReceiverDecision;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.ReferralOutcome;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.RejectionReason;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.Scheme;
import org.regionalrescue.support.ApplicationConfiguration;
import org.regionalrescue.support.EngineTestSupport;

@Deployment(resources = {
    "processes/welfare-referral.bpmn",
    "processes/welfare-scheme.dmn",
    "forms/referral-assess-facts.form",
    "forms/referral-confirm-scheme.form",
    "forms/referral-receiver-decision.form",
    "forms/referral-urgent-help.form",
    "forms/referral-approve-temporary.form",
    "forms/referral-issue-refusal.form",
    "forms/referral-investigate-destitute.form",
    "forms/referral-publish-notice.form",
    "forms/referral-confirm-destitute.form",
    "forms/referral-report-police.form",
    "forms/referral-temporary-guardianship.form",
    "forms/referral-place-minor.form",
    "forms/referral-assess-safety.form",
    "forms/referral-case-plan.form",
    "forms/referral-apply-protection-order.form",
    "forms/referral-protection-order-decision.form",
    "forms/referral-end-shelter.form",
    "forms/referral-shelter-extension.form",
    "forms/referral-record-outcome.form",
    "forms/referral-follow-up.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class WelfareReferralProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String AGENCY = "qingshan";
  private static final String CASEWORKERS = "qingshan-caseworker";
  private static final String SUPERVISORS = "qingshan-supervisor";
  /** A township of 青山县 in the demo organisation; its county (青山县) approves and confirms. */
  private static final String TOWNSHIP = "qingshan-songlin";
  /** Monday 28 September 2026, before the National Day holiday (10-01..10-07, Saturday 10-10 worked). */
  private static final ZonedDateTime REFERRED = ZonedDateTime.parse("2026-09-28T09:30:00+08:00");

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    EngineTestSupport.register("checkReferralAnswersListener",
        new CheckReferralAnswersListener(EngineTestSupport.organisation()));
    EngineTestSupport.register("schemeProposals", new SchemeProposals());
    EngineTestSupport.register("referralDates",
        new ReferralDates(ApplicationConfiguration.bind("rescue.deadlines", Deadlines.class)));
    EngineTestSupport.register("issueDocumentListener", new IssueDocumentListener(EngineTestSupport.caseRecords()));
    clockAt(REFERRED);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  // ---- 1. facts, proposal, confirmation

  @Test
  void theTableProposesTheSchemesAndTheCallersSchemeIsPreselected() {
    ProcessInstance referral = start(openCase(), Scheme.TEMPORARY_ASSISTANCE);

    Task facts = task(referral, Activities.ASSESS_FACTS);
    assertThat(facts).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(facts)).contains("\"id\": \"referral-assess-facts\"");
    assertRefused(facts, Map.of(AGE, 300), "年龄");
    completeFacts(referral, 72, Map.of(NO_SUPPORTER, true, LOCAL_RESIDENCE, true));

    assertThat(referral).hasPassed(Activities.PROPOSE_SCHEMES);
    Task confirm = task(referral, Activities.CONFIRM_REFERRAL);
    assertThat(confirm).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(confirm)).contains("\"id\": \"referral-confirm-scheme\"");
    assertThat(referral).variables()
        .containsEntry(PROPOSED_SCHEME, Scheme.DESTITUTE_SUPPORT)
        .containsEntry(REFERRAL_SCHEME, Scheme.TEMPORARY_ASSISTANCE)
        .containsEntry(PROPOSED_SCHEMES, "特困人员供养（60周岁以上、无生活来源、无法定赡养义务人或其无履行能力）；"
            + "临时救助（基本生活暂时困难，有本地户籍或居住证：向乡镇（街道）申请）")
        .containsEntry(AGE, 72).containsEntry(HAS_INCOME, false);
  }

  @Test
  void withoutASchemeFromTheCallerTheFirstProposalIsPreselectedAndNoneIsSaidWhenNothingFits() {
    ProcessInstance referral = start(openCase(), null);
    completeFacts(referral, 15, Map.of());
    assertThat(referral).variables().containsEntry(REFERRAL_SCHEME, Scheme.MINOR_PROTECTION);

    ProcessInstance other = start(openCase(), null);
    completeFacts(other, 40, Map.of(HAS_INCOME, true));
    assertThat(other).variables().containsEntry(PROPOSED_SCHEMES, SchemeProposals.NONE)
        .containsEntry(REFERRAL_SCHEME, null).doesNotContainKey("schemeRows");
    assertThat(processEngine.getRuntimeService().getVariable(other.getId(), PROPOSED_SCHEME)).isNull();
  }

  @Test
  void theConfirmationRefusesWhatTheRulesDoNotAllowAndLeavesTheTaskOpen() {
    ProcessInstance referral = start(openCase(), Scheme.MINOR_PROTECTION);
    completeFacts(referral, 12, Map.of());
    Task confirm = task(referral, Activities.CONFIRM_REFERRAL);

    assertRefused(confirm, confirmation("none", Consent.NOT_REQUIRED, null), "请选择转介项目");
    Map<String, Object> noReason = confirmation(Scheme.MINOR_PROTECTION, Consent.NOT_REQUIRED, null);
    noReason.put(REFERRAL_REASON, " ");
    assertRefused(confirm, noReason, "转介理由");
    assertRefused(confirm, confirmation(Scheme.MINOR_PROTECTION, "maybe", null), "是否同意转介");
    assertRefused(confirm, confirmation(Scheme.MINOR_PROTECTION, Consent.REFUSED, null), "法定职责");
    assertRefused(confirm, confirmation(Scheme.DOMESTIC_VIOLENCE, Consent.NOT_REQUIRED, null), "须经受助人员本人");
    assertRefused(confirm, confirmation(Scheme.MINOR_PROTECTION, Consent.NOT_REQUIRED, "nowhere-county"), "nowhere-county");
    assertRefused(confirm, confirmation(Scheme.TEMPORARY_ASSISTANCE, Consent.CONSENTED, TOWNSHIP), "由救助管理机构受理");

    assertThat(referral).isWaitingAt(Activities.CONFIRM_REFERRAL);
    assertThat(processEngine.getRuntimeService().getVariable(referral.getId(), CLIENT_CONSENT)).isNull();
  }

  @Test
  void aClientWhoRefusesTheReferralEndsItAsClientRefusedWithAFollowUp() {
    String caseNumber = openCase();
    ProcessInstance referral = start(caseNumber, Scheme.TEMPORARY_ASSISTANCE);
    completeFacts(referral, 45, Map.of(LOCAL_RESIDENCE, true));
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.TEMPORARY_ASSISTANCE, Consent.REFUSED, TOWNSHIP));

    assertThat(referral).hasPassed("Gateway_TrackDone").hasNotPassed("Gateway_Scheme");
    Task outcome = task(referral, Activities.RECORD_REFERRAL_OUTCOME);
    assertThat(outcome).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(outcome)).contains("\"id\": \"referral-record-outcome\"");
    // the form starts with the configured follow-up date: 30 days
    assertThat(processEngine.getRuntimeService().getVariable(referral.getId(), FOLLOW_UP_DATE)).isEqualTo("2026-10-28");
    assertRefused(outcome, outcome(ReferralOutcome.SUCCESSFUL, "2026-10-28"), "受助人员拒绝");
    completeOutcome(referral, ReferralOutcome.CLIENT_REFUSED, "2026-10-28");

    assertFollowUpAndEnd(referral, "2026-10-28T09:00:00+08:00");
    assertThat(outcomeOf(referral)).isEqualTo(ReferralOutcome.CLIENT_REFUSED);
    Map<String, Object> record = EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.REFERRAL_RECORD);
    assertThat(record).containsEntry("title", "政策衔接转介单").containsEntry(CLIENT_CONSENT, Consent.REFUSED)
        .containsEntry(SENDING_AGENCY, AGENCY).containsEntry(RECEIVING_AGENCY, TOWNSHIP)
        .containsEntry(REFERRAL_OUTCOME, ReferralOutcome.CLIENT_REFUSED).containsEntry(FOLLOW_UP_DATE, "2026-10-28");
  }

  // ---- 2. 临时救助

  @Test
  void aLocalResidentAppliesAtTheTownshipAndTheCountyApprovesWithinFifteenWorkingDays() {
    String caseNumber = openCase();
    ProcessInstance referral = start(caseNumber, Scheme.TEMPORARY_ASSISTANCE);
    completeFacts(referral, 45, Map.of(LOCAL_RESIDENCE, true));
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.TEMPORARY_ASSISTANCE, Consent.CONSENTED, TOWNSHIP));
    assertThat(referral).variables().containsEntry(RECEIVING_AGENCY, TOWNSHIP).containsEntry(APPROVING_AGENCY, AGENCY)
        .containsEntry(SENDING_AGENCY, AGENCY).containsEntry(URGENT, false);

    Task accept = task(referral, Activities.TOWNSHIP_ACCEPT_TEMPORARY);
    assertThat(accept).hasCandidateGroup("qingshan-songlin-caseworker");
    assertThat(deployedFormOf(accept)).contains("\"id\": \"referral-receiver-decision\"");
    assertRefused(accept, Map.of(), "请选择接收方的决定");
    assertRefused(accept, Map.of(RECEIVER_DECISION, ReceiverDecision.REJECTED), "请选择理由");
    clockAt(ZonedDateTime.parse("2026-09-28T10:00:00+08:00"));
    decide(referral, Activities.TOWNSHIP_ACCEPT_TEMPORARY, ReceiverDecision.ACCEPTED, null);

    Task approve = task(referral, Activities.APPROVE_TEMPORARY);
    assertThat(approve).hasCandidateGroup(SUPERVISORS);
    assertThat(deployedFormOf(approve)).contains("\"id\": \"referral-approve-temporary\"");
    // 15 working days from acceptance, across the National Day holiday and the worked Saturday 10-10
    assertThat(approve.getDueDate()).isEqualTo(at("2026-10-23T10:00:00+08:00"));
    assertThat(timer(referral, "Timer_TemporaryApprovalOverdue").getDuedate()).isEqualTo(approve.getDueDate());
    complete(approve, Map.of(RECEIVER_DECISION, ReceiverDecision.ACCEPTED, APPROVED_AMOUNT, 800,
        ASSISTANCE_FORM, "cash", DECISION_NOTE, "同意救助"));

    assertThat(referral).hasPassed("Gateway_TrackDone").hasNotPassed(Activities.URGENT_TEMPORARY_HELP,
        Activities.ISSUE_TEMPORARY_REFUSAL);
    assertRefused(task(referral, Activities.RECORD_REFERRAL_OUTCOME),
        outcome(ReferralOutcome.PROVIDER_REFUSED, "2026-11-02"), "转介成功");
    assertRefused(task(referral, Activities.RECORD_REFERRAL_OUTCOME), outcome(ReferralOutcome.SUCCESSFUL, "2026-09-27"),
        "不能早于今天");
    assertRefused(task(referral, Activities.RECORD_REFERRAL_OUTCOME), outcome(ReferralOutcome.SUCCESSFUL, "soon"),
        "回访日期");
    completeOutcome(referral, ReferralOutcome.SUCCESSFUL, "2026-11-02T00:00:00.000+0800");
    assertFollowUpAndEnd(referral, "2026-11-02T09:00:00+08:00");
    assertThat(outcomeOf(referral)).isEqualTo(ReferralOutcome.SUCCESSFUL);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.REFERRAL_RECORD);
  }

  @Test
  void aNonLocalInUrgentNeedIsHelpedFirstByTheRescueAgencyAndALateOrRefusedApprovalIsChasedAndWritten() {
    String caseNumber = openCase();
    ProcessInstance referral = start(caseNumber, Scheme.TEMPORARY_ASSISTANCE);
    completeFacts(referral, 30, Map.of(SUDDEN_HARDSHIP, true));
    Map<String, Object> confirmation = confirmation(Scheme.TEMPORARY_ASSISTANCE, Consent.CONSENTED, "");
    confirmation.put(URGENT, true);
    complete(task(referral, Activities.CONFIRM_REFERRAL), confirmation);
    assertThat(referral).variables().containsEntry(RECEIVING_AGENCY, AGENCY).containsEntry(APPROVING_AGENCY, AGENCY);

    Task accept = task(referral, Activities.RESCUE_AGENCY_ACCEPT_TEMPORARY);
    assertThat(accept).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(accept)).contains("\"id\": \"referral-receiver-decision\"");
    decide(referral, Activities.RESCUE_AGENCY_ACCEPT_TEMPORARY, ReceiverDecision.ACCEPTED, null);

    Task urgentHelp = task(referral, Activities.URGENT_TEMPORARY_HELP);
    assertThat(urgentHelp).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(urgentHelp)).contains("\"id\": \"referral-urgent-help\"");
    complete(urgentHelp, Map.of(URGENT_HELP_GIVEN, "发放现金及食品", URGENT_HELP_AMOUNT, 300, URGENT_HELP_DATE, "2026-09-28"));
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.URGENT_ASSISTANCE);

    // the paperwork is completed after the help, within the same 15 working days counted from acceptance
    fireTimer(referral, "Timer_TemporaryApprovalOverdue", "2026-10-23T09:30:00+08:00");
    Task supervise = task(referral, Activities.SUPERVISE_TEMPORARY_APPROVAL);
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：临时救助审批超时");
    assertThat(deployedFormOf(supervise)).contains("\"id\": \"supervise-overdue\"");
    completeSupervision(supervise);
    assertThat(referral).hasPassed("End_TemporaryApprovalSupervised").isWaitingAt(Activities.APPROVE_TEMPORARY);

    complete(task(referral, Activities.APPROVE_TEMPORARY), Map.of(RECEIVER_DECISION, ReceiverDecision.REJECTED,
        REJECTION_REASON, RejectionReason.ALREADY_SUPPORTED, DECISION_NOTE, "已由户籍地救助"));
    Task refusal = task(referral, Activities.ISSUE_TEMPORARY_REFUSAL);
    assertThat(refusal).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(refusal)).contains("\"id\": \"referral-issue-refusal\"");
    complete(refusal, refusalNotice());

    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.TEMPORARY_ASSISTANCE_REFUSAL))
        .containsEntry("title", "不予临时救助通知书").containsEntry(REJECTION_REASON, RejectionReason.ALREADY_SUPPORTED)
        .containsEntry(REFUSAL_NOTICE_NUMBER, "青民临〔2026〕1号");
    assertRefused(task(referral, Activities.RECORD_REFERRAL_OUTCOME),
        outcome(ReferralOutcome.SUCCESSFUL, "2026-11-30"), "接收方拒绝");
    completeOutcome(referral, ReferralOutcome.PROVIDER_REFUSED, "2026-11-30");
    assertFollowUpAndEnd(referral, "2026-11-30T09:00:00+08:00");
    assertThat(outcomeOf(referral)).isEqualTo(ReferralOutcome.PROVIDER_REFUSED);
  }

  @Test
  void anApplicationTheTownshipDoesNotAcceptIsRefusedInWriting() {
    ProcessInstance referral = start(openCase(), Scheme.TEMPORARY_ASSISTANCE);
    completeFacts(referral, 50, Map.of(LOCAL_RESIDENCE, true));
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.TEMPORARY_ASSISTANCE, Consent.CONSENTED, TOWNSHIP));
    decide(referral, Activities.TOWNSHIP_ACCEPT_TEMPORARY, ReceiverDecision.REJECTED, RejectionReason.NOT_ELIGIBLE);

    assertThat(referral).isWaitingAt(Activities.ISSUE_TEMPORARY_REFUSAL).hasNotPassed(Activities.APPROVE_TEMPORARY);
    assertThat(referral).variables().containsEntry(REJECTION_REASON, RejectionReason.NOT_ELIGIBLE);
  }

  // ---- 3. 特困人员供养

  @Test
  void anAdultIsInvestigatedNoticedForSevenDaysAndConfirmedByTheCountyWithTheirDeadlinesChased() {
    String caseNumber = openCase();
    ProcessInstance referral = start(caseNumber, Scheme.DESTITUTE_SUPPORT);
    completeFacts(referral, 68, Map.of(NO_SUPPORTER, true, LOCAL_RESIDENCE, true));
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.DESTITUTE_SUPPORT, Consent.CONSENTED, "qingshan-songlin-village"));
    // a village's referral is confirmed by the county above it
    assertThat(referral).variables().containsEntry(APPROVING_AGENCY, AGENCY);

    Task accept = task(referral, Activities.TOWNSHIP_ACCEPT_DESTITUTE);
    assertThat(accept).hasCandidateGroup("qingshan-songlin-village-caseworker");
    assertThat(deployedFormOf(accept)).contains("\"id\": \"referral-receiver-decision\"");
    decide(referral, Activities.TOWNSHIP_ACCEPT_DESTITUTE, ReceiverDecision.ACCEPTED, null);

    Task investigate = task(referral, Activities.INVESTIGATE_DESTITUTE);
    assertThat(investigate).hasCandidateGroup("qingshan-songlin-village-caseworker");
    assertThat(deployedFormOf(investigate)).contains("\"id\": \"referral-investigate-destitute\"");
    assertThat(investigate.getDueDate()).isEqualTo(at("2026-10-23T09:30:00+08:00"));
    fireTimer(referral, "Timer_DestituteInvestigationOverdue", "2026-10-23T09:30:00+08:00");
    Task supervise = task(referral, Activities.SUPERVISE_DESTITUTE_INVESTIGATION);
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：特困供养调查超时");
    completeSupervision(supervise);
    assertThat(referral).hasPassed("End_DestituteInvestigationSupervised");
    completeInvestigation(referral);

    Task notice = task(referral, Activities.PUBLISH_DESTITUTE_NOTICE);
    assertThat(deployedFormOf(notice)).contains("\"id\": \"referral-publish-notice\"");
    complete(notice, Map.of(NOTICE_PLACE, "松林村村务公开栏", NOTICE_START_DATE, "2026-10-23"));
    // 7 days of public notice, then the county has 10 working days
    fireTimer(referral, Activities.DESTITUTE_NOTICE_ENDS, "2026-10-30T09:30:00+08:00");
    Task confirmDestitute = task(referral, Activities.CONFIRM_DESTITUTE);
    assertThat(confirmDestitute).hasCandidateGroup(SUPERVISORS);
    assertThat(deployedFormOf(confirmDestitute)).contains("\"id\": \"referral-confirm-destitute\"");
    assertThat(confirmDestitute.getDueDate()).isEqualTo(at("2026-11-13T09:30:00+08:00"));
    fireTimer(referral, "Timer_DestituteConfirmationOverdue", "2026-11-13T09:30:00+08:00");
    Task superviseConfirmation = task(referral, Activities.SUPERVISE_DESTITUTE_CONFIRMATION);
    assertThat(superviseConfirmation).hasCandidateGroup(SUPERVISORS).hasName("督办：特困供养审核确认超时");
    completeSupervision(superviseConfirmation);

    complete(task(referral, Activities.CONFIRM_DESTITUTE), Map.of(NOTICE_OBJECTIONS, "none",
        RECEIVER_DECISION, ReceiverDecision.ACCEPTED, SUPPORT_MODE, "centralized", SUPPORT_START_DATE, "2026-12-01"));
    assertThat(referral).hasPassed("End_DestituteConfirmationSupervised").hasNotPassed(Activities.ISSUE_DESTITUTE_REFUSAL)
        .isWaitingAt(Activities.RECORD_REFERRAL_OUTCOME);
    completeOutcome(referral, ReferralOutcome.SUCCESSFUL, "2027-01-04");
    assertFollowUpAndEnd(referral, "2027-01-04T09:00:00+08:00");
  }

  @Test
  void aMinorIsNotNoticedAndARefusalIsWrittenWithinThreeWorkingDays() {
    String caseNumber = openCase();
    ProcessInstance referral = start(caseNumber, Scheme.DESTITUTE_SUPPORT);
    completeFacts(referral, 14, Map.of(NO_SUPPORTER, true, LOCAL_RESIDENCE, true));
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.DESTITUTE_SUPPORT, Consent.GUARDIAN_CONSENTED, TOWNSHIP));
    decide(referral, Activities.TOWNSHIP_ACCEPT_DESTITUTE, ReceiverDecision.ACCEPTED, null);
    clockAt(ZonedDateTime.parse("2026-09-29T10:00:00+08:00"));
    completeInvestigation(referral);

    assertThat(referral).hasPassed("Gateway_DestituteNoticeMerge").hasNotPassed(Activities.PUBLISH_DESTITUTE_NOTICE);
    // 10 working days from Tuesday 09-29: 09-30, 10-08, 10-09, 10-10 (worked Saturday), 10-12 ... 10-16, 10-19
    assertThat(task(referral, Activities.CONFIRM_DESTITUTE).getDueDate()).isEqualTo(at("2026-10-19T10:00:00+08:00"));
    clockAt(ZonedDateTime.parse("2026-09-30T10:00:00+08:00"));
    Task confirmDestitute = task(referral, Activities.CONFIRM_DESTITUTE);
    assertRefused(confirmDestitute, Map.of(NOTICE_OBJECTIONS, "no-notice", RECEIVER_DECISION, "perhaps"), "接收方的决定");
    complete(confirmDestitute, Map.of(NOTICE_OBJECTIONS, "no-notice", RECEIVER_DECISION, ReceiverDecision.REJECTED,
        REJECTION_REASON, RejectionReason.NOT_ELIGIBLE, DECISION_NOTE, "其父母有抚养能力"));

    Task refusal = task(referral, Activities.ISSUE_DESTITUTE_REFUSAL);
    assertThat(refusal).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(refusal)).contains("\"id\": \"referral-issue-refusal\"");
    // 3 working days from Wednesday 09-30: 10-08, 10-09 and the worked Saturday 10-10
    assertThat(refusal.getDueDate()).isEqualTo(at("2026-10-10T10:00:00+08:00"));
    fireTimer(referral, "Timer_DestituteRefusalOverdue", "2026-10-10T10:00:00+08:00");
    Task supervise = task(referral, Activities.SUPERVISE_DESTITUTE_REFUSAL);
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：不予认定告知超时");
    completeSupervision(supervise);
    complete(refusal, refusalNotice());

    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.DESTITUTE_REFUSAL_NOTICE))
        .containsEntry("title", "不予认定特困人员告知书").containsEntry(REJECTION_REASON, RejectionReason.NOT_ELIGIBLE);
    assertThat(referral).hasPassed("End_DestituteRefusalSupervised").isWaitingAt(Activities.RECORD_REFERRAL_OUTCOME);
    completeOutcome(referral, ReferralOutcome.PROVIDER_REFUSED, "2026-10-30");
    assertFollowUpAndEnd(referral, "2026-10-30T09:00:00+08:00");
  }

  @Test
  void anApplicationTheTownshipDoesNotAcceptGoesStraightToTheWrittenRefusal() {
    ProcessInstance referral = start(openCase(), Scheme.DESTITUTE_SUPPORT);
    completeFacts(referral, 66, Map.of(NO_SUPPORTER, true));
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.DESTITUTE_SUPPORT, Consent.CONSENTED, null));
    decide(referral, Activities.TOWNSHIP_ACCEPT_DESTITUTE, ReceiverDecision.REJECTED, RejectionReason.OUTSIDE_JURISDICTION);

    assertThat(referral).isWaitingAt(Activities.ISSUE_DESTITUTE_REFUSAL).hasNotPassed(Activities.INVESTIGATE_DESTITUTE);
  }

  // ---- 4. 未成年人保护

  @Test
  void aMinorIsReportedAtOnceTakenIntoTemporaryGuardianshipAndPlacedWhereTheyAreAccepted() {
    String caseNumber = openCase();
    ProcessInstance referral = start(caseNumber, Scheme.MINOR_PROTECTION);
    completeFacts(referral, 13, Map.of());
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.MINOR_PROTECTION, Consent.NOT_REQUIRED, null));

    Task report = task(referral, Activities.REPORT_MINOR_TO_POLICE);
    Task guardianship = task(referral, Activities.TAKE_TEMPORARY_GUARDIANSHIP);
    assertThat(report).hasCandidateGroup(CASEWORKERS);
    assertThat(guardianship).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(report)).contains("\"id\": \"referral-report-police\"");
    assertThat(deployedFormOf(guardianship)).contains("\"id\": \"referral-temporary-guardianship\"");
    assertThat(report.getDueDate()).isEqualTo(at("2026-09-28T11:30:00+08:00"));
    fireTimer(referral, "Timer_MinorPoliceReportOverdue", "2026-09-28T11:30:00+08:00");
    Task supervise = task(referral, Activities.SUPERVISE_MINOR_POLICE_REPORT);
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：未成年人报告公安超时");
    completeSupervision(supervise);
    completePoliceReport(report);
    complete(guardianship, Map.of(GUARDIANSHIP_START_DATE, "2026-09-28", GUARDIANSHIP_REASON, "guardian-not-found",
        GUARDIANSHIP_INSTITUTION, "青山县未成年人救助保护中心"));
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber))
        .containsExactlyInAnyOrder(CaseRecordType.POLICE_REPORT, CaseRecordType.TEMPORARY_GUARDIANSHIP);

    Task place = task(referral, Activities.PLACE_MINOR);
    assertThat(place).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(place)).contains("\"id\": \"referral-place-minor\"");
    complete(place, Map.of(PLACEMENT_TYPE, "foster-family", PLACEMENT_INSTITUTION, "寄养家庭 JY-007"));
    Task accept = task(referral, Activities.ACCEPT_MINOR_PLACEMENT);
    assertThat(accept).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(accept)).contains("\"id\": \"referral-receiver-decision\"");
    decide(referral, Activities.ACCEPT_MINOR_PLACEMENT, ReceiverDecision.REJECTED, RejectionReason.NO_CAPACITY);

    // guardianship is mandatory: a refused placement is placed again, the form starting empty
    assertThat(referral).isWaitingAt(Activities.PLACE_MINOR).hasPassed(Activities.ACCEPT_MINOR_PLACEMENT);
    assertThat(referral).variables().doesNotContainKeys(RECEIVER_DECISION, REJECTION_REASON, PLACEMENT_TYPE,
        PLACEMENT_INSTITUTION);
    complete(task(referral, Activities.PLACE_MINOR), Map.of(PLACEMENT_TYPE, "children-welfare-institution",
        PLACEMENT_INSTITUTION, "东湖市儿童福利院"));
    decide(referral, Activities.ACCEPT_MINOR_PLACEMENT, ReceiverDecision.ACCEPTED, null);

    assertThat(referral).hasPassed("Gateway_TrackDone", "End_MinorPoliceReportSupervised");
    completeOutcome(referral, ReferralOutcome.SUCCESSFUL, "2026-10-28");
    assertFollowUpAndEnd(referral, "2026-10-28T09:00:00+08:00");
  }

  // ---- 5. 反家庭暴力

  @Test
  void aVictimIsShelteredAssessedGivenACasePlanAndAnUrgentProtectionOrderAndLongStaysAreReported() {
    String caseNumber = openCase();
    ProcessInstance referral = start(caseNumber, Scheme.DOMESTIC_VIOLENCE);
    completeFacts(referral, 34, Map.of(DOMESTIC_VIOLENCE, true, LOCAL_RESIDENCE, true));
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.DOMESTIC_VIOLENCE, Consent.CONSENTED, "baisha"));

    Task report = task(referral, Activities.REPORT_VIOLENCE_TO_POLICE);
    assertThat(report).hasCandidateGroup(CASEWORKERS);
    assertThat(report.getDueDate()).isEqualTo(at("2026-09-28T11:30:00+08:00"));
    fireTimer(referral, "Timer_ViolencePoliceReportOverdue", "2026-09-28T11:30:00+08:00");
    Task supervise = task(referral, Activities.SUPERVISE_VIOLENCE_POLICE_REPORT);
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：家庭暴力报案超时");
    completeSupervision(supervise);
    completePoliceReport(report);

    Task admit = task(referral, Activities.ADMIT_TO_SHELTER);
    assertThat(admit).hasCandidateGroup("baisha-caseworker");
    assertThat(deployedFormOf(admit)).contains("\"id\": \"referral-receiver-decision\"");
    complete(admit, Map.of(RECEIVER_DECISION, ReceiverDecision.ACCEPTED, ACCOMPANYING_CHILDREN, 1));

    Task assess = task(referral, Activities.ASSESS_SAFETY_AND_NEEDS);
    assertThat(assess).hasCandidateGroup("baisha-caseworker");
    assertThat(deployedFormOf(assess)).contains("\"id\": \"referral-assess-safety\"");
    complete(assess, Map.of(SAFETY_RISK, "high", SERVICE_NEEDS,
        SpinValues.jsonValue("[\"medical\",\"legal-aid\"]").create(), PersonalFields.HEALTH_NOTES, "左臂软组织挫伤"));
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("healthNotes", "左臂软组织挫伤");

    Task plan = task(referral, Activities.DRAFT_CASE_PLAN);
    assertThat(deployedFormOf(plan)).contains("\"id\": \"referral-case-plan\"");
    complete(plan, Map.of(CASE_PLAN, "庇护、法律援助、申请保护令", APPLY_PROTECTION_ORDER, true));
    Task apply = task(referral, Activities.APPLY_PROTECTION_ORDER);
    assertThat(deployedFormOf(apply)).contains("\"id\": \"referral-apply-protection-order\"");
    clockAt(ZonedDateTime.parse("2026-09-29T14:00:00+08:00"));
    complete(apply, Map.of(PROTECTION_ORDER_COURT, "白沙区人民法院", PROTECTION_ORDER_APPLIED_ON, "2026-09-29",
        PROTECTION_ORDER_URGENT, true));
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.PROTECTION_ORDER_APPLICATION))
        .containsEntry(PROTECTION_ORDER_URGENT, true);

    Task decision = task(referral, Activities.RECORD_PROTECTION_ORDER_DECISION);
    assertThat(deployedFormOf(decision)).contains("\"id\": \"referral-protection-order-decision\"");
    // urgent: the court decides within 24 hours
    assertThat(decision.getDueDate()).isEqualTo(at("2026-09-30T14:00:00+08:00"));
    fireTimer(referral, "Timer_ProtectionOrderOverdue", "2026-09-30T14:00:00+08:00");
    Task superviseOrder = task(referral, Activities.SUPERVISE_PROTECTION_ORDER);
    assertThat(superviseOrder).hasCandidateGroup(SUPERVISORS).hasName("督办：保护令裁定超时");
    completeSupervision(superviseOrder);
    complete(decision, Map.of(PROTECTION_ORDER_DECISION, "granted", PROTECTION_ORDER_VALID_UNTIL, "2027-03-29"));

    Task end = task(referral, Activities.END_SHELTER_STAY);
    assertThat(deployedFormOf(end)).contains("\"id\": \"referral-end-shelter\"");
    // at most 10 days from admission; every further 10 days the extension is reported
    assertThat(end.getDueDate()).isEqualTo(at("2026-10-08T11:30:00+08:00"));
    fireTimer(referral, "Start_ShelterStayLimit", "2026-10-08T11:30:00+08:00");
    Task extension = task(referral, Activities.REPORT_SHELTER_EXTENSION);
    assertThat(extension).hasCandidateGroup("baisha-caseworker");
    assertThat(deployedFormOf(extension)).contains("\"id\": \"referral-shelter-extension\"");
    complete(extension, Map.of(EXTENSION_REASON, "施暴人尚未到案", EXTENDED_UNTIL, "2026-10-18",
        EXTENSION_REPORTED_TO, "东湖市民政局"));
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).contains(CaseRecordType.SHELTER_EXTENSION_FILING);
    fireTimer(referral, "Start_ShelterStayLimit", "2026-10-18T11:30:00+08:00");
    assertThat(task(referral, Activities.REPORT_SHELTER_EXTENSION)).isNotNull();

    complete(end, Map.of(SHELTER_LEFT_ON, "2026-10-20", SHELTER_DESTINATION, "relatives"));
    // leaving the shelter ends the open extension report and the shelter's timer
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(referral.getId())
        .taskDefinitionKey(Activities.REPORT_SHELTER_EXTENSION).count()).isZero();
    assertThat(timer(referral, "Start_ShelterStayLimit")).isNull();
    assertThat(referral).hasPassed("End_ShelterStayEnded", "End_ShelterExtensionReported",
        "End_ViolencePoliceReportSupervised", "End_ProtectionOrderSupervised", "Gateway_ViolenceJoin");
    completeOutcome(referral, ReferralOutcome.SUCCESSFUL, "2026-11-20");
    assertFollowUpAndEnd(referral, "2026-11-20T09:00:00+08:00");
  }

  @Test
  void anOrdinaryProtectionOrderIsDecidedWithin72HoursAndNoneMayBeApplied() {
    ProcessInstance referral = startSheltered(openCase());
    complete(task(referral, Activities.DRAFT_CASE_PLAN), Map.of(CASE_PLAN, "庇护与心理疏导", APPLY_PROTECTION_ORDER, true));
    complete(task(referral, Activities.APPLY_PROTECTION_ORDER), Map.of(PROTECTION_ORDER_COURT, "青山县人民法院",
        PROTECTION_ORDER_APPLIED_ON, "2026-09-28"));
    assertThat(task(referral, Activities.RECORD_PROTECTION_ORDER_DECISION).getDueDate())
        .isEqualTo(at("2026-10-01T09:30:00+08:00"));

    ProcessInstance without = startSheltered(openCase());
    complete(task(without, Activities.DRAFT_CASE_PLAN), Map.of(CASE_PLAN, "庇护后投靠亲属"));
    assertThat(without).hasPassed("Gateway_ProtectionOrderMerge").hasNotPassed(Activities.APPLY_PROTECTION_ORDER).isWaitingAt(Activities.END_SHELTER_STAY);
  }

  @Test
  void aShelterThatCannotTakeThePersonEndsTheReferralAsProviderRefusedOnceThePoliceKnow() {
    ProcessInstance referral = start(openCase(), Scheme.DOMESTIC_VIOLENCE);
    completeFacts(referral, 29, Map.of(DOMESTIC_VIOLENCE, true));
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.DOMESTIC_VIOLENCE, Consent.CONSENTED, null));
    decide(referral, Activities.ADMIT_TO_SHELTER, ReceiverDecision.REJECTED, RejectionReason.NO_CAPACITY);

    assertThat(referral).hasPassed("Gateway_ShelterMerge").isWaitingAt(Activities.REPORT_VIOLENCE_TO_POLICE)
        .hasNotPassed("SubProcess_Shelter");
    completePoliceReport(task(referral, Activities.REPORT_VIOLENCE_TO_POLICE));
    completeOutcome(referral, ReferralOutcome.PROVIDER_REFUSED, "2026-10-09");
    assertFollowUpAndEnd(referral, "2026-10-09T09:00:00+08:00");
  }

  // ---- steps

  private ProcessInstance startSheltered(String caseNumber) {
    ProcessInstance referral = start(caseNumber, Scheme.DOMESTIC_VIOLENCE);
    completeFacts(referral, 40, Map.of(DOMESTIC_VIOLENCE, true));
    complete(task(referral, Activities.CONFIRM_REFERRAL),
        confirmation(Scheme.DOMESTIC_VIOLENCE, Consent.CONSENTED, null));
    completePoliceReport(task(referral, Activities.REPORT_VIOLENCE_TO_POLICE));
    decide(referral, Activities.ADMIT_TO_SHELTER, ReceiverDecision.ACCEPTED, null);
    complete(task(referral, Activities.ASSESS_SAFETY_AND_NEEDS), Map.of(SAFETY_RISK, "medium"));
    return referral;
  }

  /** A 40-year-old-like set of facts (all no) changed by {@code changes}. */
  private void completeFacts(ProcessInstance referral, int age, Map<String, Object> changes) {
    Map<String, Object> facts = new HashMap<>(Map.of(AGE, age, LACKS_CAPACITY, false, DISABLED, false,
        HAS_INCOME, false, NO_SUPPORTER, false, DOMESTIC_VIOLENCE, false, LOCAL_RESIDENCE, false,
        SUDDEN_HARDSHIP, false));
    facts.putAll(changes);
    complete(task(referral, Activities.ASSESS_FACTS), facts);
  }

  private static Map<String, Object> confirmation(String scheme, String consent, String receivingAgency) {
    Map<String, Object> form = new HashMap<>();
    form.put(REFERRAL_SCHEME, scheme);
    form.put(REFERRAL_REASON, "受助人员符合该项目条件，需衔接办理");
    form.put(CLIENT_CONSENT, consent);
    form.put(RECEIVING_AGENCY, receivingAgency);
    form.put(RECEIVING_OFFICE, "接收单位（测试）");
    return form;
  }

  private void decide(ProcessInstance referral, String taskKey, String decision, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put(RECEIVER_DECISION, decision);
    form.put(REJECTION_REASON, reason);
    form.put(DECISION_NOTE, "测试说明");
    complete(task(referral, taskKey), form);
  }

  private void completeInvestigation(ProcessInstance referral) {
    complete(task(referral, Activities.INVESTIGATE_DESTITUTE), Map.of(INVESTIGATION_DATE, "2026-10-20",
        INVESTIGATION_METHODS, SpinValues.jsonValue("[\"home-visit\",\"neighbour-interview\"]").create(),
        INVESTIGATION_FINDINGS, "无劳动能力、无生活来源、无法定义务人", TOWNSHIP_OPINION, "recommend"));
  }

  private void completePoliceReport(Task report) {
    complete(report, Map.of(POLICE_REPORTED_AT, "2026-09-28T12:00:00.000+0800", POLICE_STATION, "测试市公安局测试派出所",
        POLICE_REPORT_NUMBER, "JJ-2026-0001"));
  }

  private static Map<String, Object> refusalNotice() {
    return Map.of(REFUSAL_NOTICE_NUMBER, "青民临〔2026〕1号", REFUSAL_EXPLANATION, "经核查不符合条件",
        REFUSAL_DELIVERED_ON, "2026-10-09");
  }

  private static Map<String, Object> outcome(String outcome, String followUpDate) {
    return Map.of(REFERRAL_OUTCOME, outcome, FOLLOW_UP_DATE, followUpDate, OUTCOME_NOTE, "测试");
  }

  private void completeOutcome(ProcessInstance referral, String outcome, String followUpDate) {
    Task task = task(referral, Activities.RECORD_REFERRAL_OUTCOME);
    assertThat(task).hasCandidateGroup(CASEWORKERS);
    complete(task, outcome(outcome, followUpDate));
  }

  /** The follow-up falls due on the chosen day's morning; the caseworker records it and the referral ends. */
  private void assertFollowUpAndEnd(ProcessInstance referral, String due) {
    assertThat(referral).isWaitingAt("Event_ReferralFollowUpDue");
    fireTimer(referral, "Event_ReferralFollowUpDue", due);
    Task followUp = task(referral, Activities.FOLLOW_UP_REFERRAL);
    assertThat(followUp).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(followUp)).contains("\"id\": \"referral-follow-up\"");
    complete(followUp, Map.of(FOLLOW_UP_SITUATION, "receiving-help", FOLLOW_UP_NOTE, "情况稳定"));
    assertThat(referral).isEnded().hasPassed("End_ReferralClosed");
  }

  private void completeSupervision(Task task) {
    complete(task, Map.of("supervisionAction", "urged", "supervisionNote", "已督促当日办理"));
  }

  // ---- engine helpers

  private static String openCase() {
    String caseNumber = new CaseNumbers(EngineTestSupport.dataSource()).next(AGENCY, REFERRED.toLocalDate());
    EngineTestSupport.caseFiles().open(caseNumber, AGENCY);
    return caseNumber;
  }

  private ProcessInstance start(String caseNumber, String scheme) {
    Map<String, Object> variables = new HashMap<>(Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY));
    if (scheme != null) {
      variables.put(REFERRAL_SCHEME, scheme);
    }
    ProcessInstance referral =
        processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber, variables);
    assertThat(referral).isWaitingAt(Activities.ASSESS_FACTS);
    return referral;
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private Object outcomeOf(ProcessInstance instance) {
    HistoricVariableInstance outcome = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(REFERRAL_OUTCOME).singleResult();
    assertThat(outcome).isNotNull();
    return outcome.getValue();
  }

}
