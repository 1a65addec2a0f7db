package org.regionalrescue.process.assistancedispatch;

import static org.regionalrescue.support.ProcessAssertions.historicValue;
import static org.regionalrescue.support.ProcessAssertions.clockAt;
import static org.regionalrescue.support.ProcessAssertions.fireTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.*;
import static org.regionalrescue.support.ProcessAssertions.assertRefused;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.regionalrescue.support.ProcessAssertions.task;
import static org.regionalrescue.support.ProcessAssertions.timer;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AcceptanceDecision;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.Activities;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AssistanceKind;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AssistanceOutcome;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.AssistanceResult;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.DeclineReason;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.Rearrangement;
import org.regionalrescue.process.assistancedispatch.AssistanceDispatchVariables.ReviewDecision;
import org.regionalrescue.process.rescuecase.IssueDocumentListener;
import org.regionalrescue.security.AuthorizationGrants;
import org.regionalrescue.security.CaseAccess;
import org.regionalrescue.support.EngineTestSupport;

/**
 * 下沉协助 ({@code assistance-dispatch}): the regional center sends a task down to a township or a county station,
 * which accepts or declines; a decline goes to another agency or is cancelled; the report is reviewed and may be sent
 * back for more; a late answer and a late report are chased and then escalated; a request outside the sender's area
 * starts nothing.
 */
@Deployment(resources = {
    "processes/assistance-dispatch.bpmn",
    "callers/assistance-dispatch-caller.bpmn",
    "forms/assistance-accept.form",
    "forms/assistance-rearrange.form",
    "forms/assistance-report.form",
    "forms/assistance-review.form",
    "forms/assistance-supervise-report.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class AssistanceDispatchProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String CENTER = "donghu-center";
  private static final String TOWNSHIP = "qingshan-songlin";
  /** Monday 2 March 2026, 09:00 in China: no holiday in the next weeks. */
  private static final ZonedDateTime SENT = ZonedDateTime.parse("2026-03-02T09:00:00+08:00");

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    AssistanceReceivers receivers = new AssistanceReceivers(EngineTestSupport.organisation());
    CaseAccess caseAccess = new CaseAccess(EngineTestSupport.organisation(),
        new AuthorizationGrants(processEngine.getAuthorizationService()));
    EngineTestSupport.register("prepareAssistanceDispatchListener",
        new PrepareAssistanceDispatchListener(receivers, caseAccess));
    EngineTestSupport.register("checkAssistanceAcceptanceListener", new CheckAssistanceAcceptanceListener());
    EngineTestSupport.register("checkAssistanceRearrangementListener",
        new CheckAssistanceRearrangementListener(receivers, caseAccess));
    EngineTestSupport.register("checkAssistanceReportListener", new CheckAssistanceReportListener());
    EngineTestSupport.register("checkAssistanceReviewListener", new CheckAssistanceReviewListener());
    EngineTestSupport.register("issueDocumentListener", new IssueDocumentListener(EngineTestSupport.caseRecords()));
    clockAt(SENT);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void aTownshipAcceptsMakesTheTracingVisitAndTheCenterAcceptsTheReportAfterASupplement() {
    String caseNumber = openCase(CENTER);
    ProcessInstance dispatch = start(caseNumber, CENTER, TOWNSHIP, AssistanceKind.TRACING_VISIT);
    assertThat(dispatch).variables().containsEntry(ASSISTANCE_AGENCY_NAME, "青山县松林镇")
        .containsEntry(SENDER_NAME, "东湖市救助管理站（区域性中心）").containsEntry(ASSISTANCE_KIND_LABEL, "寻亲走访");
    assertThat(processEngine.getRuntimeService().getVariableTyped(dispatch.getId(), ASSISTANCE_AGENCY_OPTIONS)
        .getValue().toString()).contains("\"value\":\"qingshan\"", "\"value\":\"qingshan-songlin-village\"",
            "\"value\":\"baisha-shahu\"").doesNotContain("donghu-police", "\"value\":\"donghu-center\"",
            "jiangnan-province");
    assertThat(readersGranted(dispatch, TOWNSHIP + "-caseworker")).isTrue();

    // only the township's staff see the task sent down to them; another county and the county above do not
    Task accept = task(dispatch, Activities.ACCEPT_ASSISTANCE);
    assertThat(accept).hasCandidateGroup(TOWNSHIP + "-caseworker").hasName("接收下沉协助任务");
    assertThat(accept.getDueDate()).isEqualTo(at("2026-03-04T09:00:00+08:00"));
    assertThat(deployedFormOf(accept)).contains("\"id\": \"assistance-accept\"");
    assertThat(visibleTo("songlin.caseworker", dispatch)).isOne();
    assertThat(visibleTo("linjiang.caseworker", dispatch)).isZero();
    assertThat(visibleTo("qingshan.caseworker", dispatch)).isZero();
    assertThat(visibleTo("center.caseworker", dispatch)).isZero();

    assertRefused(accept, Map.of(), "是否接收");
    assertRefused(accept, Map.of(ACCEPTANCE_DECISION, AcceptanceDecision.DECLINED), "理由");
    assertRefused(accept, Map.of(ACCEPTANCE_DECISION, AcceptanceDecision.DECLINED,
        DECLINE_REASON, DeclineReason.NO_CAPACITY, DECLINE_NOTE, " "), "书面说明");
    complete(accept, Map.of(ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPTED));

    // 10 working days for a tracing visit
    Task conduct = task(dispatch, Activities.CONDUCT_ASSISTANCE);
    assertThat(conduct).hasCandidateGroup(TOWNSHIP + "-caseworker");
    assertThat(conduct.getDueDate()).isEqualTo(at("2026-03-16T09:00:00+08:00"));
    assertThat(deployedFormOf(conduct)).contains("\"id\": \"assistance-report\"");
    assertThat(timer(dispatch, Activities.REPORT_OVERDUE).getDuedate()).isEqualTo(at("2026-03-16T09:00:00+08:00"));
    assertThat(timer(dispatch, Activities.REPORT_ESCALATION).getDuedate()).isEqualTo(at("2026-03-19T09:00:00+08:00"));
    assertRefused(conduct, Map.of(), "日期");
    assertRefused(conduct, report("done", 2), "协助结果");
    assertRefused(conduct, report(AssistanceResult.COMPLETED, 0), "人数");
    Map<String, Object> blank = report(AssistanceResult.COMPLETED, 2);
    blank.put(REPORT, "");
    assertRefused(conduct, blank, "反馈报告");
    Map<String, Object> withContacts = report(AssistanceResult.PARTLY_COMPLETED, 2);
    withContacts.put(PersonalFields.FAMILY_CONTACTS, "胞兄（测试），电话 000-0000");
    complete(conduct, withContacts);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("familyContacts", "胞兄（测试），电话 000-0000");

    // the center asks for more: back to the township with a new due date and the request shown
    Task review = task(dispatch, Activities.REVIEW_REPORT);
    assertThat(review).hasCandidateGroup(CENTER + "-caseworker");
    assertThat(deployedFormOf(review)).contains("\"id\": \"assistance-review\"");
    assertRefused(review, Map.of(REVIEW_DECISION, "fine"), "审核结论");
    assertRefused(review, Map.of(REVIEW_DECISION, ReviewDecision.MORE_NEEDED), "补充的内容");
    clockAt(ZonedDateTime.parse("2026-03-10T14:00:00+08:00"));
    complete(review, Map.of(REVIEW_DECISION, ReviewDecision.MORE_NEEDED, REVIEW_NOTE, "请补充走访村委会的情况"));
    Task supplement = task(dispatch, Activities.CONDUCT_ASSISTANCE);
    assertThat(supplement.getDueDate()).isEqualTo(at("2026-03-24T14:00:00+08:00"));
    assertThat(processEngine.getTaskService().getVariables(supplement.getId()))
        .containsEntry(REVIEW_NOTE, "请补充走访村委会的情况")
        .containsEntry(ASSISTANCE_RESULT, AssistanceResult.PARTLY_COMPLETED);
    complete(supplement, report(AssistanceResult.COMPLETED, 3));

    Task secondReview = task(dispatch, Activities.REVIEW_REPORT);
    assertThat(processEngine.getTaskService().getVariables(secondReview.getId()))
        .containsEntry(REVIEW_DECISION, null).containsEntry(REVIEW_NOTE, null);
    complete(secondReview, Map.of(REVIEW_DECISION, ReviewDecision.ACCEPTED));

    assertThat(dispatch).isEnded().hasPassed(Activities.DONE);
    assertThat(historicValue(dispatch, ASSISTANCE_OUTCOME)).isEqualTo(AssistanceOutcome.DONE);
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber))
        .containsExactly(CaseRecordType.ASSISTANCE_REPORT, CaseRecordType.ASSISTANCE_REPORT);
    assertThat(EngineTestSupport.caseRecords().contentOf(caseNumber, CaseRecordType.ASSISTANCE_REPORT))
        .containsEntry("title", "下沉协助反馈报告").containsEntry(ASSISTANCE_KIND, AssistanceKind.TRACING_VISIT)
        .containsEntry(CASE_AGENCY, CENTER).containsEntry(ASSISTANCE_AGENCY, TOWNSHIP)
        .containsEntry(ASSISTANCE_RESULT, AssistanceResult.PARTLY_COMPLETED).containsEntry(STAFF_COUNT, 2)
        .doesNotContainKey("familyContacts");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(dispatch.getId()).variableNameLike(PersonalFields.PREFIX + "%").count()).isZero();
  }

  @Test
  void aLateAnswerAndALateReportAreChasedByTheReceiversSupervisorThenTakenUpByTheSendersSupervisor() {
    String caseNumber = openCase(CENTER);
    ProcessInstance dispatch = start(caseNumber, CENTER, "qingshan", AssistanceKind.ESCORT_LEG);

    fireTimer(dispatch, Activities.ACCEPTANCE_OVERDUE, "2026-03-04T09:00:00+08:00");
    Task superviseAnswer = task(dispatch, Activities.SUPERVISE_ACCEPTANCE);
    assertThat(superviseAnswer).hasCandidateGroup("qingshan-supervisor").hasName("督办：下沉协助接收答复超时");
    assertThat(deployedFormOf(superviseAnswer)).contains("\"id\": \"supervise-overdue\"");
    complete(superviseAnswer, Map.of("supervisionAction", "urged", "supervisionNote", "已督促当日答复"));
    complete(task(dispatch, Activities.ACCEPT_ASSISTANCE), Map.of(ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPTED));
    assertThat(dispatch).hasPassed("End_AcceptanceSupervised", "End_AcceptanceAnswered");

    // an escort leg is reported within 3 working days (Wednesday 4 March → Monday 9 March)
    Task conduct = task(dispatch, Activities.CONDUCT_ASSISTANCE);
    assertThat(conduct.getDueDate()).isEqualTo(at("2026-03-09T09:00:00+08:00"));
    fireTimer(dispatch, Activities.REPORT_OVERDUE, "2026-03-09T09:00:00+08:00");
    Task chase = task(dispatch, Activities.CHASE_REPORT);
    assertThat(chase).hasCandidateGroup("qingshan-supervisor").hasName("催办：下沉协助反馈超时");
    assertThat(deployedFormOf(chase)).contains("\"id\": \"supervise-overdue\"");
    complete(chase, Map.of("supervisionAction", "urged", "supervisionNote", "已督促承办人员"));

    fireTimer(dispatch, Activities.REPORT_ESCALATION, "2026-03-12T09:00:00+08:00");
    Task escalated = task(dispatch, Activities.SUPERVISE_REPORT);
    assertThat(escalated).hasCandidateGroup(CENTER + "-supervisor").hasName("督办：下沉协助反馈超时");
    assertThat(deployedFormOf(escalated)).contains("\"id\": \"assistance-supervise-report\"");
    complete(escalated, Map.of("supervisionAction", "urged-receiver", "supervisionNote", "已电话督促青山县站"));

    complete(task(dispatch, Activities.CONDUCT_ASSISTANCE), report(AssistanceResult.COMPLETED, 2));
    complete(task(dispatch, Activities.REVIEW_REPORT), Map.of(REVIEW_DECISION, ReviewDecision.ACCEPTED));
    assertThat(dispatch).isEnded().hasPassed("End_ReportChased", "End_ReportSupervised", Activities.DONE);
  }

  @Test
  void openChasesEndWhenTheReportComesAndAnOpenAnswerSupervisionEndsWithTheAnswer() {
    String caseNumber = openCase(CENTER);
    ProcessInstance dispatch = start(caseNumber, CENTER, "qingshan", AssistanceKind.ON_SITE_SUPPORT);

    fireTimer(dispatch, Activities.ACCEPTANCE_OVERDUE, "2026-03-04T09:00:00+08:00");
    complete(task(dispatch, Activities.ACCEPT_ASSISTANCE), Map.of(ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPTED));
    assertThat(openTasks(dispatch, Activities.SUPERVISE_ACCEPTANCE)).isZero();

    // on-site support: 5 working days from Wednesday 4 March
    assertThat(task(dispatch, Activities.CONDUCT_ASSISTANCE).getDueDate()).isEqualTo(at("2026-03-11T09:00:00+08:00"));
    fireTimer(dispatch, Activities.REPORT_OVERDUE, "2026-03-11T09:00:00+08:00");
    fireTimer(dispatch, Activities.REPORT_ESCALATION, "2026-03-16T09:00:00+08:00");
    complete(task(dispatch, Activities.CONDUCT_ASSISTANCE), report(AssistanceResult.COMPLETED, 1));
    assertThat(openTasks(dispatch, Activities.CHASE_REPORT)).isZero();
    assertThat(openTasks(dispatch, Activities.SUPERVISE_REPORT)).isZero();
    assertThat(dispatch).isWaitingAt(Activities.REVIEW_REPORT);
  }

  @Test
  void aDeclinedTaskGoesToAnotherAgencyOfTheAreaAndIsCancelledWhenThatOneDeclinesToo() {
    String caseNumber = openCase(CENTER);
    ProcessInstance dispatch = start(caseNumber, CENTER, TOWNSHIP, AssistanceKind.FOLLOW_UP_VISIT);
    complete(task(dispatch, Activities.ACCEPT_ASSISTANCE), decline(DeclineReason.WRONG_AREA, "该人员户籍在江口镇"));

    Task rearrange = task(dispatch, Activities.REARRANGE_ASSISTANCE);
    assertThat(rearrange).hasCandidateGroup(CENTER + "-caseworker");
    assertThat(deployedFormOf(rearrange)).contains("\"id\": \"assistance-rearrange\"", "assistanceAgencyOptions");
    assertThat(processEngine.getTaskService().getVariables(rearrange.getId()))
        .containsEntry(DECLINE_REASON, DeclineReason.WRONG_AREA).containsEntry(DECLINE_NOTE, "该人员户籍在江口镇");
    assertRefused(rearrange, Map.of(), "另行安排");
    assertRefused(rearrange, Map.of(REARRANGEMENT, Rearrangement.REASSIGN), "承接下沉协助的机构");
    assertRefused(rearrange, reassign(TOWNSHIP), "已表示不接收");
    assertRefused(rearrange, reassign("donghu-police"), "不能承接下沉协助");
    assertRefused(rearrange, reassign(CENTER), "派出机构");
    assertRefused(rearrange, reassign("nowhere-township"), "nowhere-township");
    complete(rearrange, reassign("linjiang-jiangkou"));

    Task second = task(dispatch, Activities.ACCEPT_ASSISTANCE);
    assertThat(second).hasCandidateGroup("linjiang-jiangkou-caseworker");
    assertThat(processEngine.getTaskService().getVariables(second.getId()))
        .containsEntry(ACCEPTANCE_DECISION, null).containsEntry(DECLINE_NOTE, null)
        .containsEntry(ASSISTANCE_AGENCY_NAME, "临江县江口镇");
    assertThat(visibleTo("songlin.caseworker", dispatch)).isZero();
    assertThat(readersGranted(dispatch, "linjiang-jiangkou-caseworker")).isTrue();
    complete(second, decline(DeclineReason.NO_CAPACITY, "本周无人手"));

    Task again = task(dispatch, Activities.REARRANGE_ASSISTANCE);
    assertRefused(again, Map.of(REARRANGEMENT, Rearrangement.CANCEL), "撤销");
    complete(again, Map.of(REARRANGEMENT, Rearrangement.CANCEL, REARRANGEMENT_NOTE, "改由中心直接派员"));

    assertThat(dispatch).isEnded().hasPassed(Activities.CANCELLED).hasNotPassed(Activities.CONDUCT_ASSISTANCE);
    assertThat(historicValue(dispatch, ASSISTANCE_OUTCOME)).isEqualTo(AssistanceOutcome.CANCELLED);
    assertThat(historicValue(dispatch, ASSISTANCE_AGENCY)).isEqualTo("linjiang-jiangkou");
    assertThat(EngineTestSupport.caseRecords().typesOf(caseNumber)).isEmpty();
  }

  @Test
  void aCaseCallsItAndGetsTheOutcomeAndTheFinalReceiverBack() {
    String caseNumber = openCase("qingshan");
    ProcessInstance caller = processEngine.getRuntimeService().startProcessInstanceByKey(
        "assistance-dispatch-caller", caseNumber, request(caseNumber, "qingshan", "qingshan-shiqiao",
            AssistanceKind.FOLLOW_UP_VISIT));
    ProcessInstance dispatch = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(caller.getId()).singleResult();
    assertThat(dispatch.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(task(dispatch, Activities.ACCEPT_ASSISTANCE)).hasCandidateGroup("qingshan-shiqiao-caseworker");

    complete(task(dispatch, Activities.ACCEPT_ASSISTANCE), Map.of(ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPTED));
    assertThat(task(dispatch, Activities.CONDUCT_ASSISTANCE).getDueDate()).isEqualTo(at("2026-03-09T09:00:00+08:00"));
    complete(task(dispatch, Activities.CONDUCT_ASSISTANCE), report(AssistanceResult.COMPLETED, 1));
    Task review = task(dispatch, Activities.REVIEW_REPORT);
    assertThat(review).hasCandidateGroup("qingshan-caseworker");
    complete(review, Map.of(REVIEW_DECISION, ReviewDecision.ACCEPTED));

    assertThat(caller).isEnded().hasPassed("End_CallDone");
    assertThat(historicValue(caller, ASSISTANCE_OUTCOME)).isEqualTo(AssistanceOutcome.DONE);
    assertThat(historicValue(caller, ASSISTANCE_AGENCY)).isEqualTo("qingshan-shiqiao");
  }

  @Test
  void aRequestOutsideTheSendersAreaOrIncompleteIsRefusedAndNothingStarts() {
    String caseNumber = openCase("qingshan");
    refusedAtStart(request(caseNumber, "qingshan", "linjiang", AssistanceKind.TRACING_VISIT), "不在“青山县救助管理站”的辖区内");
    refusedAtStart(request(caseNumber, "qingshan", "linjiang-jiangkou-village", AssistanceKind.TRACING_VISIT),
        "辖区内");
    refusedAtStart(request(caseNumber, "qingshan", CENTER, AssistanceKind.TRACING_VISIT), "不是县级救助管理站");
    refusedAtStart(request(caseNumber, "qingshan", "qingshan", AssistanceKind.TRACING_VISIT), "派出机构");
    refusedAtStart(request(caseNumber, "qingshan", "donghu-health", AssistanceKind.TRACING_VISIT), "不能承接下沉协助");
    refusedAtStart(request(caseNumber, "qingshan", "nowhere-village", AssistanceKind.TRACING_VISIT), "nowhere-village");
    refusedAtStart(request(caseNumber, "qingshan", "", AssistanceKind.TRACING_VISIT), "assistanceAgency");
    refusedAtStart(request(caseNumber, "qingshan", "qingshan-songlin", "training"), "assistanceKind");
    refusedAtStart(request(caseNumber, "nowhere", "qingshan-songlin", AssistanceKind.TRACING_VISIT), "caseAgency");
    Map<String, Object> noBrief = request(caseNumber, "qingshan", "qingshan-songlin", AssistanceKind.TRACING_VISIT);
    noBrief.put(ASSISTANCE_BRIEF, " ");
    refusedAtStart(noBrief, "assistanceBrief");

    // through a call activity the caller does not start either
    assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey("assistance-dispatch-caller",
        caseNumber, request(caseNumber, "qingshan", "linjiang", AssistanceKind.TRACING_VISIT)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("辖区内");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .count()).isZero();
  }

  // ---- steps

  private static Map<String, Object> request(String caseNumber, String sender, String receiver, String kind) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(CASE_AGENCY, sender);
    variables.put(ASSISTANCE_AGENCY, receiver);
    variables.put(ASSISTANCE_KIND, kind);
    variables.put(ASSISTANCE_BRIEF, "到户籍地村委会核实身份线索，走访亲属");
    return variables;
  }

  private static Map<String, Object> decline(String reason, String note) {
    return Map.of(ACCEPTANCE_DECISION, AcceptanceDecision.DECLINED, DECLINE_REASON, reason, DECLINE_NOTE, note);
  }

  private static Map<String, Object> reassign(String agency) {
    return Map.of(REARRANGEMENT, Rearrangement.REASSIGN, NEXT_ASSISTANCE_AGENCY, agency);
  }

  private static Map<String, Object> report(String result, long staff) {
    Map<String, Object> form = new HashMap<>();
    form.put(CARRIED_OUT_ON, "2026-03-05");
    form.put(ASSISTANCE_RESULT, result);
    form.put(STAFF_COUNT, staff);
    form.put(REPORT, "已走访村委会和邻居，核实户籍线索");
    return form;
  }

  // ---- engine helpers

  private static String openCase(String agency) {
    String caseNumber = new CaseNumbers(EngineTestSupport.dataSource()).next(agency, SENT.toLocalDate());
    EngineTestSupport.caseFiles().open(caseNumber, agency);
    return caseNumber;
  }

  private ProcessInstance start(String caseNumber, String sender, String receiver, String kind) {
    ProcessInstance dispatch = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        request(caseNumber, sender, receiver, kind));
    assertThat(dispatch).isWaitingAt(Activities.ACCEPT_ASSISTANCE);
    return dispatch;
  }

  private void refusedAtStart(Map<String, Object> variables, String messagePart) {
    String caseNumber = (String) variables.get(CASE_NUMBER);
    assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
        variables)).isInstanceOf(BadUserRequestException.class).hasMessageContaining(messagePart);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .count()).isZero();
  }

  private long visibleTo(String userId, ProcessInstance instance) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateUser(userId).count();
  }

  private boolean readersGranted(ProcessInstance instance, String group) {
    return processEngine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instance.getId()).count() == 1;
  }

  private long openTasks(ProcessInstance instance, String taskKey) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).count();
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

}
