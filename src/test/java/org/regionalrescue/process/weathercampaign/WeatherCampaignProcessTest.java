package org.regionalrescue.process.weathercampaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalrescue.process.weathercampaign.WeatherCampaignVariables.*;
import static org.regionalrescue.support.ProcessAssertions.at;
import static org.regionalrescue.support.ProcessAssertions.badInputBehind;
import static org.regionalrescue.support.ProcessAssertions.deployedFormOf;
import static org.regionalrescue.support.ProcessAssertions.task;
import static org.regionalrescue.support.ProcessAssertions.timer;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.regionalrescue.process.weathercampaign.WeatherCampaigns.ActiveCampaign;
import org.regionalrescue.security.AuthorizationGrants;
import org.regionalrescue.security.CaseAccess;
import org.regionalrescue.support.EngineTestSupport;

@Deployment(resources = {
    "processes/weather-campaign.bpmn",
    "forms/campaign-start.form",
    "forms/campaign-end-early.form"})
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class WeatherCampaignProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  /** Monday 6 July 2026, 10:00 in China: a heat wave. */
  private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-07-06T10:00:00+08:00");

  private ProcessEngine processEngine;
  private WeatherCampaigns campaigns;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    EngineTestSupport.wireApplication();
    var organisation = EngineTestSupport.organisation();
    EngineTestSupport.register("prepareCampaignListener", new PrepareCampaignListener(organisation,
        processEngine.getIdentityService(),
        new CaseAccess(organisation, new AuthorizationGrants(processEngine.getAuthorizationService()))));
    campaigns = new WeatherCampaigns(processEngine.getRuntimeService(), organisation);
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void aSupervisorSwitchesASummerCampaignOnForTheirAreaAndEndsItEarly() {
    ProcessInstance campaign = start("center.supervisor", campaign("summer", "2026-07-08", "2026-08-31"));
    assertThat(campaign).isWaitingAt(Activities.RUN_CAMPAIGN).variables()
        .containsEntry(CAMPAIGN_AGENCY, "donghu-center").containsEntry(STARTED_BY, "center.supervisor")
        .containsEntry(STARTS_AT, at("2026-07-08T00:00:00+08:00"))
        .containsEntry(ENDS_AT, at("2026-09-01T00:00:00+08:00"));
    Task running = task(campaign, Activities.RUN_CAMPAIGN);
    assertThat(running).hasCandidateGroup("donghu-center-supervisor");
    assertThat(deployedFormOf(running)).contains("\"id\": \"campaign-end-early\"");
    assertThat(timer(campaign, Activities.CAMPAIGN_ENDS).getDuedate()).isEqualTo(at("2026-09-01T00:00:00+08:00"));

    // not yet on; then on for every place of the region, counties, townships and villages alike
    assertThat(campaigns.covering("baisha-shahu-community", at("2026-07-07T23:59:00+08:00"))).isEmpty();
    assertThat(campaigns.covering("baisha-shahu-community", at("2026-07-08T00:00:00+08:00")))
        .contains(new ActiveCampaign("donghu-center", "summer", at("2026-09-01T00:00:00+08:00")));
    assertThat(campaigns.covering("qingshan", at("2026-08-31T23:59:00+08:00"))).isPresent();
    assertThat(campaigns.covering("qingshan", at("2026-09-01T00:00:00+08:00"))).isEmpty();

    processEngine.getTaskService().complete(running.getId(), Map.of(END_REASON, "高温预警解除"));
    assertThat(campaign).isEnded().hasPassed("End_CampaignEndedEarly");
    assertThat(campaigns.covering("baisha-shahu-community", at("2026-07-10T12:00:00+08:00"))).isEmpty();
  }

  @Test
  void aCountyCampaignCoversOnlyTheCountysPlacesAndEndsOnItsLastDay() {
    ProcessInstance campaign = start("linjiang.supervisor", campaign("summer", "2026-07-06", "2026-07-06"));
    assertThat(campaigns.covering("linjiang-liuwan-village", at("2026-07-06T12:00:00+08:00")))
        .map(ActiveCampaign::agency).contains("linjiang");
    assertThat(campaigns.covering("qingshan-songlin", at("2026-07-06T12:00:00+08:00"))).isEmpty();

    Date end = timer(campaign, Activities.CAMPAIGN_ENDS).getDuedate();
    assertThat(end).isEqualTo(at("2026-07-07T00:00:00+08:00"));
    ClockUtil.setCurrentTime(end);
    processEngine.getManagementService().executeJob(timer(campaign, Activities.CAMPAIGN_ENDS).getId());
    assertThat(campaign).isEnded().hasPassed("End_CampaignExpired");
  }

  @Test
  void onlyASupervisorStartsACampaignForTheirOwnAgencyWithAPeriodThatHasNotEnded() {
    long before = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).count();
    assertRefused("qingshan.caseworker", campaign("winter", "2026-07-06", "2026-07-10"), "主管");
    assertRefused("policy.staff", campaign("winter", "2026-07-06", "2026-07-10"), "主管");
    assertRefused("qingshan.supervisor", with(campaign("winter", "2026-07-06", "2026-07-10"),
        Map.of(CAMPAIGN_AGENCY, "linjiang")), "只有本机构的主管");
    assertRefused("qingshan.supervisor", with(campaign("winter", "2026-07-06", "2026-07-10"),
        Map.of(CAMPAIGN_AGENCY, "donghu-police")), "协同部门不能启动");
    assertRefused(null, campaign("winter", "2026-07-06", "2026-07-10"), "campaignAgency");
    assertRefused("qingshan.supervisor", campaign("spring", "2026-07-06", "2026-07-10"), "行动类型");
    assertRefused("qingshan.supervisor", campaign("winter", "2026-07-10", "2026-07-06"), "不能早于开始日期");
    assertRefused("qingshan.supervisor", campaign("winter", "2026-06-01", "2026-07-05"), "结束日期已过");
    assertRefused("qingshan.supervisor", campaign("winter", "July", "2026-07-10"), "开始日期");
    assertRefused("qingshan.supervisor", with(campaign("winter", "2026-07-06", "2026-07-10"),
        Map.of(CAMPAIGN_NOTE, "长".repeat(501))), "行动说明");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);

    // started without a logged-in user (by another process or a system job): the agency is named
    ProcessInstance byName = start(null, with(campaign("winter", "2026-07-06", "2026-07-10"),
        Map.of(CAMPAIGN_AGENCY, "baisha")));
    assertThat(byName).variables().containsEntry(CAMPAIGN_AGENCY, "baisha");
  }

  private static Map<String, Object> campaign(String type, String from, String until) {
    return Map.of(CAMPAIGN_TYPE, type, CAMPAIGN_FROM, from, CAMPAIGN_UNTIL, until, CAMPAIGN_NOTE, "车站、桥洞重点巡查");
  }

  private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
    Map<String, Object> all = new HashMap<>(base);
    all.putAll(more);
    return all;
  }

  private ProcessInstance start(String user, Map<String, Object> variables) {
    processEngine.getIdentityService().setAuthenticatedUserId(user);
    try {
      return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private void assertRefused(String user, Map<String, Object> variables, String messagePart) {
    assertThatThrownBy(() -> start(user, variables))
        .satisfies(refusal -> assertThat(badInputBehind(refusal)).isNotNull().hasMessageContaining(messagePart));
  }
}
