package org.regionalrescue.process.pilotprogramme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables.*;
import static org.regionalrescue.support.ProcessAssertions.assertRefused;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.badInputBehind;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.regionalrescue.support.ProcessAssertions.task;
import static org.regionalrescue.support.ProcessAssertions.timer;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.organisation.StaffAgencies;
import org.regionalrescue.process.rescuecase.IssueDocumentListener;
import org.regionalrescue.security.AuthorizationGrants;
import org.regionalrescue.security.CaseAccess;
import org.regionalrescue.support.ApplicationConfiguration;
import org.regionalrescue.support.EngineTestSupport;

@Deployment(resources = {
    "processes/pilot-programme.bpmn",
    "forms/pilot-application.form",
    "forms/pilot-select.form",
    "forms/pilot-plan.form",
    "forms/pilot-review-plan.form",
    "forms/pilot-submit.form",
    "forms/pilot-expert-review.form",
    "forms/pilot-approve.form",
    "forms/pilot-evaluate.form",
    "forms/pilot-extension.form",
    "forms/pilot-summary.form",
    "forms/pilot-provincial-report.form",
    "forms/pilot-acceptance.form",
    "forms/supervise-overdue.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class PilotProgrammeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final String BUREAU = "donghu-civil-affairs";
  /** Monday 11 March 2024, five days after the notice. */
  private static final ZonedDateTime APPLIED = ZonedDateTime.parse("2024-03-11T09:00:00+08:00");
  /** The end of 15 April 2024 in China: rescue.pilot.submission-deadline of application.yml. */
  private static final String DEADLINE = "2024-04-16T00:00:00+08:00";

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    var organisation = EngineTestSupport.organisation();
    PilotSettings settings = ApplicationConfiguration.bind("rescue.pilot", PilotSettings.class);
    PilotSchedule schedule = new PilotSchedule(settings);
    EngineTestSupport.register("openPilotListener", new OpenPilotListener(organisation,
        new StaffAgencies(processEngine.getIdentityService(), organisation),
        new CaseNumbers(EngineTestSupport.dataSource()),
        new CaseAccess(organisation, new AuthorizationGrants(processEngine.getAuthorizationService())), settings));
    EngineTestSupport.register("checkPilotAnswersListener", new CheckPilotAnswersListener(schedule));
    EngineTestSupport.register("pilotSchedule", schedule);
    EngineTestSupport.register("issueDocumentListener", new IssueDocumentListener(EngineTestSupport.caseRecords()));
    clockAt(APPLIED);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void aBureauAppliesWithConsentAndThePilotRunsItsTermIsExtendedOnceAndIsAcceptedAfterRectification() {
    ProcessInstance pilot = apply("donghu.bureau", Map.of());
    String pilotNumber = pilot.getBusinessKey();
    assertThat(pilotNumber).matches("pilot-20240311-\\d{4}");
    assertThat(pilot).variables().containsEntry(CASE_NUMBER, pilotNumber).containsEntry(APPLICANT_AGENCY, BUREAU)
        .containsEntry(APPLICANT_NAME, "东湖市民政局").containsEntry(PROVINCE_AGENCY, "jiangnan-province")
        .containsEntry(MINISTRY_AGENCY, "mca-rescue").containsEntry(APPLIED_BY, "donghu.bureau")
        .containsEntry(PILOT_TASKS_SUMMARY, "完善救助服务网络、优化救助服务供给");
    assertThat(EngineTestSupport.caseRecords().contentOf(pilotNumber, CaseRecordType.PILOT_APPLICATION))
        .containsEntry("title", "救助管理区域性中心试点申报表").containsEntry(GOVERNMENT_CONSENT, true)
        .containsEntry(CONSENT_DOCUMENT, "东政函〔2024〕12号");
    for (String reader : List.of("donghu-civil-affairs-caseworker", "jiangnan-province-supervisor",
        "mca-rescue-caseworker", "donghu-center-supervisor")) {
      assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().groupIdIn(reader)
          .resourceType(Resources.PROCESS_INSTANCE).resourceId(pilot.getId()).hasPermission(Permissions.READ)
          .count()).as(reader).isOne();
    }

    // the province selects against the four criteria
    Task select = task(pilot, Activities.SELECT_PILOT);
    assertThat(select).hasCandidateGroup("jiangnan-province-supervisor");
    assertThat(deployedFormOf(select)).contains("\"id\": \"pilot-select\"");
    assertRefused(select, Map.of(SELECTION_DECISION, "recommend"), "改革意愿");
    assertRefused(select, with(ratings("weak"), Map.of(SELECTION_DECISION, "recommend")), "遴选意见");
    complete(select, with(ratings("strong"), Map.of(SELECTION_DECISION, "recommend")));

    // the applicant writes the plan, the province sends it back once, then submits it on time
    Task draft = task(pilot, Activities.DRAFT_PLAN);
    assertThat(draft).hasCandidateGroup("donghu-civil-affairs-caseworker");
    assertThat(draft.getDueDate()).isEqualTo(at(DEADLINE));
    Map<String, Object> incomplete = new HashMap<>(plan());
    incomplete.remove("planSafeguards");
    assertRefused(draft, incomplete, "保障措施");
    complete(draft, plan());
    Task review = task(pilot, Activities.REVIEW_PLAN);
    assertThat(review).hasCandidateGroup("jiangnan-province-caseworker");
    assertRefused(review, Map.of(PLAN_REVIEW, "revise"), "修改意见");
    complete(review, Map.of(PLAN_REVIEW, "revise", PLAN_REVIEW_NOTE, "进度安排请细化到季度"));
    complete(task(pilot, Activities.DRAFT_PLAN), plan());
    assertThat(pilot).variables().containsEntry(PLAN_VERSION, 2);
    complete(task(pilot, Activities.REVIEW_PLAN), Map.of(PLAN_REVIEW, "approve"));
    Task submit = task(pilot, Activities.SUBMIT_TO_MINISTRY);
    assertThat(submit.getDueDate()).isEqualTo(at(DEADLINE));
    assertThat(timer(pilot, Activities.SUBMISSION_DEADLINE).getDuedate()).isEqualTo(at(DEADLINE));
    assertRefused(submit, Map.of(SUBMITTED_ON, "2024-04-12", PAPER_DOCUMENT_NUMBER, "江民函〔2024〕30号"), "电子版");
    clockAt(ZonedDateTime.parse("2024-04-12T15:00:00+08:00"));
    complete(submit, submission());
    assertThat(pilot).variables().containsEntry(SUBMITTED_LATE, false);
    assertThat(timer(pilot, Activities.SUBMISSION_DEADLINE)).isNull();

    // the ministry: expert review, approval
    Task expertReview = task(pilot, Activities.EXPERT_REVIEW);
    assertThat(expertReview).hasCandidateGroup("mca-rescue-caseworker");
    assertRefused(expertReview, with(expertReview(), Map.of(EXPERT_SCORE, 120)), "专家评分");
    complete(expertReview, expertReview());
    Task approve = task(pilot, Activities.APPROVE_PILOT);
    assertThat(approve).hasCandidateGroup("mca-rescue-supervisor");
    assertRefused(approve, Map.of(APPROVAL_DECISION, "approve"), "批复文号");
    clockAt(ZonedDateTime.parse("2024-06-03T10:00:00+08:00"));
    complete(approve, Map.of(APPROVAL_DECISION, "approve", APPROVAL_DOCUMENT, "民函〔2024〕88号"));

    // two years, with the province's evaluation every six months before the end
    assertThat(pilot).isWaitingAt(Activities.TERM_ENDS);
    assertThat(timer(pilot, Activities.TERM_ENDS).getDuedate()).isEqualTo(at("2026-06-03T10:00:00+08:00"));
    evaluate(pilot, "2024-12-03T10:00:00+08:00", true);
    evaluate(pilot, "2025-06-03T10:00:00+08:00", false);
    evaluate(pilot, "2025-12-03T10:00:00+08:00", false);
    assertThat(timer(pilot, Activities.EVALUATION_DUE)).isNull();
    fireTimer(pilot, Activities.TERM_ENDS, "2026-06-03T10:00:00+08:00");

    // extended once for a year, with one evaluation in it
    Task extension = task(pilot, Activities.DECIDE_EXTENSION);
    assertThat(extension).hasCandidateGroup("mca-rescue-supervisor");
    assertRefused(extension, Map.of(EXTENSION_DECISION, "extend"), "延长试点期限的，请写明理由");
    complete(extension, Map.of(EXTENSION_DECISION, "extend", EXTENSION_REASON, "跨省护送机制尚需检验"));
    assertThat(pilot).variables().containsEntry(EXTENSIONS_GRANTED, 1);
    assertThat(timer(pilot, Activities.TERM_ENDS).getDuedate()).isEqualTo(at("2027-06-03T10:00:00+08:00"));
    evaluate(pilot, "2026-12-03T10:00:00+08:00", false);
    assertThat(timer(pilot, Activities.EVALUATION_DUE)).isNull();
    fireTimer(pilot, Activities.TERM_ENDS, "2027-06-03T10:00:00+08:00");
    complete(task(pilot, Activities.DECIDE_EXTENSION), Map.of(EXTENSION_DECISION, "conclude"));

    // summary → provincial overall report → acceptance, once after rectification
    Task summary = task(pilot, Activities.SUBMIT_SUMMARY);
    assertThat(summary).hasCandidateGroup("donghu-civil-affairs-caseworker");
    assertThat(summary.getDueDate()).isEqualTo(at("2027-08-02T10:00:00+08:00"));
    assertRefused(summary, Map.of(SUMMARY_DOCUMENT, "东民〔2027〕5号"), "主要成效");
    complete(summary, summary());
    Task provincial = task(pilot, Activities.PROVINCIAL_REPORT);
    assertThat(provincial).hasCandidateGroup("jiangnan-province-caseworker");
    assertThat(provincial.getDueDate()).isEqualTo(at("2027-07-03T10:00:00+08:00"));
    complete(provincial, provincialReport());
    Task acceptance = task(pilot, Activities.ACCEPT_PILOT);
    assertThat(acceptance).hasCandidateGroup("mca-rescue-supervisor");
    assertRefused(acceptance, Map.of(ACCEPTANCE_DECISION, "rectify"), "整改要求");
    complete(acceptance, Map.of(ACCEPTANCE_DECISION, "rectify", ACCEPTANCE_NOTE, "请补充经费使用情况"));
    complete(task(pilot, Activities.SUBMIT_SUMMARY), summary());
    complete(task(pilot, Activities.PROVINCIAL_REPORT), provincialReport());
    complete(task(pilot, Activities.ACCEPT_PILOT), Map.of(ACCEPTANCE_DECISION, "accepted"));

    assertThat(pilot).isEnded().hasPassed("End_Accepted", "End_Submitted", "End_TermEnded", "End_Evaluated");
    assertThat(EngineTestSupport.caseRecords().typesOf(pilotNumber)).containsExactly(
        CaseRecordType.PILOT_APPLICATION, CaseRecordType.PILOT_SELECTION, CaseRecordType.PILOT_PLAN,
        CaseRecordType.PILOT_PLAN, CaseRecordType.PILOT_SUBMISSION, CaseRecordType.PILOT_EXPERT_REVIEW,
        CaseRecordType.PILOT_APPROVAL, CaseRecordType.PILOT_EVALUATION, CaseRecordType.PILOT_EVALUATION,
        CaseRecordType.PILOT_EVALUATION, CaseRecordType.PILOT_EXTENSION, CaseRecordType.PILOT_EVALUATION,
        CaseRecordType.PILOT_EXTENSION, CaseRecordType.PILOT_SUMMARY, CaseRecordType.PILOT_PROVINCIAL_REPORT,
        CaseRecordType.PILOT_ACCEPTANCE, CaseRecordType.PILOT_SUMMARY, CaseRecordType.PILOT_PROVINCIAL_REPORT,
        CaseRecordType.PILOT_ACCEPTANCE);
  }

  @Test
  void aLateSubmissionIsChasedByTheProvincesSupervisorAndRecordedAsLate() {
    ProcessInstance pilot = apply("donghu.bureau", Map.of());
    complete(task(pilot, Activities.SELECT_PILOT), with(ratings("adequate"), Map.of(SELECTION_DECISION, "recommend")));
    complete(task(pilot, Activities.DRAFT_PLAN), plan());
    complete(task(pilot, Activities.REVIEW_PLAN), Map.of(PLAN_REVIEW, "approve"));

    fireTimer(pilot, Activities.SUBMISSION_DEADLINE, DEADLINE);
    Task supervise = task(pilot, Activities.SUPERVISE_SUBMISSION);
    assertThat(supervise).hasCandidateGroup("jiangnan-province-supervisor");
    assertThat(deployedFormOf(supervise)).contains("\"id\": \"supervise-overdue\"");
    complete(supervise, Map.of("supervisionAction", "urged", "supervisionNote", "已督促当日报送并说明逾期原因"));
    clockAt(ZonedDateTime.parse("2024-04-17T10:00:00+08:00"));
    complete(task(pilot, Activities.SUBMIT_TO_MINISTRY), submission());

    assertThat(pilot).isWaitingAt(Activities.EXPERT_REVIEW).hasPassed("End_SubmissionSupervised");
    assertThat(EngineTestSupport.caseRecords().contentOf(pilot.getBusinessKey(), CaseRecordType.PILOT_SUBMISSION))
        .containsEntry(SUBMITTED_LATE, true);
  }

  @Test
  void theProvinceDoesNotRecommendWithItsReasons() {
    ProcessInstance pilot = apply("donghu.bureau", Map.of());
    Task select = task(pilot, Activities.SELECT_PILOT);
    assertRefused(select, with(ratings("adequate"), Map.of(SELECTION_DECISION, "not-recommended")), "遴选意见");
    complete(select, with(ratings("adequate"), Map.of(SELECTION_DECISION, "not-recommended",
        SELECTION_NOTE, "救助任务量较小，建议下一批次申报")));

    assertThat(pilot).isEnded().hasPassed("End_SelectionEnded", "End_NotRecommended")
        .hasNotPassed(Activities.DRAFT_PLAN);
  }

  @Test
  void theMinistryMayDeclineAfterTheExpertReview() {
    ProcessInstance pilot = apply("donghu.bureau", Map.of());
    complete(task(pilot, Activities.SELECT_PILOT), with(ratings("strong"), Map.of(SELECTION_DECISION, "recommend")));
    complete(task(pilot, Activities.DRAFT_PLAN), plan());
    complete(task(pilot, Activities.REVIEW_PLAN), Map.of(PLAN_REVIEW, "approve"));
    complete(task(pilot, Activities.SUBMIT_TO_MINISTRY), submission());
    complete(task(pilot, Activities.EXPERT_REVIEW), with(expertReview(), Map.of(EXPERT_RECOMMENDATION, "not-include",
        EXPERT_SCORE, 55)));
    Task approve = task(pilot, Activities.APPROVE_PILOT);
    assertRefused(approve, Map.of(APPROVAL_DECISION, "reject"), "理由");
    complete(approve, Map.of(APPROVAL_DECISION, "reject", APPROVAL_NOTE, "试点任务与已有试点重复"));

    assertThat(pilot).isEnded().hasPassed("End_Rejected").hasNotPassed(Activities.IMPLEMENTATION);
  }

  @Test
  void onlyACivilAffairsBureauAppliesAndOnlyWithTheLocalGovernmentsConsent() {
    long before = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).count();
    assertApplicationRefused("donghu.bureau", Map.of(GOVERNMENT_CONSENT, false), "征得当地政府同意");
    assertApplicationRefused("qingshan.caseworker", Map.of(), "不属于民政部门");
    assertApplicationRefused("province.officer", Map.of(), "不属于民政部门");
    assertApplicationRefused(null, Map.of(APPLICANT_AGENCY, "qingshan"), "须为试点区域的民政部门");
    assertApplicationRefused(null, Map.of(), "不属于民政部门");
    assertApplicationRefused("donghu.bureau", Map.of(AREA_TYPE, "city"), "试点区域类型");
    assertApplicationRefused("donghu.bureau", Map.of(PILOT_TASKS, SpinValues.jsonValue("[]").create()),
        "拟探索的试点任务");
    assertApplicationRefused("donghu.bureau", Map.of(ANNUAL_CASELOAD, -5), "上年度救助人次");
    assertApplicationRefused("donghu.bureau", Map.of(PILOT_AREA, " "), "试点区域");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .count()).isEqualTo(before);

    // started by another system without a logged-in user, the bureau is named
    assertThat(apply(null, Map.of(APPLICANT_AGENCY, BUREAU))).variables().containsEntry(APPLICANT_AGENCY, BUREAU);
  }

  // ---- steps

  private ProcessInstance apply(String user, Map<String, Object> changes) {
    processEngine.getIdentityService().setAuthenticatedUserId(user);
    try {
      return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, with(application(), changes));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private void assertApplicationRefused(String user, Map<String, Object> changes, String messagePart) {
    assertThatThrownBy(() -> apply(user, changes))
        .satisfies(refusal -> assertThat(badInputBehind(refusal)).isNotNull().hasMessageContaining(messagePart));
  }

  private static Map<String, Object> application() {
    Map<String, Object> form = new HashMap<>();
    form.put(PILOT_AREA, "东湖市辖区");
    form.put(AREA_TYPE, "prefecture-districts");
    form.put(IMPLEMENTING_BODY, "东湖市救助管理站");
    form.put(POPULATION, 320);
    form.put(STATION_COUNT, 4);
    form.put(ANNUAL_CASELOAD, 5200);
    form.put(EXISTING_CAPACITY, "床位200张，专职社工15名，已建信息平台");
    form.put(LOCATION_ADVANTAGES, "交通枢纽，辐射三县区");
    form.put(REFORM_WILLINGNESS, "市政府将区域一体化列入年度重点改革");
    form.put(PILOT_TASKS, SpinValues.jsonValue("[\"service-network\",\"service-supply\"]").create());
    form.put(GOVERNMENT_CONSENT, true);
    form.put(CONSENT_DOCUMENT, "东政函〔2024〕12号");
    form.put(CONTACT_OFFICE, "社会事务科 0000-12345678");
    return form;
  }

  private static Map<String, Object> ratings(String oneOfThem) {
    return Map.of(REFORM_WILLINGNESS_RATING, "strong", LOCATION_RATING, "adequate", CAPACITY_RATING, "strong",
        CASELOAD_RATING, oneOfThem);
  }

  private static Map<String, Object> plan() {
    Map<String, Object> plan = new HashMap<>();
    PLAN_ORDER.forEach(content -> plan.put(content, PLAN_CONTENTS.get(content) + "：演示内容"));
    return plan;
  }

  private static Map<String, Object> submission() {
    return Map.of(SUBMITTED_ON, "2024-04-12", PAPER_DOCUMENT_NUMBER, "江民函〔2024〕30号", ELECTRONIC_COPY_SENT, true);
  }

  private static Map<String, Object> expertReview() {
    return Map.of(EXPERT_PANEL, "救助管理专家组（5人）", EXPERT_SCORE, 88, EXPERT_RECOMMENDATION, "include",
        EXPERT_OPINION, "思路清晰，任务聚焦，建议列入");
  }

  private static Map<String, Object> summary() {
    return Map.of(SUMMARY_DOCUMENT, "东民〔2027〕5号", SUMMARY_HIGHLIGHTS, "提级办理和协同会办机制运转顺畅");
  }

  private static Map<String, Object> provincialReport() {
    return Map.of(PROVINCIAL_REPORT_DOCUMENT, "江民〔2027〕9号", PROVINCIAL_REPORT_SUMMARY, "全省试点总体情况良好");
  }

  /** The evaluation falls due at {@code when}; the job runs a minute later, as the job executor would. */
  private void evaluate(ProcessInstance pilot, String when, boolean tryUnreported) {
    Job due = timer(pilot, Activities.EVALUATION_DUE);
    assertThat(due.getDuedate()).isEqualTo(at(when));
    clockAt(ZonedDateTime.parse(when).plusMinutes(1));
    processEngine.getManagementService().executeJob(due.getId());
    Task evaluation = task(pilot, Activities.EVALUATE_PILOT);
    assertThat(evaluation).hasCandidateGroup("jiangnan-province-caseworker");
    Map<String, Object> answers = Map.of(EVALUATION_RATING, "good", EVALUATION_FINDINGS, "按计划推进",
        EVALUATION_REPORTED, true);
    if (tryUnreported) {
      assertRefused(evaluation, with(answers, Map.of(EVALUATION_REPORTED, false)), "报送民政部");
    }
    complete(evaluation, answers);
  }

  private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
    Map<String, Object> all = new HashMap<>(base);
    all.putAll(more);
    return all;
  }

  // ---- engine helpers

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private void fireTimer(ProcessInstance instance, String activityId, String when) {
    Job timer = timer(instance, activityId);
    assertThat(timer).as("timer %s", activityId).isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(at(when));
    clockAt(ZonedDateTime.parse(when));
    processEngine.getManagementService().executeJob(timer.getId());
  }

  private static void clockAt(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }
}
