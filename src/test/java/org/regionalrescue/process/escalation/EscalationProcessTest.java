package org.regionalrescue.process.escalation;

import static org.regionalrescue.support.ProcessAssertions.clockAt;
import static org.regionalrescue.support.ProcessAssertions.fireTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.regionalrescue.process.escalation.EscalationVariables.*;
import static org.regionalrescue.support.ProcessAssertions.assertRefused;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.badInputBehind;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.regionalrescue.support.ProcessAssertions.task;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.process.escalation.EscalationVariables.Activities;
import org.regionalrescue.process.escalation.EscalationVariables.Decision;
import org.regionalrescue.process.escalation.EscalationVariables.DeclineReason;
import org.regionalrescue.process.escalation.EscalationVariables.Outcome;
import org.regionalrescue.process.escalation.EscalationVariables.Reason;
import org.regionalrescue.process.escalation.EscalationVariables.Situation;
import org.regionalrescue.process.escalation.EscalationVariables.Step;
import org.regionalrescue.process.escalation.EscalationVariables.Trigger;
import org.regionalrescue.process.rescuecase.IssueDocumentListener;
import org.regionalrescue.security.AuthorizationGrants;
import org.regionalrescue.security.CaseAccess;
import org.regionalrescue.support.EngineTestSupport;

/**
 * 提级办理 ({@code escalation}) called by a test-only caller as {@code rescue-case} will call it: the center accepts
 * (the whole case opens to its groups, one 提级办理审批单) or declines with a coded reason and advice (back to the
 * county); the overdue review chased by the center's supervisor; nothing to escalate for a center; bad inputs refused
 * before anything starts; the accepting step run twice.
 */
@Deployment(resources = {
    "processes/escalation.bpmn",
    "processes/escalation-criteria.dmn",
    "standins/escalation-caller.bpmn",
    "forms/escalation-review.form",
    "forms/escalation-view-decline.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class EscalationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String CALLER_KEY = "escalation-caller";
  private static final String COUNTY = "qingshan";
  private static final String CENTER = "donghu-center";
  private static final List<String> CENTER_GROUPS = List.of(CENTER + "-caseworker", CENTER + "-supervisor");
  /** Monday 2 March 2026, 09:00 in China. */
  private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-03-02T09:00:00+08:00");
  /** Thursday 30 April 2026, 09:00: the next working day is Wednesday 6 May, after 劳动节 (05-01..05-05). */
  private static final ZonedDateTime BEFORE_LABOUR_DAY = ZonedDateTime.parse("2026-04-30T09:00:00+08:00");

  private ProcessEngine processEngine;
  private AuthorizationService authorizations;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    authorizations = processEngine.getAuthorizationService();
    EngineTestSupport.wireApplication();
    EngineTestSupport.register("prepareEscalationListener",
        new PrepareEscalationListener(EngineTestSupport.organisation()));
    EngineTestSupport.register("checkEscalationReviewListener", new CheckEscalationReviewListener());
    EngineTestSupport.register("acceptEscalationDelegate", new AcceptEscalationDelegate(
        new CaseAccess(EngineTestSupport.organisation(), new AuthorizationGrants(authorizations)),
        EngineTestSupport.caseRecords()));
    EngineTestSupport.register("concludeEscalationListener", new ConcludeEscalationListener());
    EngineTestSupport.register("issueDocumentListener", new IssueDocumentListener(EngineTestSupport.caseRecords()));
    clockAt(MONDAY);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  // ---- accepted

  @Test
  void theCenterAcceptsAndTheWholeCaseOpensToItsGroupsWhileAChaseStillOpenEndsWithTheReview() {
    String caseNumber = openCase(COUNTY);
    ProcessInstance caller = startCaller(caseNumber, COUNTY, request(Step.TRACING, Reason.HARD_IDENTIFICATION));
    ProcessInstance escalation = escalationOf(caller);
    assertThat(escalation.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(escalation).isWaitingAt(Activities.REVIEW).variables()
        .containsEntry(CENTER_AGENCY, CENTER).containsEntry(CENTER_AGENCY_NAME, "东湖市救助管理站（区域性中心）")
        .containsEntry(REQUESTING_AGENCY_NAME, "青山县救助管理站");

    // the center's caseworkers review, due in one working day; nobody of a county sees the review
    Task review = task(escalation, Activities.REVIEW);
    assertThat(review).hasCandidateGroup(CENTER + "-caseworker").hasName("提级申请审核");
    assertThat(review.getDueDate()).isEqualTo(at("2026-03-03T09:00:00+08:00"));
    assertThat(deployedFormOf(review)).contains("\"id\": \"escalation-review\"");
    assertThat(visibleTo("center.caseworker", escalation)).containsExactly(Activities.REVIEW);
    assertThat(visibleTo("linjiang.caseworker", escalation)).isEmpty();
    assertThat(visibleTo("qingshan.caseworker", escalation)).isEmpty();
    assertThat(visibleTo("center.supervisor", escalation)).isEmpty();
    assertThat(grantedTo(CENTER + "-caseworker", Resources.PROCESS_INSTANCE, caller.getId())).isNull();

    // overdue: the center's supervisor chases, the review stays open
    fireTimer(escalation, Activities.REVIEW_OVERDUE, "2026-03-03T09:00:00+08:00");
    Task chase = task(escalation, Activities.CHASE_REVIEW);
    assertThat(chase).hasCandidateGroup(CENTER + "-supervisor").hasName("督办：提级申请审核超时");
    assertThat(deployedFormOf(chase)).contains("\"id\": \"supervise-overdue\"");
    assertThat(visibleTo("center.supervisor", escalation)).containsExactly(Activities.CHASE_REVIEW);
    assertThat(escalation).isWaitingAt(Activities.REVIEW, Activities.CHASE_REVIEW);

    // accepted: advice typed before switching to "accept" is not kept
    complete(review, Map.of(ESCALATION_DECISION, Decision.ACCEPTED, ESCALATION_DECLINE_REASON, DeclineReason.OTHER,
        ESCALATION_ADVICE, "草稿", ESCALATION_REVIEW_NOTE, "同意，由中心寻亲组承办"));
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(escalation.getId()).count())
        .isZero();
    assertThat(escalation).isWaitingAt(Activities.ACCEPT);
    executeJob(escalation, Activities.ACCEPT);

    assertThat(escalation).isEnded().hasPassed(Activities.END_ACCEPTED, "End_Reviewed")
        .hasNotPassed(Activities.END_REVIEW_CHASED, Activities.VIEW_DECLINE);
    assertThat(caller).isWaitingAt("Task_CallerContinues").variables()
        .containsEntry(ESCALATION_OUTCOME, Outcome.ACCEPTED).containsEntry(HANDLING_AGENCY, CENTER)
        .containsEntry(ESCALATION_DECLINE_REASON, null);
    assertThat(task(caller, "Task_CallerContinues")).hasCandidateGroup(CENTER + "-caseworker");

    // the center's caseworkers and supervisors read the calling case and this escalation, runtime and history
    for (String group : CENTER_GROUPS) {
      for (String instance : List.of(caller.getId(), escalation.getId())) {
        assertThat(grantedTo(group, Resources.PROCESS_INSTANCE, instance)).as("%s on %s", group, instance)
            .isNotNull().satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue());
        assertThat(grantedTo(group, Resources.HISTORIC_PROCESS_INSTANCE, instance)).as("%s history", group)
            .isNotNull().satisfies(grant ->
                assertThat(grant.isPermissionGranted(HistoricProcessInstancePermissions.READ)).isTrue());
      }
    }
    assertThat(grantedTo("linjiang-caseworker", Resources.PROCESS_INSTANCE, caller.getId())).isNull();

    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.ESCALATION_DECISION);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.ESCALATION_DECISION))
        .containsEntry("title", "提级办理审批单").containsEntry(CASE_AGENCY, COUNTY).containsEntry(CENTER_AGENCY, CENTER)
        .containsEntry(ESCALATION_STEP, Step.TRACING).containsEntry(ESCALATION_REASON, Reason.HARD_IDENTIFICATION)
        .containsEntry(ESCALATION_TRIGGER, Trigger.REQUEST).containsEntry(ESCALATION_DECISION, Decision.ACCEPTED)
        .containsEntry(ESCALATION_DECLINE_REASON, null).containsEntry(ESCALATION_ADVICE, null)
        .containsEntry(ESCALATION_REVIEW_NOTE, "同意，由中心寻亲组承办");
  }

  @Test
  void theAcceptingStepRunTwiceFilesOneRecordAndGrantsEachRightOnce() {
    String caseNumber = openCase(COUNTY);
    ProcessInstance caller = startCaller(caseNumber, COUNTY, automatic(Situation.HELP_PERIOD_MISSED));
    ProcessInstance escalation = escalationOf(caller);
    complete(task(escalation, Activities.REVIEW), Map.of(ESCALATION_DECISION, Decision.ACCEPTED));

    // Cockpit starts the step again before the first run (or a retried job runs it after a commit): two runs
    processEngine.getRuntimeService().createProcessInstanceModification(escalation.getId())
        .startBeforeActivity(Activities.ACCEPT).execute();
    List<Job> runs = processEngine.getManagementService().createJobQuery().processInstanceId(escalation.getId())
        .activityId(Activities.ACCEPT).list();
    assertThat(runs).hasSize(2);
    runs.forEach(run -> processEngine.getManagementService().executeJob(run.getId()));

    assertThat(escalation).isEnded();
    assertThat(caller).isWaitingAt("Task_CallerContinues").variables()
        .containsEntry(ESCALATION_OUTCOME, Outcome.ACCEPTED).containsEntry(HANDLING_AGENCY, CENTER);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.ESCALATION_DECISION);
    for (String group : CENTER_GROUPS) {
      for (Resource resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
            .resourceId(caller.getId()).count()).as("%s %s", group, resource.resourceName()).isOne();
      }
    }

    // and the delegate once more on its own, after everything committed: still one record, no duplicate grant
    AcceptEscalationDelegate again = new AcceptEscalationDelegate(
        new CaseAccess(EngineTestSupport.organisation(), new AuthorizationGrants(authorizations)),
        EngineTestSupport.caseRecords());
    long rows = authorizations.createAuthorizationQuery().count();
    again.execute(stepOf(caller.getId(), escalation.getId(), Activities.ACCEPT, Map.of(
        CASE_NUMBER, caseNumber, CASE_AGENCY, COUNTY, CENTER_AGENCY, CENTER, ESCALATION_DECISION, Decision.ACCEPTED)));
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(rows);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.ESCALATION_DECISION);
  }

  // ---- declined

  @Test
  void theCenterDeclinesWithAReasonAndAdviceWhichTheCountyReadsAndTheCaseStaysWithTheCounty() {
    clockAt(BEFORE_LABOUR_DAY);
    String caseNumber = openCase(COUNTY);
    ProcessInstance caller = startCaller(caseNumber, COUNTY,
        Map.of(ESCALATION_STEP, Step.CARE, ESCALATION_REASON, Reason.OTHER, ESCALATION_TRIGGER, Trigger.REQUEST,
            ESCALATION_NOTE, "受助人员拒绝配合照料，本站人手不足"));
    ProcessInstance escalation = escalationOf(caller);
    Task review = task(escalation, Activities.REVIEW);
    assertThat(review.getDueDate()).isEqualTo(at("2026-05-06T09:00:00+08:00"));

    // overdue across 劳动节: chased, and the chase is done before the answer
    fireTimer(escalation, Activities.REVIEW_OVERDUE, "2026-05-06T09:00:00+08:00");
    complete(task(escalation, Activities.CHASE_REVIEW),
        Map.of("supervisionAction", "urged", "supervisionNote", "已督促当日答复"));
    assertThat(escalation).isWaitingAt(Activities.REVIEW);

    // refusals: the task stays open and nothing is recorded
    assertRefused(review, Map.of(), "同意提级");
    assertRefused(review, Map.of(ESCALATION_DECISION, "maybe"), "同意提级");
    assertRefused(review, Map.of(ESCALATION_DECISION, Decision.DECLINED, ESCALATION_ADVICE, "请补充材料"),
        "须选择退回理由");
    assertRefused(review, Map.of(ESCALATION_DECISION, Decision.DECLINED, ESCALATION_DECLINE_REASON, "too-busy",
        ESCALATION_ADVICE, "请补充材料"), "退回理由无效");
    assertRefused(review, Map.of(ESCALATION_DECISION, Decision.DECLINED,
        ESCALATION_DECLINE_REASON, DeclineReason.INFORMATION_INCOMPLETE), "退回意见和建议");
    assertRefused(review, Map.of(ESCALATION_DECISION, Decision.DECLINED,
        ESCALATION_DECLINE_REASON, DeclineReason.INFORMATION_INCOMPLETE, ESCALATION_ADVICE, "   "), "退回意见和建议");
    assertRefused(review, Map.of(ESCALATION_DECISION, Decision.DECLINED,
        ESCALATION_DECLINE_REASON, DeclineReason.INFORMATION_INCOMPLETE, ESCALATION_ADVICE, "长".repeat(2001)),
        "不能超过2000字");
    assertThat(processEngine.getRuntimeService().getVariables(escalation.getId()))
        .doesNotContainKeys(ESCALATION_DECISION, ESCALATION_ADVICE);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();

    complete(review, Map.of(ESCALATION_DECISION, Decision.DECLINED,
        ESCALATION_DECLINE_REASON, DeclineReason.INFORMATION_INCOMPLETE,
        ESCALATION_ADVICE, "请补充照料记录和精神状况评估后重新申请；可先联系中心心理社工远程协助"));

    // back to the county's caseworkers, with the decline on file
    Task view = task(escalation, Activities.VIEW_DECLINE);
    assertThat(view).hasCandidateGroup(COUNTY + "-caseworker").hasName("查看退回意见");
    assertThat(deployedFormOf(view)).contains("\"id\": \"escalation-view-decline\"");
    assertThat(visibleTo("qingshan.caseworker", escalation)).containsExactly(Activities.VIEW_DECLINE);
    assertThat(visibleTo("center.caseworker", escalation)).isEmpty();
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.ESCALATION_DECISION))
        .containsEntry("title", "提级办理审批单").containsEntry(ESCALATION_DECISION, Decision.DECLINED)
        .containsEntry(ESCALATION_DECLINE_REASON, DeclineReason.INFORMATION_INCOMPLETE)
        .containsEntry(ESCALATION_REASON, Reason.OTHER).containsEntry(ESCALATION_NOTE, "受助人员拒绝配合照料，本站人手不足");
    complete(view, Map.of(ESCALATION_FOLLOW_UP_NOTE, "补充材料后重新申请"));

    assertThat(escalation).isEnded().hasPassed(Activities.END_DECLINED, Activities.END_REVIEW_CHASED)
        .hasNotPassed(Activities.ACCEPT);
    assertThat(caller).isWaitingAt("Task_CallerContinues").variables()
        .containsEntry(ESCALATION_OUTCOME, Outcome.DECLINED).containsEntry(HANDLING_AGENCY, COUNTY)
        .containsEntry(ESCALATION_DECLINE_REASON, DeclineReason.INFORMATION_INCOMPLETE);
    assertThat(task(caller, "Task_CallerContinues")).hasCandidateGroup(COUNTY + "-caseworker");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).containsExactly(CaseRecordType.ESCALATION_DECISION);
    for (String group : CENTER_GROUPS) {
      assertThat(grantedTo(group, Resources.PROCESS_INSTANCE, caller.getId())).as(group).isNull();
    }
    complete(task(caller, "Task_CallerContinues"), Map.of());
    assertThat(caller).isEnded();
  }

  // ---- nothing to escalate; a township's request

  @Test
  void aRegionalCenterOrAnAgencyWithoutOneAboveHasNothingToEscalate() {
    for (String agency : List.of(CENTER, "jiangnan-province")) {
      String caseNumber = openCase(agency);
      ProcessInstance caller = startCaller(caseNumber, agency, request(Step.SETTLEMENT, Reason.SETTLEMENT_FILE));

      assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult().getEndActivityId())
          .isEqualTo(Activities.END_NOT_APPLICABLE);
      assertThat(caller).isWaitingAt("Task_CallerContinues").variables()
          .containsEntry(ESCALATION_OUTCOME, Outcome.NOT_APPLICABLE).containsEntry(HANDLING_AGENCY, agency)
          .containsEntry(ESCALATION_DECLINE_REASON, null);
      assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
    }
  }

  @Test
  void aTownshipsRequestGoesToTheRegionalCenterAboveItsCounty() {
    String township = "qingshan-songlin";
    ProcessInstance caller = startCaller(openCase(township), township, request(Step.ESCORT,
        Reason.CROSS_PROVINCE_ESCORT));
    ProcessInstance escalation = escalationOf(caller);

    assertThat(task(escalation, Activities.REVIEW)).hasCandidateGroup(CENTER + "-caseworker");
    assertThat(escalation).variables().containsEntry(REQUESTING_AGENCY_NAME, "青山县松林镇");
  }

  // ---- automatic: the criteria table decides

  @Test
  void anAutomaticEscalationTakesItsReasonAndStepFromTheCriteriaTable() {
    String caseNumber = openCase(COUNTY);
    ProcessInstance caller = startCaller(caseNumber, COUNTY, automatic(Situation.LONG_STAY));
    ProcessInstance escalation = escalationOf(caller);

    assertThat(escalation).isWaitingAt(Activities.REVIEW).variables()
        .containsEntry(ESCALATION_REASON, Reason.HARD_IDENTIFICATION).containsEntry(ESCALATION_STEP, Step.TRACING);
    assertThat(task(escalation, Activities.REVIEW)).hasCandidateGroup(CENTER + "-caseworker");
  }

  @Test
  void anAutomaticEscalationTheCriteriaDoNotRequireEndsAndTheCountyGoesOn() {
    String caseNumber = openCase(COUNTY);
    ProcessInstance caller = startCaller(caseNumber, COUNTY, automatic(Situation.CARE_REQUEST));

    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult().getEndActivityId())
        .isEqualTo("End_NotRequired");
    assertThat(caller).isWaitingAt("Task_CallerContinues").variables()
        .containsEntry(ESCALATION_OUTCOME, Outcome.NOT_REQUIRED).containsEntry(HANDLING_AGENCY, COUNTY);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
  }

  @Test
  void anAutomaticEscalationWithoutAKnownSituationIsRefused() {
    String caseNumber = openCase(COUNTY);
    Map<String, Object> variables = new HashMap<>(automatic("someday"));
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(CASE_AGENCY, COUNTY);

    assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        variables)).satisfies(refusal -> assertThat(badInputBehind(refusal)).isNotNull()
        .hasMessageContaining("个案情形（escalationSituation）不是有效的代码"));
  }

  // ---- bad inputs start nothing

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad("missing reason", Map.of(ESCALATION_REASON, ""), "缺少提级理由"),
        bad("unknown reason code", Map.of(ESCALATION_REASON, "too-hard"), "提级理由（escalationReason）不是有效的代码"),
        bad("missing step", Map.of(ESCALATION_STEP, " "), "缺少提级事项"),
        bad("unknown step", Map.of(ESCALATION_STEP, "everything"), "提级事项（escalationStep）不是有效的代码"),
        bad("unknown trigger", Map.of(ESCALATION_TRIGGER, "manual"), "提级方式（escalationTrigger）不是有效的代码"),
        bad("reason other without a note", Map.of(ESCALATION_REASON, Reason.OTHER, ESCALATION_NOTE, "  "),
            "须在提级说明"),
        bad("note too long", Map.of(ESCALATION_NOTE, "长".repeat(2001)), "不能超过2000字"),
        bad("missing agency", Map.of(CASE_AGENCY, ""), "缺少提出提级的机构"),
        bad("unknown agency", Map.of(CASE_AGENCY, "nowhere-county"), "未知的机构代码"),
        bad("missing case number", Map.of(CASE_NUMBER, ""), "缺少个案编号"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void aBadOrMissingInputIsRefusedAndStartsNeitherTheEscalationNorTheCall(String what, Map<String, Object> change,
      String message) {
    String caseNumber = openCase(COUNTY);
    Map<String, Object> variables = new HashMap<>(request(Step.CARE, Reason.LONG_STAY));
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(CASE_AGENCY, COUNTY);
    variables.putAll(change);

    for (String key : List.of(CALLER_KEY, PROCESS_KEY)) {
      assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(key, caseNumber, variables))
          .satisfies(refusal -> assertThat(badInputBehind(refusal)).as("%s: bad input", key).isNotNull()
              .hasMessageContaining(message));
    }
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).count()).isZero();
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .count()).isZero();
  }

  // ---- steps

  private static Map<String, Object> request(String step, String reason) {
    return Map.of(ESCALATION_STEP, step, ESCALATION_REASON, reason, ESCALATION_TRIGGER, Trigger.REQUEST,
        ESCALATION_NOTE, "本站缺乏相应专业力量，申请区域性中心办理");
  }

  /** An automatic escalation as rescue-case calls it: the situation and the facts the criteria table reads. */
  private static Map<String, Object> automatic(String situation) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ESCALATION_TRIGGER, Trigger.AUTOMATIC);
    variables.put(ESCALATION_SITUATION, situation);
    variables.put(HEALTH_FINDING, "none");
    variables.put(AGE, 40L);
    variables.put(LACKS_CAPACITY, false);
    return variables;
  }

  /** A step of an escalation called by {@code callerId}, as the engine hands it to a delegate. */
  private static DelegateExecution stepOf(String callerId, String escalationId, String activityId,
      Map<String, Object> variables) {
    DelegateExecution callingCase = mock(DelegateExecution.class);
    when(callingCase.getId()).thenReturn(callerId);
    when(callingCase.getProcessInstance()).thenReturn(callingCase);
    DelegateExecution callActivity = mock(DelegateExecution.class);
    when(callActivity.getProcessInstance()).thenReturn(callingCase);
    DelegateExecution escalation = mock(DelegateExecution.class);
    when(escalation.getId()).thenReturn(escalationId);
    when(escalation.getSuperExecution()).thenReturn(callActivity);
    DelegateExecution step = mock(DelegateExecution.class);
    when(step.getProcessInstance()).thenReturn(escalation);
    when(step.getProcessInstanceId()).thenReturn(escalationId);
    when(step.getCurrentActivityId()).thenReturn(activityId);
    when(step.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    return step;
  }

  private static Arguments bad(String what, Map<String, Object> change, String message) {
    return Arguments.of(what, change, message);
  }

  // ---- engine helpers

  private static String openCase(String agency) {
    String caseNumber = new CaseNumbers(EngineTestSupport.dataSource()).next(agency, MONDAY.toLocalDate());
    EngineTestSupport.caseFiles().open(caseNumber, agency);
    return caseNumber;
  }

  private ProcessInstance startCaller(String caseNumber, String agency, Map<String, Object> inputs) {
    Map<String, Object> variables = new HashMap<>(inputs);
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(CASE_AGENCY, agency);
    return processEngine.getRuntimeService().startProcessInstanceByKey(CALLER_KEY, caseNumber, variables);
  }

  private ProcessInstance escalationOf(ProcessInstance caller) {
    ProcessInstance escalation = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(caller.getId()).singleResult();
    assertThat(escalation).as("escalation called by %s", caller.getId()).isNotNull();
    assertThat(escalation.getProcessDefinitionId()).startsWith(PROCESS_KEY + ":");
    return escalation;
  }

  /** The task keys of an instance that a user finds among the tasks offered to their groups. */
  private List<String> visibleTo(String userId, ProcessInstance instance) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateUser(userId).list().stream().map(Task::getTaskDefinitionKey).toList();
  }

  private Authorization grantedTo(String group, Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private void executeJob(ProcessInstance instance, String activityId) {
    Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
    assertThat(job).as("job at %s", activityId).isNotNull();
    processEngine.getManagementService().executeJob(job.getId());
  }

}
