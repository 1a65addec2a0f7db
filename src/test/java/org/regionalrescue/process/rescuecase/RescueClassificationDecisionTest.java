package org.regionalrescue.process.rescuecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regionalrescue.support.EngineTestSupport;

/** Every row of the decision table {@code rescue-classification}: which facts select it and what it decides. */
@Deployment(resources = "processes/rescue-classification.dmn")
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class RescueClassificationDecisionTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row("Rule_Minor", Map.of("age", 15, "refusesTruthfulInformation", true), "minor-guardianship", "", "minor-protection", false),
        row("Rule_DomesticViolence", Map.of("domesticViolence", true), "domestic-violence-shelter", "", "domestic-violence", false),
        row("Rule_LacksCapacity", Map.of("lacksCapacity", true, "refusesTruthfulInformation", true), "admit", "", "", false),
        row("Rule_RefusesInformation", Map.of("refusesTruthfulInformation", true, "age", 70), "refuse", "refuses-information", "", false),
        row("Rule_Readmission", Map.of("readmission", true), "refuse", "readmission-within-window", "", false),
        row("Rule_Disabled", Map.of("disabled", true, "cannotPayFoodLodging", "no"), "admit", "", "", false),
        row("Rule_Elderly", Map.of("age", 72, "noRelativesToTurnTo", "no"), "admit", "", "", true),
        row("Rule_OtherScheme", Map.of("otherSchemeNeed", "temporary-assistance"), "other-scheme", "", "temporary-assistance", false),
        row("Rule_CanPay", Map.of("cannotPayFoodLodging", "no"), "refuse", "can-pay", "", false),
        row("Rule_HasRelatives", Map.of("noRelativesToTurnTo", "no"), "refuse", "has-relatives", "", false),
        row("Rule_HasMinimumLiving", Map.of("noMinimumLivingSupport", "no"), "refuse", "has-minimum-living-support", "", false),
        row("Rule_NotHomeless", Map.of("homelessOrBegging", "no"), "refuse", "not-homeless", "", false),
        row("Rule_Admit", Map.of("cannotPayFoodLodging", "unknown"), "admit", "", "", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRowDecidesWhatThePolicySays(String ruleId, Map<String, Object> facts, String classification,
      String refusalReason, String referralScheme, boolean helpPeriodApplies) {
    DmnDecisionResult result = processEngine.getDecisionService()
        .evaluateDecisionByKey("rescue-classification").variables(facts).evaluate();

    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("classification", classification)
        .containsEntry("refusalReason", refusalReason)
        .containsEntry("referralScheme", referralScheme)
        .containsEntry("helpPeriodApplies", helpPeriodApplies);
    HistoricDecisionInstance evaluation = processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("rescue-classification").includeOutputs().orderByEvaluationTime().desc().list().get(0);
    assertThat(evaluation.getOutputs()).allSatisfy(output -> assertThat(output.getRuleId()).isEqualTo(ruleId));
  }

  /** A 40-year-old who meets all four conditions, changed by {@code changes}. */
  private static Arguments row(String ruleId, Map<String, Object> changes, String classification,
      String refusalReason, String referralScheme, boolean helpPeriodApplies) {
    Map<String, Object> facts = new HashMap<>(Map.of("age", 40, "lacksCapacity", false, "disabled", false,
        "domesticViolence", false, "refusesTruthfulInformation", false, "readmission", false,
        "otherSchemeNeed", "none", "cannotPayFoodLodging", "yes", "noRelativesToTurnTo", "yes"));
    facts.put("noMinimumLivingSupport", "yes");
    facts.put("homelessOrBegging", "yes");
    facts.putAll(changes);
    return Arguments.of(ruleId, facts, classification, refusalReason, referralScheme, helpPeriodApplies);
  }
}
