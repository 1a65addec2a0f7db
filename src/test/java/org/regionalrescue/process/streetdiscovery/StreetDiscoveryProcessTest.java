package org.regionalrescue.process.streetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.*;
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
import java.util.stream.Stream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regionalrescue.calendar.Deadlines;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.process.rescuecase.IssueDocumentListener;
import org.regionalrescue.process.rescuecase.RescueCaseVariables;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.JointResult;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.OnSiteOutcome;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.ResponseLevel;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.TakenTo;
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.Vulnerability;
import org.regionalrescue.process.weathercampaign.PrepareCampaignListener;
import org.regionalrescue.process.weathercampaign.WeatherCampaignVariables;
import org.regionalrescue.process.weathercampaign.WeatherCampaigns;
import org.regionalrescue.security.AuthorizationGrants;
import org.regionalrescue.security.CaseAccess;
import org.regionalrescue.support.ApplicationConfiguration;
import org.regionalrescue.support.EngineTestSupport;
import org.regionalrescue.support.FictionalPeople;
import org.springframework.jdbc.core.JdbcTemplate;

@Deployment(resources = {
    "processes/street-discovery.bpmn",
    "processes/report-dispatch.dmn",
    "processes/weather-campaign.bpmn",
    "forms/discovery-report.form",
    "forms/discovery-dispatch-team.form",
    "forms/discovery-on-site.form",
    "forms/supervise-overdue.form",
    "forms/campaign-start.form",
    "forms/campaign-end-early.form",
    "standins/joint-handling.bpmn",
    "standins/rescue-case.bpmn"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class StreetDiscoveryProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  /** Monday 12 January 2026, 21:00 in China: a winter night. */
  private static final ZonedDateTime REPORTED = ZonedDateTime.parse("2026-01-12T21:00:00+08:00");
  private static final String REPORTER_PHONE = "0000-1234567";

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    var organisation = EngineTestSupport.organisation();
    var caseAccess = new CaseAccess(organisation, new AuthorizationGrants(processEngine.getAuthorizationService()));
    var campaigns = new WeatherCampaigns(processEngine.getRuntimeService(), organisation);
    EngineTestSupport.register("prepareStreetReportListener",
        new PrepareStreetReportListener(new StreetReportCheck(organisation), campaigns));
    EngineTestSupport.register("registerStreetReportDelegate", new RegisterStreetReportDelegate(organisation,
        new CaseNumbers(EngineTestSupport.dataSource()), EngineTestSupport.caseFiles(), caseAccess,
        ApplicationConfiguration.bind("rescue.deadlines", Deadlines.class)));
    EngineTestSupport.register("checkDispatchListener", new CheckDispatchListener(organisation));
    EngineTestSupport.register("checkOnSiteListener", new CheckOnSiteListener());
    EngineTestSupport.register("clearOnSiteAnswersListener", new ClearOnSiteAnswersListener());
    EngineTestSupport.register("startRescueCaseDelegate", new StartRescueCaseDelegate(processes(),
        EngineTestSupport.caseFiles()));
    EngineTestSupport.register("issueDocumentListener", new IssueDocumentListener(EngineTestSupport.caseRecords()));
    EngineTestSupport.register("prepareCampaignListener",
        new PrepareCampaignListener(organisation, processEngine.getIdentityService(), caseAccess));
    clockAt(REPORTED);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void aHotlineReportGoesToTheStationOfThePlaceAndThePersonWhoAcceptsHelpIsBroughtIn() {
    ProcessInstance report = report("qingshan.caseworker", Map.of(PLACE, "qingshan-songlin-village",
        URGENCY, "urgent", WEATHER_WARNING, "blue", PersonalFields.NAME, FictionalPeople.NAME,
        PERSON_APPEARANCE, "男，约70岁，灰色棉衣", PERSON_REPORTER_NAME, "报告人乙", PERSON_REPORTER_PHONE, REPORTER_PHONE));
    String reportNumber = report.getBusinessKey();

    assertThat(reportNumber).matches("qingshan-report-20260112-\\d{4}");
    assertThat(report).isWaitingAt(Activities.DISPATCH_TEAM).variables()
        .containsEntry(CASE_NUMBER, reportNumber).containsEntry(REPORT_NUMBER, reportNumber)
        .containsEntry(CASE_AGENCY, "qingshan").containsEntry(RESPONSIBLE_AGENCY, "qingshan")
        .containsEntry(RESPONSE_LEVEL, ResponseLevel.IMMEDIATE).containsEntry(FOLLOW_UP_PATROLS, 3)
        .containsEntry(PLACE_NAME, "松林镇松林村").containsEntry(CAMPAIGN_ACTIVE, false)
        .containsEntry(REPORTED_BY, "qingshan.caseworker").containsEntry(ESCALATION_AGENCY, "donghu-center")
        .containsEntry(RESPOND_BY, at("2026-01-12T21:30:00+08:00"))
        .containsEntry(ESCALATE_AT, at("2026-01-12T22:30:00+08:00"))
        .containsEntry("maskedName", "测**");
    // the report's personal data is in its case file, never in the engine
    assertThat(EngineTestSupport.caseFiles().person(reportNumber)).containsEntry("name", FictionalPeople.NAME)
        .containsEntry("appearance", "男，约70岁，灰色棉衣").containsEntry("reporterPhone", REPORTER_PHONE);
    assertNoPersonalVariables(report);
    assertThat(EngineTestSupport.caseRecords().contentOf(reportNumber, CaseRecordType.STREET_REPORT))
        .containsEntry("title", "发现报告登记表").containsEntry(PLACE, "qingshan-songlin-village")
        .containsEntry(RESPONSE_LEVEL, ResponseLevel.IMMEDIATE).containsEntry(REPORT_CHANNEL, "hotline");
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().groupIdIn("qingshan-caseworker")
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(report.getId()).hasPermission(Permissions.READ).count())
        .isOne();

    Task dispatch = task(report, Activities.DISPATCH_TEAM);
    assertThat(dispatch).hasCandidateGroup("qingshan-caseworker");
    assertThat(dispatch.getDueDate()).isEqualTo(at("2026-01-12T21:30:00+08:00"));
    assertThat(deployedFormOf(dispatch)).contains("\"id\": \"discovery-dispatch-team\"");
    assertThat(timer(report, Activities.RESPONSE_OVERDUE).getDuedate()).isEqualTo(at("2026-01-12T21:30:00+08:00"));
    assertThat(timer(report, Activities.RESPONSE_ESCALATED).getDuedate()).isEqualTo(at("2026-01-12T22:30:00+08:00"));
    assertRefused(dispatch, Map.of(JOINT_PATROL, false), "出勤人员");
    complete(dispatch, Map.of(RESPONSE_TEAM, "青山县救助站街面巡查组", JOINT_PATROL, false));

    Task onSite = task(report, Activities.HANDLE_ON_SITE);
    assertThat(deployedFormOf(onSite)).contains("\"id\": \"discovery-on-site\"");
    assertRefused(onSite, Map.of(ON_SITE_NOTE, "劝导"), "现场处置结果");
    assertRefused(onSite, onSite(OnSiteOutcome.ACCEPTED, Vulnerability.NONE, null), "护送去向");
    complete(onSite, with(onSite(OnSiteOutcome.ACCEPTED, Vulnerability.NONE, TakenTo.STATION),
        Map.of(PersonalFields.HEALTH_NOTES, "腿部有擦伤")));

    assertThat(report).isWaitingAt(Activities.START_RESCUE_CASE);
    executeJob(report, Activities.START_RESCUE_CASE);
    ProcessInstance rescueCase = rescueCaseOf(reportNumber);
    String caseNumber = rescueCase.getBusinessKey();
    assertThat(caseNumber).matches("qingshan-20260112-\\d{4}");
    assertThat(rescueCase).isWaitingAt("Task_RegisterPerson").variables()
        .containsEntry(RescueCaseVariables.CASE_AGENCY, "qingshan")
        .containsEntry(RescueCaseVariables.ARRIVAL_CHANNEL, "street-team")
        .containsEntry("handoverUnit", "青山县救助站街面巡查组").containsEntry("handoverRecordNumber", reportNumber)
        .containsEntry(TAKEN_TO, TakenTo.STATION).containsEntry("protectiveHelp", false);
    assertThat(EngineTestSupport.caseFiles().person(caseNumber)).containsEntry("name", FictionalPeople.NAME)
        .containsEntry("appearance", "男，约70岁，灰色棉衣").containsEntry("healthNotes", "腿部有擦伤")
        .doesNotContainKeys("reporterName", "reporterPhone");
    assertThat(report).isEnded().hasPassed("End_RescueCaseOpened");
    assertThat(historicVariable(report, RESCUE_CASE_NUMBER)).isEqualTo(caseNumber);
    assertThat(EngineTestSupport.caseRecords().typesOf(reportNumber))
        .containsExactly(CaseRecordType.STREET_REPORT, CaseRecordType.STREET_RESPONSE);
    assertThat(EngineTestSupport.caseRecords().contentOf(reportNumber, CaseRecordType.STREET_RESPONSE))
        .containsEntry(ON_SITE_OUTCOME, OnSiteOutcome.ACCEPTED).containsEntry(RESPONSE_TEAM, "青山县救助站街面巡查组");
    assertNoPersonalVariables(report);

    // a retried hand-over finds the case it opened; no second case
    assertThat(processes().startRescueCase(reportNumber, Map.of(RescueCaseVariables.CASE_AGENCY, "qingshan")))
        .isEqualTo(caseNumber);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(RescueCaseVariables.PROCESS_KEY).variableValueEquals(REPORT_NUMBER, reportNumber)
        .count()).isOne();
    processEngine.getTaskService().complete(task(rescueCase, "Task_RegisterPerson").getId());
  }

  @Test
  void aLateResponseIsChasedByTheSupervisorThenTheRegionalCenterAndARefusalIsPatrolledAgain() {
    ProcessInstance report = report("linjiang.caseworker", Map.of(PLACE, "linjiang-jiangkou"));
    assertThat(report).variables().containsEntry(RESPONSE_LEVEL, ResponseLevel.ROUTINE)
        .containsEntry(FOLLOW_UP_PATROLS, 1).containsEntry(CASE_AGENCY, "linjiang");

    fireTimer(report, Activities.RESPONSE_OVERDUE, "2026-01-12T23:00:00+08:00");
    Task supervise = task(report, Activities.SUPERVISE_RESPONSE);
    assertThat(supervise).hasCandidateGroup("linjiang-supervisor").hasName("督办：街面响应超时");
    assertThat(deployedFormOf(supervise)).contains("\"id\": \"supervise-overdue\"");
    fireTimer(report, Activities.RESPONSE_ESCALATED, "2026-01-13T00:00:00+08:00");
    Task escalated = task(report, Activities.ESCALATE_RESPONSE);
    assertThat(escalated).hasCandidateGroup("donghu-center-supervisor");
    complete(supervise, Map.of("supervisionAction", "urged", "supervisionNote", "已督促巡查组立即出动"));
    complete(escalated, Map.of("supervisionAction", "reported-up", "supervisionNote", "已调派中心巡查车"));

    complete(task(report, Activities.DISPATCH_TEAM), Map.of(RESPONSE_TEAM, "临江县救助站巡查组", JOINT_PATROL, false));
    Task onSite = task(report, Activities.HANDLE_ON_SITE);
    assertRefused(onSite, onSite(OnSiteOutcome.REFUSED, Vulnerability.NONE, null), "至少选择一项");
    assertRefused(onSite, with(onSite(OnSiteOutcome.REFUSED, Vulnerability.MINOR, null), supplies("[\"quilt\"]")),
        "保护性救助");
    assertRefused(onSite, with(onSite(OnSiteOutcome.REFUSED, Vulnerability.NONE, null), supplies("[\"gold\"]")),
        "无效的选项");
    clockAt(ZonedDateTime.parse("2026-01-13T00:20:00+08:00"));
    complete(onSite, with(onSite(OnSiteOutcome.REFUSED, Vulnerability.NONE, null),
        supplies("[\"quilt\",\"food\"]")));
    assertThat(EngineTestSupport.caseRecords().contentOf(report.getBusinessKey(), CaseRecordType.STREET_RESPONSE))
        .containsEntry(SUPPLIES_SUMMARY, "棉被、食品").containsEntry(ON_SITE_OUTCOME, OnSiteOutcome.REFUSED);

    // the follow-up patrol a day later starts with an empty form
    fireTimer(report, Activities.PATROL_DUE, "2026-01-14T00:20:00+08:00");
    Task patrol = task(report, Activities.FOLLOW_UP_PATROL);
    assertThat(patrol).hasCandidateGroup("linjiang-caseworker");
    assertThat(deployedFormOf(patrol)).contains("\"id\": \"discovery-on-site\"");
    assertThat(processEngine.getTaskService().getVariables(patrol.getId())).containsEntry(ON_SITE_OUTCOME, null)
        .containsEntry(SUPPLIES_SUMMARY, null);
    complete(patrol, with(onSite(OnSiteOutcome.REFUSED, Vulnerability.NONE, null), supplies("[\"clothing\"]")));

    assertThat(report).isEnded().hasPassed("End_PatrolsCompleted", "End_ResponseSupervised",
        "End_ResponseEscalated");
    assertThat(EngineTestSupport.caseRecords().typesOf(report.getBusinessKey())).containsExactly(
        CaseRecordType.STREET_REPORT, CaseRecordType.STREET_RESPONSE, CaseRecordType.FOLLOW_UP_PATROL);
    assertThat(EngineTestSupport.caseRecords().contentOf(report.getBusinessKey(), CaseRecordType.FOLLOW_UP_PATROL))
        .containsEntry(PATROLS_DONE, 1).containsEntry(SUPPLIES_SUMMARY, "衣物");
  }

  @Test
  void aJointPatrolWithPoliceAndUrbanManagementGoesThroughJointHandlingAndThenOnSite() {
    ProcessInstance report = report("baisha.caseworker", Map.of(PLACE, "baisha-nanmen", URGENCY, "urgent"));
    Task dispatch = task(report, Activities.DISPATCH_TEAM);
    assertRefused(dispatch, Map.of(RESPONSE_TEAM, "白沙区巡查组", JOINT_PATROL, true), "参加巡查的部门");
    assertRefused(dispatch, Map.of(RESPONSE_TEAM, "白沙区巡查组", JOINT_PATROL, true,
        JOINT_DEPARTMENT_KINDS, SpinValues.jsonValue("[\"police\"]").create()), "会办事项");
    complete(dispatch, Map.of(RESPONSE_TEAM, "白沙区巡查组", JOINT_PATROL, true,
        JOINT_DEPARTMENT_KINDS, SpinValues.jsonValue("[\"police\",\"urban-management\"]").create(),
        JOINT_TOPIC, "桥洞下多人聚集露宿，请公安、城管共同劝导"));

    ProcessInstance joint = jointHandlingOf(report);
    assertThat(joint.getBusinessKey()).isEqualTo(report.getBusinessKey());
    assertThat(joint).variables().containsEntry("caseAgency", "baisha")
        .containsEntry("caseNumber", report.getBusinessKey())
        .containsEntry(JOINT_DEPARTMENTS, List.of("donghu-police", "donghu-urban"))
        .containsEntry(JOINT_TOPIC, "桥洞下多人聚集露宿，请公安、城管共同劝导");
    processEngine.getTaskService().complete(task(joint, "StandIn_Task").getId(),
        Map.of(JOINT_RESULT, JointResult.CONTINUE));

    complete(task(report, Activities.HANDLE_ON_SITE), onSite(OnSiteOutcome.NOT_FOUND, null, null));
    assertThat(report).variables().containsEntry(JOINT_RESULT, JointResult.CONTINUE);
    fireTimer(report, Activities.PATROL_DUE, "2026-01-13T21:00:00+08:00");
    complete(task(report, Activities.FOLLOW_UP_PATROL), onSite(OnSiteOutcome.ACCEPTED, Vulnerability.NONE,
        TakenTo.STATION));
    executeJob(report, Activities.START_RESCUE_CASE);

    assertThat(report).isEnded().hasPassed("End_RescueCaseOpened", Activities.FOLLOW_UP_PATROL);
    assertThat(rescueCaseOf(report.getBusinessKey()).getBusinessKey()).startsWith("baisha-20260113-");
  }

  static Stream<Arguments> jointResults() {
    return Stream.of(
        Arguments.of(JointResult.POLICE, "End_HandedToPolice", null, null),
        Arguments.of(JointResult.REFERRAL, "End_Referred", null, null),
        Arguments.of(JointResult.RETURN, "End_ReturnedHome", null, null),
        Arguments.of(JointResult.ADMIT, "End_RescueCaseOpened", TakenTo.STATION, false),
        Arguments.of(JointResult.MEDICAL, "End_RescueCaseOpened", TakenTo.HOSPITAL, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jointResults")
  void theResultOfJointHandlingEndsTheResponse(String jointResult, String end, String takenTo, Boolean protective) {
    ProcessInstance report = report("linjiang.caseworker", Map.of(PLACE, "linjiang-liuwan-village"));
    complete(task(report, Activities.DISPATCH_TEAM), Map.of(RESPONSE_TEAM, "临江县巡查组", JOINT_PATROL, true,
        JOINT_DEPARTMENT_KINDS, SpinValues.jsonValue("[\"police\",\"health\"]").create(), JOINT_TOPIC, "联合处置"));
    ProcessInstance joint = jointHandlingOf(report);
    assertThat(joint).variables().containsEntry(JOINT_DEPARTMENTS, List.of("donghu-police", "donghu-health"));
    processEngine.getTaskService().complete(task(joint, "StandIn_Task").getId(), Map.of(JOINT_RESULT, jointResult));

    if (takenTo != null) {
      executeJob(report, Activities.START_RESCUE_CASE);
      assertThat(rescueCaseOf(report.getBusinessKey())).variables().containsEntry(TAKEN_TO, takenTo)
          .containsEntry("protectiveHelp", protective);
    }
    assertThat(report).isEnded().hasPassed(end, "End_JointConcluded").hasNotPassed(Activities.HANDLE_ON_SITE);
  }

  @Test
  void minorsAndTheSickGetProtectiveHelpAndCannotBeRecordedAsRefusing() {
    ProcessInstance report = report("qingshan.caseworker", Map.of(PLACE, "qingshan-shiqiao", URGENCY, "critical"));
    assertThat(report).variables().containsEntry(RESPONSE_LEVEL, ResponseLevel.IMMEDIATE);
    complete(task(report, Activities.DISPATCH_TEAM), Map.of(RESPONSE_TEAM, "青山县巡查组"));
    Task onSite = task(report, Activities.HANDLE_ON_SITE);

    assertRefused(onSite, onSite(OnSiteOutcome.PROTECTIVE, Vulnerability.NONE, TakenTo.STATION), "接受救助");
    assertRefused(onSite, onSite(OnSiteOutcome.PROTECTIVE, null, TakenTo.STATION), "未成年人、危重病人");
    assertRefused(onSite, onSite(OnSiteOutcome.PROTECTIVE, Vulnerability.SUDDEN_ILLNESS, TakenTo.HOSPITAL), "120");
    assertRefused(onSite, with(onSite(OnSiteOutcome.PROTECTIVE, Vulnerability.SUDDEN_ILLNESS, TakenTo.STATION),
        Map.of(EMERGENCY_CALLED, true)), "送医院");
    assertRefused(onSite, onSite(OnSiteOutcome.ACCEPTED, Vulnerability.CRITICALLY_ILL, TakenTo.STATION), "送医院");
    assertRefused(onSite, with(onSite(OnSiteOutcome.REFUSED, Vulnerability.MENTALLY_ILL, null),
        supplies("[\"food\"]")), "不能按拒绝救助处理");
    complete(onSite, with(onSite(OnSiteOutcome.PROTECTIVE, Vulnerability.SUDDEN_ILLNESS, TakenTo.HOSPITAL),
        Map.of(EMERGENCY_CALLED, true)));

    executeJob(report, Activities.START_RESCUE_CASE);
    assertThat(rescueCaseOf(report.getBusinessKey())).variables().containsEntry(TAKEN_TO, TakenTo.HOSPITAL)
        .containsEntry(VULNERABILITY, Vulnerability.SUDDEN_ILLNESS).containsEntry("protectiveHelp", true);
    assertThat(report).isEnded().hasPassed("End_RescueCaseOpened");
  }

  @Test
  void aWinterCampaignRaisesTheResponseAndPatrolsMoreOftenInItsAreaUntilItEnds() {
    ProcessInstance campaign = startCampaign("qingshan.supervisor", "2026-01-10", "2026-01-20");
    assertThat(campaign).isWaitingAt(WeatherCampaignVariables.Activities.RUN_CAMPAIGN);

    ProcessInstance inCampaign = report("qingshan.caseworker", Map.of(PLACE, "qingshan-shiqiao-community"));
    assertThat(inCampaign).variables().containsEntry(CAMPAIGN_ACTIVE, true).containsEntry(CAMPAIGN_TYPE, "winter")
        .containsEntry(RESPONSE_LEVEL, ResponseLevel.PRIORITY).containsEntry(FOLLOW_UP_PATROLS, 3)
        .containsEntry(RESPOND_BY, at("2026-01-12T22:00:00+08:00"));
    ProcessInstance elsewhere = report("linjiang.caseworker", Map.of(PLACE, "linjiang-jiangkou-village"));
    assertThat(elsewhere).variables().containsEntry(CAMPAIGN_ACTIVE, false)
        .containsEntry(RESPONSE_LEVEL, ResponseLevel.ROUTINE);

    // someone who refuses is looked for again every 12 hours, three times
    complete(task(inCampaign, Activities.DISPATCH_TEAM), Map.of(RESPONSE_TEAM, "青山县巡查组", JOINT_PATROL, false));
    complete(task(inCampaign, Activities.HANDLE_ON_SITE), with(onSite(OnSiteOutcome.REFUSED, Vulnerability.NONE, null),
        supplies("[\"quilt\",\"clothing\"]")));
    fireTimer(inCampaign, Activities.PATROL_DUE, "2026-01-13T09:00:00+08:00");
    complete(task(inCampaign, Activities.FOLLOW_UP_PATROL), onSite(OnSiteOutcome.NOT_FOUND, null, null));
    fireTimer(inCampaign, Activities.PATROL_DUE, "2026-01-13T21:00:00+08:00");
    complete(task(inCampaign, Activities.FOLLOW_UP_PATROL), with(onSite(OnSiteOutcome.REFUSED, Vulnerability.NONE,
        null), supplies("[\"food\"]")));
    fireTimer(inCampaign, Activities.PATROL_DUE, "2026-01-14T09:00:00+08:00");
    complete(task(inCampaign, Activities.FOLLOW_UP_PATROL), onSite(OnSiteOutcome.NOT_FOUND, null, null));
    assertThat(inCampaign).isEnded().hasPassed("End_PatrolsCompleted");
    assertThat(historicVariable(inCampaign, PATROLS_DONE)).isEqualTo(3);

    // the campaign ends at the end of its last day; a later report is ordinary again
    fireTimer(campaign, WeatherCampaignVariables.Activities.CAMPAIGN_ENDS, "2026-01-21T00:00:00+08:00");
    assertThat(campaign).isEnded().hasPassed("End_CampaignExpired");
    ProcessInstance afterCampaign = report("qingshan.caseworker", Map.of(PLACE, "qingshan-shiqiao-community"));
    assertThat(afterCampaign).variables().containsEntry(CAMPAIGN_ACTIVE, false)
        .containsEntry(RESPONSE_LEVEL, ResponseLevel.ROUTINE);
  }

  @Test
  void aReportInTheRegionalCentersOwnAreaIsAnsweredByTheCenterAndEscalatedToTheProvince() {
    ProcessInstance report = report("center.caseworker", Map.of(PLACE, "donghu-center", URGENCY, "critical",
        REPORT_CHANNEL, "police"));
    assertThat(report.getBusinessKey()).startsWith("donghu-center-report-20260112-");
    assertThat(report).variables().containsEntry(CASE_AGENCY, "donghu-center")
        .containsEntry(ESCALATION_AGENCY, "jiangnan-province");
    fireTimer(report, Activities.RESPONSE_OVERDUE, "2026-01-12T21:30:00+08:00");
    assertThat(task(report, Activities.SUPERVISE_RESPONSE)).hasCandidateGroup("donghu-center-supervisor");
    fireTimer(report, Activities.RESPONSE_ESCALATED, "2026-01-12T22:30:00+08:00");
    assertThat(task(report, Activities.ESCALATE_RESPONSE)).hasCandidateGroup("jiangnan-province-supervisor");
  }

  @Test
  void aBadReportIsRefusedWithEveryProblemNamedAndNothingIsCreated() {
    JdbcTemplate jdbc = new JdbcTemplate(EngineTestSupport.dataSource());
    long instancesBefore = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).count();
    Integer filesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class);

    assertReportRefused(Map.of(), "报告渠道为必填项", "发现地点为必填项", "具体位置为必填项", "现场情况为必填项",
        "紧急程度为必填项");
    assertReportRefused(Map.of(REPORT_CHANNEL, "hotline", PLACE, "nowhere-town", LOCATION_DETAIL, "桥下",
        SITUATION, "有人露宿", URGENCY, "soon"), "“nowhere-town”不是本区域", "紧急程度只能是");
    assertReportRefused(with(goodReport(), Map.of(SITUATION, "<script>alert(1)</script>")), "现场情况不能包含 HTML");
    assertReportRefused(with(goodReport(), Map.of(LOCATION_DETAIL, "桥".repeat(201))), "具体位置不能超过200个字");
    assertReportRefused(with(goodReport(), Map.of(PLACE, "donghu-police")), "不是本区域");
    assertReportRefused(with(goodReport(), Map.of(PERSON_REPORTER_PHONE, "call me")), "报告人联系电话只能包含");
    assertReportRefused(with(goodReport(), Map.of(URGENCY, 3)), "紧急程度应为文本");

    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .count()).isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class)).isEqualTo(filesBefore);
  }

  // ---- steps

  private ProcessInstance report(String reporter, Map<String, Object> changes) {
    processEngine.getIdentityService().setAuthenticatedUserId(reporter);
    try {
      return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, with(goodReport(), changes));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private static Map<String, Object> goodReport() {
    return Map.of(REPORT_CHANNEL, "hotline", PLACE, "qingshan-songlin", LOCATION_DETAIL, "松林镇汽车站候车厅门口",
        SITUATION, "一名老人在候车厅外过夜，衣着单薄", URGENCY, "normal");
  }

  private void assertReportRefused(Map<String, Object> report, String... messageParts) {
    assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, report))
        .satisfies(refusal -> assertThat(badInputBehind(refusal)).isNotNull().hasMessageContainingAll(messageParts));
  }

  private static Map<String, Object> onSite(String outcome, String vulnerability, String takenTo) {
    Map<String, Object> form = new HashMap<>();
    form.put(ARRIVED_AT, "2026-01-12T21:20:00+08:00");
    form.put(ON_SITE_OUTCOME, outcome);
    form.put(VULNERABILITY, vulnerability);
    form.put(TAKEN_TO, takenTo);
    form.put(ON_SITE_NOTE, "到场劝导，告知救助政策");
    return form;
  }

  private static Map<String, Object> supplies(String json) {
    return Map.of(SUPPLIES_GIVEN, SpinValues.jsonValue(json).create());
  }

  private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
    Map<String, Object> all = new HashMap<>(base);
    all.putAll(more);
    return all;
  }

  private ProcessInstance startCampaign(String supervisor, String from, String until) {
    processEngine.getIdentityService().setAuthenticatedUserId(supervisor);
    try {
      return processEngine.getRuntimeService().startProcessInstanceByKey(WeatherCampaignVariables.PROCESS_KEY,
          Map.of(WeatherCampaignVariables.CAMPAIGN_TYPE, "winter", WeatherCampaignVariables.CAMPAIGN_FROM, from,
              WeatherCampaignVariables.CAMPAIGN_UNTIL, until));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  // ---- engine helpers

  private StreetDiscoveryProcesses processes() {
    return new StreetDiscoveryProcesses(processEngine.getRuntimeService(), processEngine.getHistoryService());
  }

  private ProcessInstance rescueCaseOf(String reportNumber) {
    return processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(RescueCaseVariables.PROCESS_KEY).variableValueEquals(REPORT_NUMBER, reportNumber)
        .singleResult();
  }

  private ProcessInstance jointHandlingOf(ProcessInstance report) {
    executeJob(report, Activities.JOINT_HANDLING);
    return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(report.getId())
        .singleResult();
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

  private void fireTimer(ProcessInstance instance, String activityId, String when) {
    Job timer = timer(instance, activityId);
    assertThat(timer).as("timer %s", activityId).isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(at(when));
    clockAt(ZonedDateTime.parse(when));
    processEngine.getManagementService().executeJob(timer.getId());
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private void assertNoPersonalVariables(ProcessInstance instance) {
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableNameLike(PersonalFields.PREFIX + "%").count()).isZero();
    assertThat(processEngine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId())
        .list()).noneMatch(detail -> detail.toString().contains(PersonalFields.PREFIX));
  }

  private static void clockAt(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }
}
