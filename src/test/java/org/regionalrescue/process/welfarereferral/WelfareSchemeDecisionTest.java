package org.regionalrescue.process.welfarereferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regionalrescue.support.EngineTestSupport;

/**
 * Every row of the decision table {@code welfare-scheme}: which facts select it, what it proposes, and which other rows
 * match the same facts (the table lists every matching row in its order, RULE ORDER).
 */
@Deployment(resources = "processes/welfare-scheme.dmn")
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class WelfareSchemeDecisionTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row(Map.of("age", 15, "hasIncome", true), List.of("Rule_Minor"), List.of("minor-protection")),
        row(Map.of("domesticViolence", true, "hasIncome", true), List.of("Rule_DomesticViolence"),
            List.of("domestic-violence")),
        row(Map.of("age", 12, "noSupporter", true, "localResidence", true),
            List.of("Rule_Minor", "Rule_DestituteChild", "Rule_TemporaryLocal"),
            List.of("minor-protection", "destitute-support", "temporary-assistance")),
        row(Map.of("age", 60, "noSupporter", true),
            List.of("Rule_DestituteElderly", "Rule_TemporaryNonLocal"),
            List.of("destitute-support", "temporary-assistance")),
        row(Map.of("disabled", true, "noSupporter", true, "localResidence", true),
            List.of("Rule_DestituteDisabled", "Rule_TemporaryLocal"),
            List.of("destitute-support", "temporary-assistance")),
        row(Map.of("age", 59, "lacksCapacity", true, "noSupporter", true, "localResidence", true),
            List.of("Rule_DestituteLacksCapacity", "Rule_TemporaryLocal"),
            List.of("destitute-support", "temporary-assistance")),
        row(Map.of("localResidence", true), List.of("Rule_TemporaryLocal"), List.of("temporary-assistance")),
        row(Map.of(), List.of("Rule_TemporaryNonLocal"), List.of("temporary-assistance")),
        row(Map.of("hasIncome", true, "suddenHardship", true), List.of("Rule_TemporarySuddenHardship"),
            List.of("temporary-assistance")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rows")
  void eachRowProposesWhatThePolicySays(Map<String, Object> facts, List<String> ruleIds, List<String> schemes) {
    DmnDecisionResult result = evaluate(facts);

    assertThat(result.collectEntries("scheme")).containsExactlyElementsOf(schemes);
    assertThat(result.collectEntries("basis")).allSatisfy(basis -> assertThat((String) basis).isNotBlank());
    assertThat(latestEvaluation().getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
        .containsOnlyElementsOf(ruleIds).containsAll(ruleIds);
  }

  @Test
  void aSixteenYearOldWithSevereDisabilityIsDestituteAndBothDisabilityRowsDoNotRepeatEachOther() {
    Map<String, Object> facts = new HashMap<>(Map.of("age", 16, "disabled", true, "lacksCapacity", true,
        "noSupporter", true, "localResidence", true));
    DmnDecisionResult result = evaluate(facts);

    assertThat(result.collectEntries("scheme")).containsExactly("minor-protection", "destitute-support",
        "temporary-assistance");
    assertThat(latestEvaluation().getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId)
        .doesNotContain("Rule_DestituteLacksCapacity");
  }

  @Test
  void someoneWithIncomeAndNoSpecialSituationQualifiesForNothing() {
    assertThat(evaluate(Map.of("hasIncome", true)).getResultList()).isEmpty();
  }

  private DmnDecisionResult evaluate(Map<String, Object> changes) {
    Map<String, Object> facts = new HashMap<>(Map.of("age", 40, "lacksCapacity", false, "disabled", false,
        "hasIncome", false, "noSupporter", false, "domesticViolence", false, "localResidence", false,
        "suddenHardship", false));
    facts.putAll(changes);
    return processEngine.getDecisionService().evaluateDecisionByKey(WelfareReferralVariables.DECISION_KEY)
        .variables(facts).evaluate();
  }

  private HistoricDecisionInstance latestEvaluation() {
    return processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(WelfareReferralVariables.DECISION_KEY).includeOutputs()
        .orderByEvaluationTime().desc().list().get(0);
  }

  /** A 40-year-old without income, supporter duty holders or special situation, changed by {@code changes}. */
  private static Arguments row(Map<String, Object> changes, List<String> ruleIds, List<String> schemes) {
    return Arguments.of(changes, ruleIds, schemes);
  }
}
