package org.regionalrescue.process.identitytracing;

import static org.regionalrescue.support.ProcessAssertions.clockAt;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.timer;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.BIOMETRIC_COMPARISONS;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.BIOMETRIC_MATCH;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.BIOMETRIC_QUERY_DATE;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.BIOMETRIC_QUERY_REFERENCE;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.CASE_AGENCY;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.CASE_NUMBER;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.DNA_MATCH;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.DNA_REQUEST_AUTHORITY;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.DNA_REQUEST_DATE;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.ESCALATE_TO_HIGHER_LEVEL;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.FACE;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.FAMILY_CONTACT_CONFIRMED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.FAMILY_RELATION;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.FINGERPRINT;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.IDENTIFIED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.IDENTITY_CONFIRMED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.IDENTITY_VERIFICATION;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.MATCHED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.MESSAGE_FAMILY_CONTACT;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.MESSAGE_POLICE_DNA_FEEDBACK;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.NO;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.NO_MATCH;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.POLICE_FEEDBACK_DATE;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.POLICE_FEEDBACK_ON_PAPER;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.POLICE_REMINDER_CHANNEL;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.POLICE_REMINDER_DATE;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.POLICE_REPORT_AUTHORITY;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.POLICE_REPORT_DATE;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.PROCESS_KEY;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.SUSPECTED_MISSING;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.SUSPECTED_SITUATION;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.TRACING_CONCLUSION;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.TRACING_NOTICE_CHANNELS;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.TRACING_NOTICE_DATE;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.TRACING_OUTCOME;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.TRACING_SUMMARY;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.UNIDENTIFIED;
import static org.regionalrescue.process.identitytracing.IdentityTracingVariables.YES;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.support.EngineTestSupport;

@Deployment(resources = {
    "processes/identity-tracing.bpmn",
    "callers/identity-tracing-caller.bpmn",
    "forms/tracing-compare-biometrics.form",
    "forms/tracing-confirm-identity.form",
    "forms/tracing-report-suspected-missing.form",
    "forms/tracing-publish-notice.form",
    "forms/tracing-request-dna.form",
    "forms/tracing-remind-police.form",
    "forms/tracing-record-police-feedback.form",
    "forms/tracing-verify-family-contact.form",
    "forms/tracing-conclude.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class IdentityTracingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String AGENCY = "qingshan";
  private static final String CASEWORKERS = "qingshan-caseworker";
  private static final String SUPERVISORS = "qingshan-supervisor";
  /** Monday before the National Day holiday (10-01..10-07, Saturday 10-10 worked): 7 working days end on 10-13. */
  private static final ZonedDateTime ADMITTED = ZonedDateTime.parse("2026-09-28T09:30:00+08:00");
  private static final String FICTIONAL_NAME = "测试人甲";

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    EngineTestSupport.register("checkTracingAnswersListener", new CheckTracingAnswersListener());
    EngineTestSupport.register("checkPoliceFeedbackListener", new CheckPoliceFeedbackListener());
    clockAt(ADMITTED);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  // ---- 1. biometric comparison

  @Test
  void aConfirmedFingerprintOrFaceMatchIdentifiesThePersonAndKeepsTheirDataInTheCaseFile() {
    String caseNumber = openCase();
    ProcessInstance tracing = start(caseNumber);

    assertThat(tracing).isWaitingAt("Task_CompareBiometrics");
    Task compare = task(tracing, "Task_CompareBiometrics");
    assertThat(compare).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(compare)).contains("\"id\": \"tracing-compare-biometrics\"");
    completeComparison(tracing, MATCHED, NO);

    Task confirm = task(tracing, "Task_ConfirmIdentity");
    assertThat(confirm).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(confirm)).contains("\"id\": \"tracing-confirm-identity\"");
    String idNumber = fictionalIdNumber("110105", "19580317", "021");
    complete(confirm, Map.of(IDENTITY_VERIFICATION, "household-police", IDENTITY_CONFIRMED, YES,
        PersonalFields.NAME, FICTIONAL_NAME, PersonalFields.ID_NUMBER, idNumber,
        PersonalFields.HOUSEHOLD_PLACE, "测试省测试市测试区"));

    assertThat(tracing).isEnded().hasPassed("End_Identified")
        .hasNotPassed("Task_PublishTracingNotice", "Task_RequestDnaSample", "Task_ReportSuspectedMissing");
    assertThat(outcomeOf(tracing)).isEqualTo(IDENTIFIED);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber))
        .containsEntry("name", FICTIONAL_NAME).containsEntry("idNumber", idNumber)
        .containsEntry("householdPlace", "测试省测试市测试区");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(tracing.getId()).variableNameLike(PersonalFields.PREFIX + "%").count()).isZero();
  }

  @Test
  void aMatchThatIsNotConfirmedStartsTracingWithPoliceReportNoticeAndDnaRequestAndTheirDeadlines() {
    ProcessInstance tracing = start(openCase());
    // the comparison and its check take the caseworker until the afternoon: the limits still count from entry
    ClockUtil.setCurrentTime(at("2026-09-28T15:00:00+08:00"));
    completeComparison(tracing, MATCHED, YES);
    complete(task(tracing, "Task_ConfirmIdentity"), Map.of(IDENTITY_VERIFICATION, "family", IDENTITY_CONFIRMED, NO));

    assertThat(tracing).isWaitingAt("Task_ReportSuspectedMissing", "Task_PublishTracingNotice",
        "Task_RequestDnaSample");
    // a later confirmation form (after a DNA match) must not open with this answer filled in
    assertThat(tracing).variables().doesNotContainKeys(IDENTITY_CONFIRMED, IDENTITY_VERIFICATION);
    Task report = task(tracing, "Task_ReportSuspectedMissing");
    Task notice = task(tracing, "Task_PublishTracingNotice");
    Task dnaRequest = task(tracing, "Task_RequestDnaSample");
    for (Task task : List.of(report, notice, dnaRequest)) {
      assertThat(task).hasCandidateGroup(CASEWORKERS);
    }
    assertThat(deployedFormOf(report)).contains("\"id\": \"tracing-report-suspected-missing\"");
    assertThat(deployedFormOf(notice)).contains("\"id\": \"tracing-publish-notice\"");
    assertThat(deployedFormOf(dnaRequest)).contains("\"id\": \"tracing-request-dna\"");
    assertThat(report.getDueDate()).isNull();
    // 24 hours; 7 working days across the National Day holiday and the make-up working Saturday
    assertThat(notice.getDueDate()).isEqualTo(at("2026-09-29T09:30:00+08:00"));
    assertThat(dnaRequest.getDueDate()).isEqualTo(at("2026-10-13T09:30:00+08:00"));
    assertThat(timer(tracing, "Timer_TracingNoticeOverdue").getDuedate()).isEqualTo(notice.getDueDate());
    assertThat(timer(tracing, "Timer_DnaRequestOverdue").getDuedate()).isEqualTo(dnaRequest.getDueDate());

    completeReport(tracing);
    completeNotice(tracing);
    completeDnaRequest(tracing);
    assertThat(tracing).isWaitingAt("Gateway_AwaitPoliceFeedback");
    assertThat(processEngine.getRuntimeService().createEventSubscriptionQuery()
        .processInstanceId(tracing.getId()).list())
        .extracting(s -> s.getEventName()).containsExactlyInAnyOrder(MESSAGE_POLICE_DNA_FEEDBACK,
            MESSAGE_FAMILY_CONTACT);
    assertThat(timer(tracing, "Catch_PoliceFeedbackDue")).isNotNull();
  }

  @Test
  void noMatchAndNoSuspicionSkipsThePoliceReport() {
    ProcessInstance tracing = start(openCase());
    completeComparison(tracing, NO_MATCH, NO);

    assertThat(tracing).isWaitingAt("Task_PublishTracingNotice", "Task_RequestDnaSample")
        .hasPassed("Gateway_SuspectedMissingDone").hasNotPassed("Task_ReportSuspectedMissing", "Task_ConfirmIdentity");
  }

  // ---- 2. deadlines of the notice and the DNA request

  @Test
  void aNoticeNotPublishedWithin24HoursGoesToTheSupervisorAndStaysOpenForTheCaseworker() {
    ProcessInstance tracing = start(openCase());
    completeComparison(tracing, NO_MATCH, NO);

    fireTimer(tracing, "Timer_TracingNoticeOverdue", "2026-09-29T09:30:00+08:00");

    Task supervise = task(tracing, "Task_SuperviseTracingNotice");
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：寻亲公告超时");
    assertThat(deployedFormOf(supervise)).contains("\"id\": \"supervise-overdue\"");
    assertThat(task(tracing, "Task_PublishTracingNotice")).isNotNull();
    completeSupervision(supervise);
    assertThat(tracing).hasPassed("End_TracingNoticeSupervised").isWaitingAt("Task_PublishTracingNotice");
    completeNotice(tracing);
    assertThat(tracing).hasPassed("Task_PublishTracingNotice").isWaitingAt("Task_RequestDnaSample");
  }

  @Test
  void aDnaRequestNotMadeWithinSevenWorkingDaysGoesToTheSupervisorOnTheDueDay() {
    ProcessInstance tracing = start(openCase());
    completeComparison(tracing, NO_MATCH, NO);
    completeNotice(tracing);

    assertThat(timer(tracing, "Timer_DnaRequestOverdue").getDuedate()).isEqualTo(at("2026-10-13T09:30:00+08:00"));
    fireTimer(tracing, "Timer_DnaRequestOverdue", "2026-10-13T09:30:00+08:00");

    Task supervise = task(tracing, "Task_SuperviseDnaRequest");
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：DNA采集申请超时");
    assertThat(deployedFormOf(supervise)).contains("\"id\": \"supervise-overdue\"");
    completeSupervision(supervise);
    assertThat(tracing).hasPassed("End_DnaRequestSupervised").isWaitingAt("Task_RequestDnaSample");
    completeDnaRequest(tracing);
    assertThat(tracing).isWaitingAt("Gateway_AwaitPoliceFeedback");
  }

  // ---- 3./4. police feedback

  @Test
  void aDnaMatchConfirmedByTheCaseworkerIdentifiesThePersonAndEndsOpenWork() {
    String caseNumber = openCase();
    ProcessInstance tracing = start(caseNumber);
    completeComparison(tracing, NO_MATCH, YES);
    completeDnaRequest(tracing);
    fireTimer(tracing, "Timer_TracingNoticeOverdue", "2026-09-29T09:30:00+08:00");

    clockAt(ZonedDateTime.parse("2026-10-20T10:00:00+08:00"));
    policeFeedback(caseNumber, MATCHED);

    Task confirm = task(tracing, "Task_ConfirmDnaIdentity");
    assertThat(confirm).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(confirm)).contains("\"id\": \"tracing-confirm-identity\"");
    complete(confirm, Map.of(IDENTITY_VERIFICATION, "family", IDENTITY_CONFIRMED, YES,
        PersonalFields.NAME, FICTIONAL_NAME, PersonalFields.HOUSEHOLD_PLACE, "测试省测试县",
        PersonalFields.FAMILY_CONTACTS, "测试人乙（女儿）"));

    // the police report, the notice and its supervision were still open: the identified person needs none of them
    assertThat(tracing).isEnded().hasPassed("End_IdentifiedByDna").hasNotPassed("Task_ConcludeTracing");
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(tracing.getId()).count()).isZero();
    assertThat(outcomeOf(tracing)).isEqualTo(IDENTIFIED);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("familyContacts", "测试人乙（女儿）");
  }

  @Test
  void noDnaMatchLeadsToTheConclusionOnceReportAndNoticeAreDoneAndEndsUnidentified() {
    String caseNumber = openCase();
    ProcessInstance tracing = start(caseNumber);
    completeComparison(tracing, NO_MATCH, YES);
    completeDnaRequest(tracing);
    policeFeedback(caseNumber, NO_MATCH);

    // the conclusion waits for the police report and the notice
    assertThat(tracing).isWaitingAt("Gateway_TracingJoin", "Task_ReportSuspectedMissing", "Task_PublishTracingNotice");
    completeReport(tracing);
    completeNotice(tracing);

    Task conclude = task(tracing, "Task_ConcludeTracing");
    assertThat(conclude).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(conclude)).contains("\"id\": \"tracing-conclude\"");
    complete(conclude, Map.of(TRACING_SUMMARY, "已发布公告、DNA未比中", TRACING_CONCLUSION, UNIDENTIFIED,
        ESCALATE_TO_HIGHER_LEVEL, true));

    assertThat(tracing).isEnded().hasPassed("End_Unidentified");
    assertThat(outcomeOf(tracing)).isEqualTo(UNIDENTIFIED);
  }

  @Test
  void aDnaMatchThatIsNotConfirmedGoesToTheConclusionWhereFamilyFoundOtherwiseIdentifiesThePerson() {
    String caseNumber = openCase();
    ProcessInstance tracing = start(caseNumber);
    completeComparison(tracing, NO_MATCH, NO);
    completeNotice(tracing);
    completeDnaRequest(tracing);
    policeFeedback(caseNumber, MATCHED);
    complete(task(tracing, "Task_ConfirmDnaIdentity"), Map.of(IDENTITY_VERIFICATION, "family",
        IDENTITY_CONFIRMED, NO));

    complete(task(tracing, "Task_ConcludeTracing"), Map.of(TRACING_SUMMARY, "经社区网格员走访找到家庭",
        TRACING_CONCLUSION, IDENTIFIED, PersonalFields.NAME, FICTIONAL_NAME,
        PersonalFields.HOUSEHOLD_PLACE, "测试省测试村"));

    assertThat(tracing).isEnded().hasPassed("Gateway_DnaResultMerge", "End_IdentifiedOtherwise");
    assertThat(outcomeOf(tracing)).isEqualTo(IDENTIFIED);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("householdPlace", "测试省测试村");
  }

  @Test
  void policeSilentForAMonthAreRemindedTheSupervisorIsToldAndAPaperAnswerIsRecordedByTheCaseworker() {
    String caseNumber = openCase();
    ProcessInstance tracing = start(caseNumber);
    completeComparison(tracing, NO_MATCH, NO);
    completeNotice(tracing);
    clockAt(ZonedDateTime.parse("2026-09-30T15:00:00+08:00"));
    completeDnaRequest(tracing);

    // one month (30 days) after the request
    assertThat(timer(tracing, "Catch_PoliceFeedbackDue").getDuedate()).isEqualTo(at("2026-10-30T15:00:00+08:00"));
    fireTimer(tracing, "Catch_PoliceFeedbackDue", "2026-10-30T15:00:00+08:00");

    Task remind = task(tracing, "Task_RemindPolice");
    assertThat(remind).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(remind)).contains("\"id\": \"tracing-remind-police\"");
    Task supervise = task(tracing, "Task_SupervisePoliceFeedback");
    assertThat(supervise).hasCandidateGroup(SUPERVISORS).hasName("督办：公安DNA反馈超时");
    assertThat(deployedFormOf(supervise)).contains("\"id\": \"supervise-overdue\"");
    completeSupervision(supervise);
    assertThat(tracing).hasPassed("End_PoliceFeedbackSupervised");

    // reminded, no answer yet: back to waiting, a new month counted from the reminder
    clockAt(ZonedDateTime.parse("2026-11-02T10:00:00+08:00"));
    completeReminder(tracing, NO);
    assertThat(tracing).isWaitingAt("Gateway_AwaitPoliceFeedback");
    assertThat(tracing).variables().doesNotContainKeys(POLICE_FEEDBACK_ON_PAPER, POLICE_REMINDER_DATE,
        POLICE_REMINDER_CHANNEL);
    assertThat(timer(tracing, "Catch_PoliceFeedbackDue").getDuedate()).isEqualTo(at("2026-12-02T10:00:00+08:00"));
    fireTimer(tracing, "Catch_PoliceFeedbackDue", "2026-12-02T10:00:00+08:00");
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(tracing.getId())
        .taskDefinitionKey("Task_SupervisePoliceFeedback").count()).isEqualTo(1);

    // the answer came on paper: the caseworker records it
    completeReminder(tracing, YES);
    Task record = task(tracing, "Task_RecordPoliceFeedback");
    assertThat(record).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(record)).contains("\"id\": \"tracing-record-police-feedback\"");
    complete(record, Map.of(POLICE_FEEDBACK_DATE, "2026-11-28", DNA_MATCH, NO_MATCH));

    assertThat(tracing).isWaitingAt("Task_ConcludeTracing", "Task_SupervisePoliceFeedback")
        .hasPassed("Gateway_PoliceFeedbackReceived", "Gateway_DnaMatch");
  }

  @Test
  void aPaperAnswerOfAMatchGoesToIdentityConfirmation() {
    String caseNumber = openCase();
    ProcessInstance tracing = start(caseNumber);
    completeComparison(tracing, NO_MATCH, NO);
    completeNotice(tracing);
    completeDnaRequest(tracing);
    fireTimer(tracing, "Catch_PoliceFeedbackDue", "2026-10-28T09:30:00+08:00");
    completeReminder(tracing, YES);
    complete(task(tracing, "Task_RecordPoliceFeedback"), Map.of(POLICE_FEEDBACK_DATE, "2026-10-29", DNA_MATCH,
        MATCHED));

    assertThat(tracing).isWaitingAt("Task_ConfirmDnaIdentity", "Task_SupervisePoliceFeedback");
  }

  // ---- 5. a family calls while the center waits for the police

  @Test
  void aFamilyCallThatCannotBeVerifiedReturnsToWaitingAndAVerifiedOneIdentifiesThePerson() {
    String caseNumber = openCase();
    ProcessInstance tracing = start(caseNumber);
    completeComparison(tracing, NO_MATCH, NO);
    completeDnaRequest(tracing);
    fireTimer(tracing, "Timer_TracingNoticeOverdue", "2026-09-29T09:30:00+08:00");

    familyContact(caseNumber);
    Task verify = task(tracing, "Task_VerifyFamilyContact");
    assertThat(verify).hasCandidateGroup(CASEWORKERS);
    assertThat(deployedFormOf(verify)).contains("\"id\": \"tracing-verify-family-contact\"");
    complete(verify, Map.of(PersonalFields.FAMILY_CONTACTS, "测试人丙 13800000000", FAMILY_RELATION, "sibling",
        FAMILY_CONTACT_CONFIRMED, NO));
    assertThat(tracing).isWaitingAt("Gateway_AwaitPoliceFeedback");
    assertThat(tracing).variables().doesNotContainKeys(FAMILY_CONTACT_CONFIRMED, FAMILY_RELATION);

    familyContact(caseNumber);
    complete(task(tracing, "Task_VerifyFamilyContact"), Map.of(PersonalFields.FAMILY_CONTACTS,
        "测试人丁（儿子）13900000000", FAMILY_RELATION, "child", FAMILY_CONTACT_CONFIRMED, YES,
        PersonalFields.NAME, FICTIONAL_NAME, PersonalFields.HOUSEHOLD_PLACE, "测试省测试镇"));

    assertThat(tracing).isEnded().hasPassed("End_IdentifiedByFamily");
    assertThat(outcomeOf(tracing)).isEqualTo(IDENTIFIED);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber))
        .containsEntry("familyContacts", "测试人丁（儿子）13900000000").containsEntry("name", FICTIONAL_NAME);
  }

  // ---- messages and the call from the case

  @Test
  void messagesReachOnlyTheCaseNamedByTheBusinessKey() {
    String first = openCase();
    String second = openCase();
    ProcessInstance firstTracing = start(first);
    ProcessInstance secondTracing = start(second);
    for (ProcessInstance tracing : List.of(firstTracing, secondTracing)) {
      completeComparison(tracing, NO_MATCH, NO);
      completeNotice(tracing);
      completeDnaRequest(tracing);
    }

    policeFeedback(second, MATCHED);
    familyContact(first);

    assertThat(secondTracing).isWaitingAt("Task_ConfirmDnaIdentity");
    assertThat(firstTracing).isWaitingAt("Task_VerifyFamilyContact").hasNotPassed("Catch_PoliceDnaFeedback");
    assertThatThrownBy(() -> policeFeedback("qingshan-20260928-9999", NO_MATCH))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
  }

  @Test
  void missingOrUnknownAnswersAreRefusedAndTheCaseStaysWhereItWas() {
    String caseNumber = openCase();
    ProcessInstance tracing = start(caseNumber);
    Task compare = task(tracing, "Task_CompareBiometrics");
    assertRefused(() -> complete(compare, Map.of(BIOMETRIC_MATCH, "maybe")), "比对结果");
    assertRefused(() -> complete(compare, Map.of(BIOMETRIC_MATCH, NO_MATCH)), "疑似走失");
    assertThat(tracing).isWaitingAt("Task_CompareBiometrics");
    completeComparison(tracing, NO_MATCH, NO);
    completeNotice(tracing);
    completeDnaRequest(tracing);

    for (Object dnaMatch : new Object[] {null, "perhaps", 5}) {
      assertRefused(() -> processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_POLICE_DNA_FEEDBACK)
          .processInstanceBusinessKey(caseNumber).setVariable(DNA_MATCH, dnaMatch).correlate(), "dnaMatch");
    }
    assertThat(tracing).isWaitingAt("Gateway_AwaitPoliceFeedback").hasNotPassed("Catch_PoliceDnaFeedback");
    assertThat(processEngine.getRuntimeService().getVariables(tracing.getId())).doesNotContainKey(DNA_MATCH);

    familyContact(caseNumber);
    Task verify = task(tracing, "Task_VerifyFamilyContact");
    assertRefused(() -> complete(verify, Map.of(FAMILY_RELATION, "sibling")), "核实结果");
    assertRefused(() -> complete(verify, Map.of(FAMILY_RELATION, "neighbour", FAMILY_CONTACT_CONFIRMED, NO)),
        "关系");
    complete(verify, Map.of(FAMILY_RELATION, "sibling", FAMILY_CONTACT_CONFIRMED, NO));
    policeFeedback(caseNumber, MATCHED);
    Task confirm = task(tracing, "Task_ConfirmDnaIdentity");
    assertRefused(() -> complete(confirm, Map.of(IDENTITY_CONFIRMED, true)), "身份是否确认");
    assertRefused(() -> complete(confirm, Map.of(IDENTITY_CONFIRMED, NO, IDENTITY_VERIFICATION, "rumour")),
        "核实方式");
    complete(confirm, Map.of(IDENTITY_VERIFICATION, "family", IDENTITY_CONFIRMED, NO));
    Task conclude = task(tracing, "Task_ConcludeTracing");
    assertRefused(() -> complete(conclude, Map.of(TRACING_SUMMARY, "暂无线索")), "寻亲结论");
    assertRefused(() -> complete(conclude, Map.of(TRACING_SUMMARY, "暂无线索", TRACING_CONCLUSION, UNIDENTIFIED,
        ESCALATE_TO_HIGHER_LEVEL, "yes please")), "报请上级民政部门协查");
    assertThat(tracing).isWaitingAt("Task_ConcludeTracing");
  }

  @Test
  void unknownAnswersOfThePoliceReminderAndThePaperFeedbackAreRefused() {
    String caseNumber = openCase();
    ProcessInstance tracing = start(caseNumber);
    completeComparison(tracing, NO_MATCH, YES);
    Task report = task(tracing, "Task_ReportSuspectedMissing");
    assertRefused(() -> complete(report, Map.of(SUSPECTED_SITUATION, "kidnapped-by-aliens")), "疑似情形");
    completeReport(tracing);
    completeNotice(tracing);
    completeDnaRequest(tracing);
    fireTimer(tracing, "Catch_PoliceFeedbackDue", "2026-10-28T09:30:00+08:00");

    Task remind = task(tracing, "Task_RemindPolice");
    assertRefused(() -> complete(remind, Map.of(POLICE_REMINDER_CHANNEL, "letter")), "书面反馈");
    assertRefused(() -> complete(remind, Map.of(POLICE_REMINDER_CHANNEL, "pigeon", POLICE_FEEDBACK_ON_PAPER, YES)),
        "催告方式");
    completeReminder(tracing, YES);
    Task record = task(tracing, "Task_RecordPoliceFeedback");
    assertRefused(() -> complete(record, Map.of(POLICE_FEEDBACK_DATE, "2026-11-02", DNA_MATCH, "MATCHED")),
        "DNA比对结果");
    assertThat(tracing).isWaitingAt("Task_RecordPoliceFeedback");
  }

  private static void assertRefused(ThrowingCallable call, String messagePart) {
    Throwable thrown = catchThrowable(call);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException badInput) {
        assertThat(badInput).hasMessageContaining(messagePart);
        return;
      }
    }
    throw new AssertionError("expected a refusal mentioning " + messagePart + ", got " + thrown, thrown);
  }

  @Test
  void calledFromACaseItRunsUnderTheCaseNumberAndHandsTheOutcomeBack() {
    String caseNumber = openCase();
    ProcessInstance caller = processEngine.getRuntimeService().startProcessInstanceByKey(
        "identity-tracing-caller", caseNumber, Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY));
    ProcessInstance tracing = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(caller.getId()).singleResult();

    assertThat(tracing.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(tracing).variables().containsEntry(CASE_NUMBER, caseNumber).containsEntry(CASE_AGENCY, AGENCY);
    completeComparison(tracing, NO_MATCH, NO);
    completeNotice(tracing);
    completeDnaRequest(tracing);
    policeFeedback(caseNumber, NO_MATCH);
    complete(task(tracing, "Task_ConcludeTracing"), Map.of(TRACING_SUMMARY, "暂无线索",
        TRACING_CONCLUSION, UNIDENTIFIED));

    assertThat(caller).isEnded().hasPassed("End_TracingDone");
    assertThat(outcomeOf(caller)).isEqualTo(UNIDENTIFIED);
  }

  // ---- steps

  private void completeComparison(ProcessInstance tracing, String match, String suspectedMissing) {
    Map<String, Object> form = new HashMap<>();
    form.put(BIOMETRIC_QUERY_DATE, "2026-09-28");
    form.put(BIOMETRIC_QUERY_REFERENCE, "JZ-2026-000123");
    form.put(BIOMETRIC_COMPARISONS, SpinValues.jsonValue("[\"" + FINGERPRINT + "\",\"" + FACE + "\"]").create());
    form.put(BIOMETRIC_MATCH, match);
    form.put(SUSPECTED_MISSING, suspectedMissing);
    complete(task(tracing, "Task_CompareBiometrics"), form);
  }

  private void completeReport(ProcessInstance tracing) {
    complete(task(tracing, "Task_ReportSuspectedMissing"), Map.of(SUSPECTED_SITUATION, "lost",
        POLICE_REPORT_DATE, "2026-09-28", POLICE_REPORT_AUTHORITY, "测试市公安局测试派出所"));
  }

  private void completeNotice(ProcessInstance tracing) {
    complete(task(tracing, "Task_PublishTracingNotice"), Map.of(TRACING_NOTICE_DATE, "2026-09-28",
        TRACING_NOTICE_CHANNELS, SpinValues.jsonValue("[\"national-site\"]").create()));
  }

  private void completeDnaRequest(ProcessInstance tracing) {
    complete(task(tracing, "Task_RequestDnaSample"), Map.of(DNA_REQUEST_DATE, "2026-09-30",
        DNA_REQUEST_AUTHORITY, "测试市公安局"));
  }

  private void completeReminder(ProcessInstance tracing, String answeredOnPaper) {
    complete(task(tracing, "Task_RemindPolice"), Map.of(POLICE_REMINDER_DATE, "2026-11-02",
        POLICE_REMINDER_CHANNEL, "letter", POLICE_FEEDBACK_ON_PAPER, answeredOnPaper));
  }

  private void completeSupervision(Task task) {
    complete(task, Map.of("supervisionAction", "urged", "supervisionNote", "已督促承办人员当日办理"));
  }

  private void policeFeedback(String caseNumber, String dnaMatch) {
    processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_POLICE_DNA_FEEDBACK)
        .processInstanceBusinessKey(caseNumber).setVariable(DNA_MATCH, dnaMatch).correlate();
  }

  private void familyContact(String caseNumber) {
    processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_FAMILY_CONTACT)
        .processInstanceBusinessKey(caseNumber).correlate();
  }

  // ---- engine helpers

  /** A real case at the agency, opened the way the case registry does: a case number and an empty case file. */
  private static String openCase() {
    String caseNumber = new CaseNumbers(EngineTestSupport.dataSource()).next(AGENCY, ADMITTED.toLocalDate());
    EngineTestSupport.caseFiles().open(caseNumber, AGENCY);
    return caseNumber;
  }

  private ProcessInstance start(String caseNumber) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        Map.of(CASE_NUMBER, caseNumber, CASE_AGENCY, AGENCY));
  }

  private Task task(ProcessInstance instance, String taskKey) {
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  /** Moves the clock to the moment the timer is due, checks that it is due then, and runs it. */
  private void fireTimer(ProcessInstance instance, String activityId, String when) {
    Job timer = timer(instance, activityId);
    assertThat(timer).as("timer %s", activityId).isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(at(when));
    clockAt(ZonedDateTime.parse(when));
    assertThat(processEngine.getManagementService().createJobQuery().jobId(timer.getId()).executable().count())
        .isEqualTo(1);
    processEngine.getManagementService().executeJob(timer.getId());
  }

  private Object outcomeOf(ProcessInstance instance) {
    HistoricVariableInstance outcome = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(TRACING_OUTCOME).singleResult();
    assertThat(outcome).as("%s of %s", TRACING_OUTCOME, instance.getId()).isNotNull();
    return outcome.getValue();
  }

  /** A fictional but well-formed resident ID number (GB 11643 check character computed here). */
  private static String fictionalIdNumber(String region, String birthDate, String sequence) {
    String digits = region + birthDate + sequence;
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return digits + "10X98765432".charAt(sum % 11);
  }
}
