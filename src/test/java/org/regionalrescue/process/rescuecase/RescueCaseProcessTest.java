package org.regionalrescue.process.rescuecase;

import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.CASE_AGENCY;
import static org.regionalrescue.process.rescuecase.RescueCaseVariables.PROCESS_KEY;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalrescue.calendar.Deadlines;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.support.ApplicationConfiguration;
import org.regionalrescue.support.EngineTestSupport;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.process.assistancedispatch.AssistanceReceivers;
import org.regionalrescue.process.jointhandling.PartnerDepartments;
import org.regionalrescue.support.ProcessAssertions;
import org.regionalrescue.support.FictionalPeople;

/**
 * Every path of {@code rescue-case}. The processes it calls are stand-ins here (a task the test completes with the
 * outcome it needs); they have tests of their own, and the application test runs them together.
 */
@Deployment(resources = {
    "processes/rescue-case.bpmn",
    "processes/rescue-classification.dmn",
    "standins/medical-treatment.bpmn",
    "standins/identity-tracing.bpmn",
    "standins/return-home.bpmn",
    "standins/welfare-referral.bpmn",
    "standins/settlement.bpmn",
    "standins/return-follow-up.bpmn",
    "standins/escalation.bpmn",
    "standins/assistance-dispatch.bpmn",
    "standins/joint-handling.bpmn",
    "forms/rescue-walk-in.form",
    "forms/rescue-registration.form",
    "forms/rescue-screening.form",
    "forms/rescue-eligibility-assessment.form",
    "forms/rescue-refusal-notice.form",
    "forms/rescue-police-handover.form",
    "forms/rescue-minor-report.form",
    "forms/rescue-care.form",
    "forms/rescue-extension-approval.form",
    "forms/rescue-long-stay-placement.form",
    "forms/rescue-refresh-tracing.form",
    "forms/rescue-self-departure.form",
    "forms/rescue-termination-notice.form",
    "forms/rescue-unannounced-departure.form",
    "forms/rescue-departure-registration.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class RescueCaseProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final Deadlines DEADLINES = ApplicationConfiguration.bind("rescue.deadlines", Deadlines.class);

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    EngineTestSupport.register("checkRegistrationListener", new CheckRegistrationListener());
    EngineTestSupport.register("checkScreeningListener", new CheckScreeningListener());
    EngineTestSupport.register("checkEligibilityListener", new CheckEligibilityListener());
    Organisation organisation = EngineTestSupport.organisation();
    AssistanceReceivers receivers = new AssistanceReceivers(organisation);
    PartnerDepartments departments = new PartnerDepartments(organisation);
    EngineTestSupport.register("checkCareDecisionListener",
        new CheckCareDecisionListener(organisation, receivers, departments));
    EngineTestSupport.register("offerCollaborationListener",
        new OfferCollaborationListener(organisation, receivers, departments));
    EngineTestSupport.register("handOverOpenTasksListener", new HandOverOpenTasksListener());
    EngineTestSupport.register("checkReadmissionDelegate",
        new CheckReadmissionDelegate(EngineTestSupport.caseFiles(), DEADLINES));
    EngineTestSupport.register("issueDocumentListener", new IssueDocumentListener(EngineTestSupport.caseRecords()));
    EngineTestSupport.register("recordDepartureListener", new RecordDepartureListener(EngineTestSupport.caseFiles()));
    ClockUtil.setCurrentTime(at("2026-03-02T09:30:00+08:00"));
  }

  @AfterEach
  void reset() {
    processEngine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- opening a case

  @Test
  void aWalkInIsOpenedForTheCaseworkersAgencyWithANumberOfItsOwn() {
    ProcessInstance rescueCase = walkIn("qingshan.caseworker");

    assertThat(rescueCase).isWaitingAt("Task_RegisterPerson");
    assertThat(rescueCase.getBusinessKey()).matches("qingshan-20260302-\\d{4}");
    assertThat(rescueCase).variables().containsEntry(CASE_AGENCY, "qingshan")
        .containsEntry(RescueCaseVariables.CASE_NUMBER, rescueCase.getBusinessKey());
    assertThat(task(rescueCase)).hasCandidateGroup("qingshan-caseworker");
    assertThat(deployedFormOf(task(rescueCase))).contains("\"id\": \"rescue-registration\"");
    assertThat(EngineTestSupport.caseFiles().exists(rescueCase.getBusinessKey())).isTrue();
  }

  @Test
  void aPoliceHandoverOpensTheCaseByMessageAtTheAgencyItNames() {
    ProcessInstance rescueCase = processEngine.getRuntimeService()
        .createMessageCorrelation(RescueCaseVariables.REFERRAL_MESSAGE)
        .setVariable(CASE_AGENCY, "linjiang")
        .setVariable(RescueCaseVariables.ARRIVAL_CHANNEL, "police")
        .setVariable("handoverUnit", "临江县公安局江口派出所（演示）")
        .setVariable("handoverRecordNumber", "JK-2026-017")
        .correlateStartMessage();

    assertThat(rescueCase).isWaitingAt("Task_RegisterPerson");
    assertThat(rescueCase.getBusinessKey()).startsWith("linjiang-20260302-");
    assertThat(task(rescueCase)).hasCandidateGroup("linjiang-caseworker");
    complete(rescueCase, "Task_RegisterPerson", registration(30, Map.of()));
    assertThat(records(rescueCase)).containsExactly(CaseRecordType.REGISTRATION);
    assertThat(EngineTestSupport.caseRecords().contentOf(rescueCase.getBusinessKey(), CaseRecordType.REGISTRATION))
        .containsEntry("arrivalChannel", "police").containsEntry("handoverRecordNumber", "JK-2026-017");
  }

  @Test
  void caseNumbersCountUpWithinADayRestartTheNextDayAndUseTheDateInChina() {
    String first = openFor("baisha").getBusinessKey();
    String second = openFor("baisha").getBusinessKey();
    ClockUtil.setCurrentTime(at("2026-03-02T16:10:00Z")); // already 3 March in China
    String nextDay = openFor("baisha").getBusinessKey();

    int firstSequence = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
    assertThat(second).isEqualTo("baisha-20260302-%04d".formatted(firstSequence + 1));
    assertThat(nextDay).isEqualTo("baisha-20260303-0001");
  }

  @Test
  void casesWithoutAValidAgencyOrForAnotherAgencyAreRefusedAndNothingIsCreated() {
    assertRefused(null, Map.of(), "caseAgency");
    assertRefused(null, Map.of(CASE_AGENCY, "atlantis"), "未知的机构代码");
    assertRefused(null, Map.of(CASE_AGENCY, 42), "应为文本");
    assertRefused("linjiang.caseworker", Map.of(CASE_AGENCY, "qingshan"), "不属于机构");
    assertRefused("policy.staff", Map.of(), "无法确定用户");
    assertRefused(null, Map.of(CASE_AGENCY, "qingshan", RescueCaseVariables.ARRIVAL_CHANNEL, "teleport"), "来源渠道");
    assertRefused(null, Map.of(CASE_AGENCY, "qingshan", RescueCaseVariables.ARRIVAL_CHANNEL, 7), "来源渠道");
  }

  // ---------------------------------------------------------------- registration and personal data

  @Test
  void personalDataMovesIntoTheCaseFileAndNeverIntoHistory() {
    ProcessInstance rescueCase = openFor("qingshan");
    String idNumber = FictionalPeople.idNumber("19800101");

    complete(rescueCase, "Task_RegisterPerson", registration(45, Map.of(
        "person_name", FictionalPeople.NAME, "person_idNumber", idNumber, "person_familyContacts", "测试亲属乙 000-0000")));

    Map<String, Object> person = EngineTestSupport.caseFiles().person(rescueCase.getBusinessKey());
    assertThat(person).containsEntry("name", FictionalPeople.NAME).containsEntry("idNumber", idNumber);
    assertThat(processEngine.getRuntimeService().getVariables(rescueCase.getId())).doesNotContainKeys(
        "person_name", "person_idNumber", "person_familyContacts");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(rescueCase.getId()).list())
        .noneMatch(v -> v.getName().startsWith("person_"))
        .noneMatch(v -> String.valueOf(v.getValue()).contains(FictionalPeople.NAME));
    assertThat(processEngine.getHistoryService().createHistoricDetailQuery().processInstanceId(rescueCase.getId())
        .list()).noneMatch(d -> d.toString().contains(FictionalPeople.NAME));
  }

  @Test
  void aWrongIdNumberIsRefusedAndTheRegistrationStaysOpenWithNothingKept() {
    ProcessInstance rescueCase = openFor("qingshan");
    String wrong = FictionalPeople.idNumber("19800101").substring(0, 17) + "0";
    String wrongCheckDigit = wrong.equals(FictionalPeople.idNumber("19800101")) ? wrong.substring(0, 17) + "1" : wrong;
    Task registration = task(rescueCase);

    BadUserRequestException refused = badInput(() -> processEngine.getTaskService().complete(registration.getId(),
        registration(45, Map.of("person_name", FictionalPeople.NAME, "person_idNumber", wrongCheckDigit))));
    assertThat(refused).hasMessageContaining("身份证号码").hasMessageNotContaining(wrongCheckDigit);

    assertThat(rescueCase).isWaitingAt("Task_RegisterPerson");
    assertThat(EngineTestSupport.caseFiles().person(rescueCase.getBusinessKey())).isEmpty();
  }

  @Test
  void anAgeThatIsNotANumberIsRefused() {
    ProcessInstance rescueCase = openFor("qingshan");
    Task registration = task(rescueCase);

    assertThat(badInput(() -> processEngine.getTaskService().complete(registration.getId(),
        Map.of("age", "about forty", "sex", "male")))).hasMessageContaining("年龄");
    assertThat(rescueCase).isWaitingAt("Task_RegisterPerson");
  }

  @Test
  void malformedRegistrationAnswersAreRefused() {
    ProcessInstance rescueCase = openFor("qingshan");
    Task registration = task(rescueCase);

    assertThat(badInput(() -> processEngine.getTaskService().complete(registration.getId(),
        registration(40, Map.of("consentToHelp", 5))))).hasMessageContaining("本人自愿接受救助");
    assertThat(badInput(() -> processEngine.getTaskService().complete(registration.getId(),
        registration(40, Map.of("sex", "<b>x</b>"))))).hasMessageContaining("性别");
    assertThat(rescueCase).isWaitingAt("Task_RegisterPerson");
  }

  @Test
  void unknownOrMissingScreeningFindingsAndAssessmentAnswersAreRefusedAndTheTaskStaysOpen() {
    ProcessInstance rescueCase = registered(35, Map.of());
    Task screening = task(rescueCase, "Task_ScreenPerson");

    assertThat(badInput(() -> processEngine.getTaskService().complete(screening.getId(), screening("weird", "none"))))
        .hasMessageContaining("身体和精神状况");
    assertThat(badInput(() -> processEngine.getTaskService().complete(screening.getId(),
        Map.of("securityCheckDone", true, "healthFinding", "none")))).hasMessageContaining("行为状况");
    assertThat(badInput(() -> processEngine.getTaskService().complete(screening.getId(),
        Map.of("securityCheckDone", 5, "healthFinding", "none", "behaviourFinding", "none"))))
        .hasMessageContaining("已完成安全检查");
    assertThat(rescueCase).isWaitingAt("Task_ScreenPerson").hasNotPassed("CallActivity_MedicalTreatment");

    complete(rescueCase, "Task_ScreenPerson", screening("none", "none"));
    Task assessment = task(rescueCase, "Task_AssessEligibility");
    assertThat(badInput(() -> processEngine.getTaskService().complete(assessment.getId(),
        assessment(Map.of("cannotPayFoodLodging", "maybe"))))).hasMessageContaining("自身无力解决食宿");
    assertThat(badInput(() -> processEngine.getTaskService().complete(assessment.getId(),
        assessment(Map.of("otherSchemeNeed", 3))))).hasMessageContaining("需衔接的其他救助");
    assertThat(badInput(() -> processEngine.getTaskService().complete(assessment.getId(),
        assessment(Map.of("domesticViolence", "sometimes"))))).hasMessageContaining("家庭暴力受害人");
    assertThat(rescueCase).isWaitingAt("Task_AssessEligibility");
    admit(rescueCase);
  }

  // ---------------------------------------------------------------- screening routes

  @Test
  void aDrunkAndThreateningPersonIsHandedToThePoliceInWriting() {
    ProcessInstance rescueCase = registered(35, Map.of());

    complete(rescueCase, "Task_ScreenPerson", screening("none", "drunk-threatening"));
    complete(rescueCase, "Task_HandOverToPolice",
        Map.of("handoverPoliceStation", "东湖市公安局南门派出所（演示）", "handoverRecordNumber", "JJ-001", "handoverSigned", true));

    assertThat(rescueCase).isEnded().hasPassed("End_HandedToPolice");
    assertThat(records(rescueCase)).containsExactly(CaseRecordType.REGISTRATION, CaseRecordType.POLICE_HANDOVER);
  }

  @Test
  void anInjuredPersonIsTreatedInHospitalAndThenAssessed() {
    ProcessInstance rescueCase = registered(35, Map.of());
    complete(rescueCase, "Task_ScreenPerson", screening("injury", "none"));

    executeJob(rescueCase, "CallActivity_MedicalTreatment");
    ProcessInstance treatment = calledProcess(rescueCase, "medical-treatment");
    assertThat(treatment).variables().containsEntry("medicalReason", "injury").containsEntry(CASE_AGENCY, "qingshan");
    assertThat(treatment.getBusinessKey()).isEqualTo(rescueCase.getBusinessKey());
    completeStandIn(treatment, Map.of("medicalOutcome", "returned-to-station"));

    assertThat(rescueCase).isWaitingAt("Task_AssessEligibility");
  }

  @Test
  void aPersonWhoLeavesHospitalWithoutFormalitiesHasGivenUpHelp() {
    ProcessInstance rescueCase = registered(35, Map.of());
    complete(rescueCase, "Task_ScreenPerson", screening("mental-disorder", "none"));
    executeJob(rescueCase, "CallActivity_MedicalTreatment");

    completeStandIn(calledProcess(rescueCase, "medical-treatment"), Map.of("medicalOutcome", "left-without-formalities"));

    assertThat(rescueCase).isEnded().hasPassed("End_LeftHospital");
  }

  @Test
  void aPersonDischargedHomeFromHospitalIsRegisteredAsDepartedAndFollowedUp() {
    ProcessInstance rescueCase = registered(70, Map.of());
    complete(rescueCase, "Task_ScreenPerson", screening("critical-illness", "none"));
    executeJob(rescueCase, "CallActivity_MedicalTreatment");
    completeStandIn(calledProcess(rescueCase, "medical-treatment"), Map.of("medicalOutcome", "went-home"));

    registerDeparture(rescueCase);
    executeJob(rescueCase, "CallActivity_ReturnFollowUp");
    completeStandIn(calledProcess(rescueCase, "return-follow-up"), Map.of());

    assertThat(rescueCase).isEnded().hasPassed("Task_RegisterDeparture", "End_Returned");
  }

  // ---------------------------------------------------------------- classification

  @Test
  void aPersonWhoHasMeansIsRefusedWithAWrittenNotice() {
    ProcessInstance rescueCase = screened(35, Map.of());

    complete(rescueCase, "Task_AssessEligibility", assessment(Map.of("cannotPayFoodLodging", "no")));
    assertThat(rescueCase).isWaitingAt("Task_IssueRefusalNotice").variables().containsEntry("refusalReason", "can-pay");
    complete(rescueCase, "Task_IssueRefusalNotice", Map.of("refusalExplanation", "本人持有足够路费。", "noticeDelivered", true));

    assertThat(rescueCase).isEnded().hasPassed("End_Refused");
    assertThat(records(rescueCase)).containsExactly(CaseRecordType.REGISTRATION, CaseRecordType.REFUSAL_NOTICE);
  }

  @Test
  void anAdultWhoLeftAnotherStationWithinAMonthIsRefusedAsAReadmission() {
    String idNumber = FictionalPeople.idNumber("19750505");
    ProcessInstance earlier = screened(40, Map.of("person_idNumber", idNumber));
    admit(earlier);
    decideCare(earlier, "self-departure", Map.of());
    complete(earlier, "Task_RecordSelfDeparture", Map.of("declarationSigned", true));
    registerDeparture(earlier);
    assertThat(earlier).isEnded().hasPassed("End_Departed");

    ClockUtil.setCurrentTime(at("2026-03-20T10:00:00+08:00"));
    ProcessInstance again = screened(40, Map.of("person_idNumber", idNumber));
    complete(again, "Task_AssessEligibility", assessment(Map.of()));

    assertThat(again).isWaitingAt("Task_IssueRefusalNotice").variables()
        .containsEntry("readmission", true).containsEntry("refusalReason", "readmission-within-window");
  }

  @Test
  void aMinorIsReportedToThePoliceTakenIntoTemporaryGuardianshipAndCannotLeaveAlone() {
    ProcessInstance rescueCase = screened(15, Map.of());
    complete(rescueCase, "Task_AssessEligibility", assessment(Map.of()));

    assertThat(rescueCase).isWaitingAt("Task_ReportMinor");
    complete(rescueCase, "Task_ReportMinor", Map.of("minorReportNumber", "BA-15", "guardianshipMeasures", "专人照料"));
    assertThat(rescueCase).isWaitingAt("Task_CareInStation", "CallActivity_IdentityTracing");
    assertThat(task(rescueCase, "Task_CareInStation").getDueDate()).isNull();

    Task care = task(rescueCase, "Task_CareInStation");
    assertThat(badInput(() -> processEngine.getTaskService().complete(care.getId(), Map.of("careDecision", "self-departure"))))
        .hasMessageContaining("不能自行离站");
    assertThat(rescueCase).isWaitingAt("Task_CareInStation");
    assertThat(records(rescueCase)).containsExactly(CaseRecordType.REGISTRATION, CaseRecordType.MINOR_REPORT);
  }

  @Test
  void aVictimOfDomesticViolenceIsReferredToTheShelterScheme() {
    ProcessInstance rescueCase = screened(30, Map.of());
    complete(rescueCase, "Task_AssessEligibility", assessment(Map.of("domesticViolence", true)));

    executeJob(rescueCase, "CallActivity_ReferToScheme");
    ProcessInstance referral = calledProcess(rescueCase, "welfare-referral");
    assertThat(referral).variables().containsEntry("referralScheme", "domestic-violence");
    completeStandIn(referral, Map.of());

    assertThat(rescueCase).isEnded().hasPassed("End_Referred");
  }

  @Test
  void aPersonForAnotherSchemeIsReferredToIt() {
    ProcessInstance rescueCase = screened(50, Map.of());
    complete(rescueCase, "Task_AssessEligibility", assessment(Map.of("otherSchemeNeed", "destitute-support")));

    executeJob(rescueCase, "CallActivity_ReferToScheme");
    assertThat(calledProcess(rescueCase, "welfare-referral")).variables()
        .containsEntry("referralScheme", "destitute-support");
  }

  // ---------------------------------------------------------------- care, tracing and return

  @Test
  void theCommonPathAdmittedTracedFamilyFoundReturnedHomeAndFollowedUp() {
    ProcessInstance rescueCase = screened(40, Map.of());
    admit(rescueCase);
    assertThat(task(rescueCase, "Task_CareInStation").getDueDate())
        .isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(DEADLINES.helpPeriod())));

    completeStandIn(calledProcess(rescueCase, "identity-tracing"), Map.of("tracingOutcome", "identified"));
    decideCare(rescueCase, "return-home", Map.of());
    executeJob(rescueCase, "CallActivity_ReturnHome");
    ProcessInstance returnHome = calledProcess(rescueCase, "return-home");
    assertThat(returnHome).variables().containsEntry("age", 40).containsEntry("lacksCapacity", false)
        .containsEntry("specialDifficulty", false);
    completeStandIn(returnHome, Map.of("returnOutcome", "self-return"));
    registerDeparture(rescueCase);
    executeJob(rescueCase, "CallActivity_ReturnFollowUp");
    completeStandIn(calledProcess(rescueCase, "return-follow-up"), Map.of());

    assertThat(rescueCase).isEnded()
        .hasPassed("End_Identified", "End_DepartureDecided", "Task_RegisterDeparture", "End_Returned");
    assertThat(records(rescueCase)).containsExactly(CaseRecordType.REGISTRATION, CaseRecordType.DEPARTURE_REGISTRATION);
  }

  @Test
  void aCancelledEscortBringsThePersonBackIntoCare() {
    ProcessInstance rescueCase = admittedAdult();
    decideCare(rescueCase, "return-home", Map.of());
    executeJob(rescueCase, "CallActivity_ReturnHome");

    completeStandIn(calledProcess(rescueCase, "return-home"), Map.of("returnOutcome", "escort-cancelled"));

    assertThat(rescueCase).isWaitingAt("Task_CareInStation", "CallActivity_IdentityTracing")
        .hasNotPassed("Task_RegisterDeparture");
  }

  @Test
  void aPersonWhoLeftTheEscortOnTheWayIsRegisteredAsDepartedWithoutFollowUp() {
    ProcessInstance rescueCase = admittedAdult();
    decideCare(rescueCase, "return-home", Map.of());
    executeJob(rescueCase, "CallActivity_ReturnHome");
    completeStandIn(calledProcess(rescueCase, "return-home"), Map.of("returnOutcome", "escort-abandoned"));

    registerDeparture(rescueCase);

    assertThat(rescueCase).isEnded().hasPassed("End_Departed").hasNotPassed("CallActivity_ReturnFollowUp");
  }

  @Test
  void anExtensionIsApprovedByTheSupervisorAndFiledWithTheHigherOffice() {
    ProcessInstance rescueCase = admittedAdult();

    decideCare(rescueCase, "extend", Map.of("extensionReason", "等待亲属来接"));
    assertThat(task(rescueCase, "Task_ApproveExtension")).hasCandidateGroup("qingshan-supervisor");
    complete(rescueCase, "Task_ApproveExtension",
        Map.of("extensionApproved", "yes", "approvalNote", "同意延长5日", "filedWithHigherOffice", true));

    assertThat(rescueCase).isWaitingAt("Task_CareInStation", "CallActivity_IdentityTracing");
    assertThat(records(rescueCase)).containsExactly(CaseRecordType.REGISTRATION, CaseRecordType.EXTENSION_FILING);
  }

  @Test
  void aMissedHelpPeriodDecisionGoesToTheSupervisor() {
    ProcessInstance rescueCase = admittedAdult();

    fireTimer(rescueCase, "Event_HelpPeriodEnds", DEADLINES.helpPeriod());
    escalationAnswers(rescueCase, "CallActivity_DeadlineEscalation", "not-required", "qingshan");

    assertThat(task(rescueCase, "Task_SuperviseHelpPeriod")).hasCandidateGroup("qingshan-supervisor");
    complete(rescueCase, "Task_SuperviseHelpPeriod", Map.of("supervisionAction", "urged", "supervisionNote", "已督促"));
    assertThat(rescueCase).hasPassed("End_HelpPeriodSupervised").isWaitingAt("Task_CareInStation");
  }

  @Test
  void theHelpPeriodDoesNotBindAPersonLackingCapacity() {
    ProcessInstance rescueCase = screened(40, Map.of("lacksCapacity", true));
    complete(rescueCase, "Task_AssessEligibility", assessment(Map.of()));
    assertThat(rescueCase).variables().containsEntry("helpPeriodApplies", false);

    fireTimer(rescueCase, "Event_HelpPeriodEnds", DEADLINES.helpPeriod());

    assertThat(rescueCase).hasPassed("End_PeriodNotApplicable").isWaitingAt("Task_CareInStation");
  }

  @Test
  void whileUnidentifiedTracingIsRefreshedEveryMonthAndAFamilysCallStartsItAgain() {
    ProcessInstance rescueCase = admittedAdult();
    completeStandIn(calledProcess(rescueCase, "identity-tracing"), Map.of("tracingOutcome", "unidentified"));
    assertThat(rescueCase).isWaitingAt("Gateway_WaitForLeads", "Task_CareInStation");

    fireTimer(rescueCase, "Catch_TracingRefreshDue", DEADLINES.tracingRefresh());
    complete(rescueCase, "Task_RefreshTracingInfo", Map.of("tracingInfoRefreshed", true));
    assertThat(rescueCase).isWaitingAt("Gateway_WaitForLeads");

    processEngine.getRuntimeService().createMessageCorrelation(RescueCaseVariables.FAMILY_CONTACT_MESSAGE)
        .processInstanceBusinessKey(rescueCase.getBusinessKey()).correlate();
    assertThat(calledProcess(rescueCase, "identity-tracing")).isNotNull();
  }

  @Test
  void anUnidentifiedPersonStayingTenDaysGetsAPlacementDecision() {
    ProcessInstance rescueCase = admittedAdult();
    completeStandIn(calledProcess(rescueCase, "identity-tracing"), Map.of("tracingOutcome", "unidentified"));

    fireTimer(rescueCase, "Event_LongStay", DEADLINES.longStayPlacement());
    ProcessInstance escalation = escalationAnswers(rescueCase, "CallActivity_LongStayEscalation", "declined",
        "qingshan");
    assertThat(escalation).variables().containsEntry("escalationSituation", "long-stay")
        .containsEntry("escalationTrigger", "automatic").containsEntry("healthFinding", "none");

    assertThat(task(rescueCase, "Task_ChooseLongStayPlacement")).hasCandidateGroup("qingshan-caseworker");
    complete(rescueCase, "Task_ChooseLongStayPlacement", Map.of("longStayPlacement", "outsourced-care"));
    assertThat(rescueCase).hasPassed("End_PlacementChosen").isWaitingAt("Task_CareInStation");
  }

  @Test
  void anIdentifiedPersonNeedsNoLongStayPlacement() {
    ProcessInstance rescueCase = admittedAdult();
    completeStandIn(calledProcess(rescueCase, "identity-tracing"), Map.of("tracingOutcome", "identified"));

    fireTimer(rescueCase, "Event_LongStay", DEADLINES.longStayPlacement());

    assertThat(rescueCase).hasPassed("End_LongStayIdentified").isWaitingAt("Task_CareInStation");
  }

  @Test
  void anUnidentifiedPersonAfterThreeMonthsIsSettled() {
    ProcessInstance rescueCase = admittedAdult();
    completeStandIn(calledProcess(rescueCase, "identity-tracing"), Map.of("tracingOutcome", "unidentified"));

    fireTimer(rescueCase, "Event_SettlementDue", DEADLINES.settlement());
    executeJob(rescueCase, "CallActivity_Settlement");
    completeStandIn(calledProcess(rescueCase, "settlement"), Map.of());

    assertThat(rescueCase).isEnded().hasPassed("End_Settled");
  }

  @Test
  void aPersonIdentifiedDuringSettlementReturnsHome() {
    ProcessInstance rescueCase = admittedAdult();
    completeStandIn(calledProcess(rescueCase, "identity-tracing"), Map.of("tracingOutcome", "unidentified"));
    fireTimer(rescueCase, "Event_SettlementDue", DEADLINES.settlement());
    executeJob(rescueCase, "CallActivity_Settlement");
    assertThat(calledProcess(rescueCase, "settlement")).variables().containsEntry("age", 40);

    completeStandIn(calledProcess(rescueCase, "settlement"), Map.of("settlementOutcome", "identified-return"));

    assertThat(rescueCase).isWaitingAt("CallActivity_ReturnHome");
  }

  // ---------------------------------------------------------------- the referral modes of the pilot

  @Test
  void aMissedHelpPeriodEscalatedToTheCenterMovesTheOpenCareTaskToItsCaseworkers() {
    ProcessInstance rescueCase = admittedAdult();
    assertThat(task(rescueCase, "Task_CareInStation")).hasCandidateGroup("qingshan-caseworker");

    fireTimer(rescueCase, "Event_HelpPeriodEnds", DEADLINES.helpPeriod());
    ProcessInstance escalation = escalationAnswers(rescueCase, "CallActivity_DeadlineEscalation", "accepted",
        "donghu-center");

    assertThat(escalation).variables().containsEntry("escalationSituation", "help-period-missed")
        .containsEntry("escalationStep", "care").containsEntry("escalationTrigger", "automatic");
    assertThat(rescueCase).hasPassed("End_EscalatedToCenter").isWaitingAt("Task_CareInStation").variables()
        .containsEntry("caseAgency", "donghu-center");
    Task care = task(rescueCase, "Task_CareInStation");
    assertThat(care).hasCandidateGroup("donghu-center-caseworker");
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(care.getId()))
        .noneMatch(link -> "qingshan-caseworker".equals(link.getGroupId()));
  }

  @Test
  void aCaseworkerRequestsEscalationAndTheCenterTakesOverTheCare() {
    ProcessInstance rescueCase = admittedAdult();

    decideCare(rescueCase, "escalate", Map.of("escalationReason", "psychiatric", "escalationNote", "需精神科会诊"));
    ProcessInstance escalation = escalationAnswers(rescueCase, "CallActivity_Escalation", "accepted",
        "donghu-center");

    assertThat(escalation).variables().containsEntry("escalationStep", "care")
        .containsEntry("escalationTrigger", "request").containsEntry("escalationReason", "psychiatric");
    assertThat(task(rescueCase, "Task_CareInStation")).hasCandidateGroup("donghu-center-caseworker");
    assertThat(rescueCase).variables().containsEntry("caseAgency", "donghu-center");
  }

  @Test
  void aDeclinedEscalationLeavesTheCareWithTheCounty() {
    ProcessInstance rescueCase = admittedAdult();

    decideCare(rescueCase, "escalate", Map.of("escalationReason", "hard-identification", "escalationNote", ""));
    escalationAnswers(rescueCase, "CallActivity_Escalation", "declined", "qingshan");

    assertThat(task(rescueCase, "Task_CareInStation")).hasCandidateGroup("qingshan-caseworker");
    assertThat(rescueCase).variables().containsEntry("caseAgency", "qingshan")
        .containsEntry("escalationOutcome", "declined");
  }

  @Test
  void theCareFormOffersTheAgencysOwnAreaAndPartnerDepartments() {
    ProcessInstance rescueCase = admittedAdult();
    Task care = task(rescueCase, "Task_CareInStation");

    String receivers = processEngine.getTaskService().getVariableLocal(care.getId(), "assistanceAgencyOptions")
        .toString();
    assertThat(receivers).contains("qingshan-songlin", "松林镇松林村").doesNotContain("linjiang", "donghu-center");
    assertThat(processEngine.getTaskService().getVariableLocal(care.getId(), "jointDepartmentOptions").toString())
        .contains("donghu-police", "东湖市公安局", "donghu-health");
  }

  @Test
  void theCenterRequestsAssistanceFromATownshipAndTheCareGoesOn() {
    ProcessInstance rescueCase = admittedAdult();

    decideCare(rescueCase, "request-assistance", Map.of("assistanceAgency", "qingshan-songlin",
        "assistanceKind", "tracing-visit", "assistanceBrief", "到原籍村核实家庭住址"));
    executeJob(rescueCase, "CallActivity_AssistanceDispatch");
    ProcessInstance dispatch = calledProcess(rescueCase, "assistance-dispatch");
    assertThat(dispatch).variables().containsEntry("assistanceAgency", "qingshan-songlin")
        .containsEntry("assistanceKind", "tracing-visit");
    completeStandIn(dispatch, Map.of("assistanceOutcome", "done"));

    assertThat(rescueCase).hasPassed("Gateway_CollaborationDone").isWaitingAt("Task_CareInStation").variables()
        .containsEntry("assistanceOutcome", "done");
  }

  @Test
  void jointHandlingWithPartnerDepartmentsRoutesTheCase() {
    ProcessInstance rescueCase = admittedAdult();

    decideCare(rescueCase, "joint-handling", Map.of("jointDepartments", "donghu-police，donghu-health",
        "jointTopic", "协查身份并评估健康状况"));
    executeJob(rescueCase, "CallActivity_JointHandling");
    ProcessInstance joint = calledProcess(rescueCase, "joint-handling");
    assertThat(joint).variables().containsEntry("jointDepartments", List.of("donghu-police", "donghu-health"));
    completeStandIn(joint, Map.of("jointResult", "continue"));
    assertThat(rescueCase).isWaitingAt("Task_CareInStation");

    decideCare(rescueCase, "joint-handling", Map.of("jointDepartments", List.of("donghu-hrss"),
        "jointTopic", "协助返乡就业"));
    executeJob(rescueCase, "CallActivity_JointHandling");
    completeStandIn(calledProcess(rescueCase, "joint-handling"), Map.of("jointResult", "return"));

    assertThat(rescueCase).hasPassed("End_JointReturn").isWaitingAt("CallActivity_ReturnHome").variables()
        .containsEntry("careDecision", "return-home");
  }

  @Test
  void collaborationRequestsTheProcessesWouldRefuseAreRefusedInTheCareForm() {
    ProcessInstance rescueCase = admittedAdult();
    String care = task(rescueCase, "Task_CareInStation").getId();

    assertCareRefused(care, Map.of("careDecision", "escalate", "escalationReason", "other", "escalationNote", " "),
        "须在提级说明");
    assertCareRefused(care, Map.of("careDecision", "request-assistance", "assistanceAgency", "linjiang-jiangkou",
        "assistanceKind", "tracing-visit", "assistanceBrief", "走访"), "不在“青山县救助管理站”的辖区内");
    assertCareRefused(care, Map.of("careDecision", "request-assistance", "assistanceAgency", "qingshan-songlin",
        "assistanceKind", "training", "assistanceBrief", "走访"), "请选择协助事项");
    assertCareRefused(care, Map.of("careDecision", "joint-handling", "jointDepartments", "[]",
        "jointTopic", "会办"), "至少选择一个");
    assertCareRefused(care, Map.of("careDecision", "joint-handling", "jointDepartments", "donghu-police",
        "jointTopic", " "), "请写明会办事项");
    assertThat(rescueCase).isWaitingAt("Task_CareInStation");
  }

  @Test
  void theRegionalCenterHasNobodyToEscalateTo() {
    ProcessInstance rescueCase = walkIn("center.caseworker");
    complete(rescueCase, "Task_RegisterPerson", registration(40, Map.of()));
    complete(rescueCase, "Task_ScreenPerson", screening("none", "none"));
    admit(rescueCase);

    assertCareRefused(task(rescueCase, "Task_CareInStation").getId(), Map.of("careDecision", "escalate",
        "escalationReason", "long-stay"), "无需提级办理");
  }

  @Test
  void anAdultMayLeaveAtAnyTimeAfterSigningTheDeclaration() {
    ProcessInstance rescueCase = admittedAdult();

    decideCare(rescueCase, "self-departure", Map.of());
    complete(rescueCase, "Task_RecordSelfDeparture", Map.of("declarationSigned", true, "departureNote", "自行返乡"));
    registerDeparture(rescueCase);

    assertThat(rescueCase).isEnded().hasPassed("End_Departed");
    assertThat(records(rescueCase)).containsExactly(
        CaseRecordType.REGISTRATION, CaseRecordType.SELF_DEPARTURE_DECLARATION, CaseRecordType.DEPARTURE_REGISTRATION);
  }

  @Test
  void leavingWithoutFormalitiesEndsHelpAsGivenUp() {
    ProcessInstance rescueCase = admittedAdult();

    decideCare(rescueCase, "unannounced-departure", Map.of());
    complete(rescueCase, "Task_RecordUnannouncedDeparture", Map.of("departureNote", "晚间点名时未归"));

    assertThat(rescueCase).isEnded().hasPassed("End_GaveUpHelp");
    assertThat(records(rescueCase)).containsExactly(CaseRecordType.REGISTRATION, CaseRecordType.UNANNOUNCED_DEPARTURE);
  }

  @Test
  void helpIsTerminatedWithAWrittenNoticeAndADepartureRegistration() {
    ProcessInstance rescueCase = admittedAdult();

    decideCare(rescueCase, "terminate", Map.of("terminationGround", "fraud"));
    complete(rescueCase, "Task_IssueTerminationNotice",
        Map.of("terminationExplanation", "提供虚假情况。", "noticeDelivered", true));
    registerDeparture(rescueCase);

    assertThat(rescueCase).isEnded().hasPassed("End_Departed");
    assertThat(records(rescueCase)).containsExactly(
        CaseRecordType.REGISTRATION, CaseRecordType.TERMINATION_NOTICE, CaseRecordType.DEPARTURE_REGISTRATION);
  }

  @Test
  void aPersonInCareIsTransferredToAnotherScheme() {
    ProcessInstance rescueCase = admittedAdult();

    decideCare(rescueCase, "transfer-to-scheme", Map.of("referralScheme", "temporary-assistance"));
    executeJob(rescueCase, "CallActivity_TransferToScheme");
    completeStandIn(calledProcess(rescueCase, "welfare-referral"), Map.of());

    assertThat(rescueCase).isEnded().hasPassed("End_TransferredToScheme");
  }

  @Test
  void anUnknownCareDecisionIsRefused() {
    ProcessInstance rescueCase = admittedAdult();
    Task care = task(rescueCase, "Task_CareInStation");

    assertThat(badInput(() -> processEngine.getTaskService().complete(care.getId(), Map.of("careDecision", "vanish"))))
        .hasMessageContaining("处理决定");
    assertThat(badInput(() -> processEngine.getTaskService().complete(care.getId(), Map.of())))
        .as("no decision at all").hasMessageContaining("处理决定");
    assertThat(rescueCase).isWaitingAt("Task_CareInStation");
  }

  // ---------------------------------------------------------------- steps

  private ProcessInstance walkIn(String userId) {
    processEngine.getIdentityService().setAuthenticatedUserId(userId);
    try {
      return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of("arrivalChannel", "walk-in"));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance openFor(String agency) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(CASE_AGENCY, agency));
  }

  private ProcessInstance registered(int age, Map<String, Object> extra) {
    ProcessInstance rescueCase = openFor("qingshan");
    complete(rescueCase, "Task_RegisterPerson", registration(age, extra));
    return rescueCase;
  }

  private ProcessInstance screened(int age, Map<String, Object> extra) {
    ProcessInstance rescueCase = registered(age, extra);
    complete(rescueCase, "Task_ScreenPerson", screening("none", "none"));
    return rescueCase;
  }

  private void admit(ProcessInstance rescueCase) {
    complete(rescueCase, "Task_AssessEligibility", assessment(Map.of()));
    assertThat(rescueCase).isWaitingAt("Task_CareInStation", "CallActivity_IdentityTracing");
  }

  private ProcessInstance admittedAdult() {
    ProcessInstance rescueCase = screened(40, Map.of());
    admit(rescueCase);
    return rescueCase;
  }

  private void decideCare(ProcessInstance rescueCase, String decision, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("careDecision", decision);
    complete(rescueCase, "Task_CareInStation", variables);
  }

  private void registerDeparture(ProcessInstance rescueCase) {
    complete(rescueCase, "Task_RegisterDeparture", Map.of("servicesProvided", "食宿、寻亲", "belongingsReturned", true));
  }

  private static Map<String, Object> registration(int age, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(Map.of("sex", "male", "age", (long) age, "consentToHelp", true,
        "person_hardship", "路费被盗，无法返乡。"));
    variables.putAll(extra);
    return variables;
  }

  private static Map<String, Object> screening(String health, String behaviour) {
    return Map.of("securityCheckDone", true, "healthFinding", health, "behaviourFinding", behaviour);
  }

  private static Map<String, Object> assessment(Map<String, Object> changes) {
    Map<String, Object> variables = new HashMap<>(Map.of("cannotPayFoodLodging", "yes", "noRelativesToTurnTo", "yes",
        "noMinimumLivingSupport", "yes", "homelessOrBegging", "yes", "refusesTruthfulInformation", false,
        "domesticViolence", false, "otherSchemeNeed", "none"));
    variables.putAll(changes);
    return variables;
  }

  // ---------------------------------------------------------------- engine helpers

  private void complete(ProcessInstance rescueCase, String activityId, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task(rescueCase, activityId).getId(), variables);
  }

  private Task task(ProcessInstance instance) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Task task(ProcessInstance instance, String activityId) {
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(activityId).singleResult();
    assertThat(task).as("open task %s", activityId).isNotNull();
    return task;
  }

  private ProcessInstance calledProcess(ProcessInstance parent, String processKey) {
    List<ProcessInstance> called = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId()).processDefinitionKey(processKey).list();
    assertThat(called).as("running %s", processKey).hasSize(1);
    return called.get(0);
  }

  /** The escalation called at {@code activityId} answers as the real one does: its outcome and the handling agency. */
  private ProcessInstance escalationAnswers(ProcessInstance rescueCase, String activityId, String outcome,
      String handlingAgency) {
    executeJob(rescueCase, activityId);
    ProcessInstance escalation = calledProcess(rescueCase, "escalation");
    completeStandIn(escalation, Map.of("escalationOutcome", outcome, "handlingAgency", handlingAgency));
    return escalation;
  }

  private void assertCareRefused(String taskId, Map<String, Object> variables, String messagePart) {
    assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, variables))
        .satisfies(refusal -> assertThat(ProcessAssertions.badInputBehind(refusal)).isNotNull()
            .hasMessageContaining(messagePart));
  }

  private void completeStandIn(ProcessInstance standIn, Map<String, Object> outcome) {
    processEngine.getTaskService().complete(task(standIn, "StandIn_Task").getId(), outcome);
  }

  private void executeJob(ProcessInstance instance, String activityId) {
    Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    assertThat(job).as("job at %s", activityId).isNotNull();
    processEngine.getManagementService().executeJob(job.getId());
  }

  private void fireTimer(ProcessInstance instance, String activityId, Duration after) {
    Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).timers().singleResult();
    assertThat(timer).as("timer at %s", activityId).isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(after)));
    ClockUtil.setCurrentTime(timer.getDuedate());
    processEngine.getManagementService().executeJob(timer.getId());
  }

  private List<CaseRecordType> records(ProcessInstance rescueCase) {
    return EngineTestSupport.caseRecords().typesOf(rescueCase.getBusinessKey());
  }

  private void assertRefused(String userId, Map<String, Object> variables, String messagePart) {
    long before = processEngine.getHistoryService().createHistoricProcessInstanceQuery().count();
    processEngine.getIdentityService().setAuthenticatedUserId(userId);
    try {
      assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables))
          .isInstanceOf(BadUserRequestException.class)
          .hasMessageContaining(messagePart);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  /** The bad-input exception behind what the engine threw (listeners' exceptions arrive wrapped). */
  private static BadUserRequestException badInput(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException badInput) {
        return badInput;
      }
    }
    throw new AssertionError("expected bad input to be refused, got " + thrown, thrown);
  }

}
