package org.regionalrescue.process.streetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.regionalrescue.process.streetdiscovery.StreetDiscoveryVariables.ResponseLevel;
import org.regionalrescue.support.EngineTestSupport;

/**
 * Every row of the decision {@code report-dispatch} (RULES §2): which agency answers a report from a place, and how
 * fast (the response level) and how often it looks again (follow-up patrols) by urgency, weather warning and campaign.
 * Each row is checked by the rule the engine says it matched.
 */
@Deployment(resources = "processes/report-dispatch.dmn")
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class ReportDispatchDecisionTest {

  private static final String AGENCY_DECISION = "report-responsible-agency";
  private static final String LEVEL_DECISION = "report-response-level";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
    ClockUtil.setCurrentTime(new Date());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  static Stream<Arguments> places() {
    return Stream.of(
        Arguments.of("Rule_Qingshan", "qingshan", "qingshan"),
        Arguments.of("Rule_Qingshan", "qingshan-songlin-village", "qingshan"),
        Arguments.of("Rule_Qingshan", "qingshan-shiqiao", "qingshan"),
        Arguments.of("Rule_Linjiang", "linjiang-jiangkou", "linjiang"),
        Arguments.of("Rule_Linjiang", "linjiang-liuwan-village", "linjiang"),
        Arguments.of("Rule_Baisha", "baisha-nanmen-community", "baisha"),
        Arguments.of("Rule_Baisha", "baisha", "baisha"),
        Arguments.of("Rule_RegionalCenter", "donghu-center", "donghu-center"),
        Arguments.of("Rule_RegionalCenter", "a-village-added-later", "donghu-center"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("places")
  void aPlaceIsAnsweredByTheStationOfItsArea(String ruleId, String place, String agency) {
    DmnDecisionResult result = dispatch(place, "normal", "none", false);

    assertThat(result.getSingleResult().<String>getEntry("responsibleAgency")).isEqualTo(agency);
    assertThat(matchedRule(AGENCY_DECISION)).isEqualTo(ruleId);
    assertThat(matchedRule("report-dispatch")).isEqualTo("Rule_Dispatch");
  }

  static Stream<Arguments> levels() {
    return Stream.of(
        Arguments.of("Rule_Critical", "critical", "none", false, ResponseLevel.IMMEDIATE, 2),
        Arguments.of("Rule_Critical", "critical", "orange", true, ResponseLevel.IMMEDIATE, 2),
        Arguments.of("Rule_SevereWeather", "normal", "orange", false, ResponseLevel.IMMEDIATE, 3),
        Arguments.of("Rule_SevereWeather", "urgent", "red", false, ResponseLevel.IMMEDIATE, 3),
        Arguments.of("Rule_UrgentInWarning", "urgent", "yellow", false, ResponseLevel.IMMEDIATE, 3),
        Arguments.of("Rule_UrgentInWarning", "urgent", "blue", true, ResponseLevel.IMMEDIATE, 3),
        Arguments.of("Rule_UrgentInCampaign", "urgent", "none", true, ResponseLevel.IMMEDIATE, 3),
        Arguments.of("Rule_Urgent", "urgent", "none", false, ResponseLevel.PRIORITY, 2),
        Arguments.of("Rule_NormalInWarningAndCampaign", "normal", "blue", true, ResponseLevel.IMMEDIATE, 3),
        Arguments.of("Rule_NormalInWarning", "normal", "yellow", false, ResponseLevel.PRIORITY, 2),
        Arguments.of("Rule_NormalInCampaign", "normal", "none", true, ResponseLevel.PRIORITY, 3),
        Arguments.of("Rule_Routine", "normal", "none", false, ResponseLevel.ROUTINE, 1));
  }

  @ParameterizedTest(name = "{0}: {1}, {2}, campaign {3}")
  @MethodSource("levels")
  void warningsAndCampaignsRaiseTheResponseAndAddPatrols(String ruleId, String urgency, String warning,
      boolean campaign, String level, int patrols) {
    Map<String, Object> result = dispatch("qingshan-songlin", urgency, warning, campaign).getSingleResult()
        .getEntryMap();

    assertThat(result).containsEntry("responsibleAgency", "qingshan").containsEntry("responseLevel", level);
    assertThat(((Number) result.get("followUpPatrols")).intValue()).isEqualTo(patrols);
    assertThat(matchedRule(LEVEL_DECISION)).isEqualTo(ruleId);
  }

  @Test
  void aCampaignNeverLowersTheResponse() {
    for (String urgency : new String[] {"critical", "urgent", "normal"}) {
      for (String warning : new String[] {"none", "blue", "yellow", "orange", "red"}) {
        String without = dispatch("baisha", urgency, warning, false).getSingleResult().getEntry("responseLevel");
        String with = dispatch("baisha", urgency, warning, true).getSingleResult().getEntry("responseLevel");
        assertThat(rank(with)).as("%s %s", urgency, warning).isLessThanOrEqualTo(rank(without));
      }
    }
  }

  private static int rank(String level) {
    return switch (level) {
      case ResponseLevel.IMMEDIATE -> 1;
      case ResponseLevel.PRIORITY -> 2;
      default -> 3;
    };
  }

  private DmnDecisionResult dispatch(String place, String urgency, String warning, boolean campaign) {
    // one second apart, so that the latest evaluation in history is this one
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 1000));
    return processEngine.getDecisionService().evaluateDecisionByKey(StreetDiscoveryVariables.DISPATCH_DECISION)
        .variables(Map.of("place", place, "urgency", urgency, "weatherWarning", warning, "campaignActive", campaign))
        .evaluate();
  }

  private String matchedRule(String decisionKey) {
    HistoricDecisionInstance evaluation = processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(decisionKey).includeOutputs().orderByEvaluationTime().desc().list().get(0);
    return evaluation.getOutputs().get(0).getRuleId();
  }
}
