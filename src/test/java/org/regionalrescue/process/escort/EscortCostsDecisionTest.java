package org.regionalrescue.process.escort;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.regionalrescue.process.escort.EscortVariables.CostPayer;
import org.regionalrescue.process.escort.EscortVariables.LegKind;
import org.regionalrescue.process.escort.EscortVariables.LegMode;
import org.regionalrescue.support.EngineTestSupport;

/** Every row of the decision table {@code escort-costs} (RULES §7): who pays for a leg. */
@Deployment(resources = "processes/escort-costs.dmn")
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class EscortCostsDecisionTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private ProcessEngine processEngine;

  @BeforeEach
  void wire() {
    processEngine = engine.getProcessEngine();
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("Rule_HomeAreaFetches", LegMode.FETCH, LegKind.TO_HOME_COUNTY, CostPayer.RECEIVER),
        Arguments.of("Rule_HomeAreaFetches", LegMode.FETCH, LegKind.TO_HOME_PREFECTURE, CostPayer.RECEIVER),
        Arguments.of("Rule_ReceivingAreaEscorts", LegMode.ESCORT, LegKind.TO_REGIONAL_CENTER, CostPayer.SENDER),
        Arguments.of("Rule_ReceivingAreaEscorts", LegMode.ESCORT, LegKind.TO_OTHER_PROVINCE, CostPayer.SENDER));
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @MethodSource("rows")
  void theReceivingAreaPaysTheFareHomeAndTheHomeAreaItsOwnFetch(String ruleId, String legMode, String legKind,
      String costPayer) {
    DmnDecisionResult result = processEngine.getDecisionService().evaluateDecisionByKey("escort-costs")
        .variables(Map.of("legMode", legMode, "legKind", legKind)).evaluate();

    assertThat(result.getSingleResult().getEntryMap()).containsEntry("costPayer", costPayer)
        .hasEntrySatisfying("costBasis", basis -> assertThat(basis.toString()).isNotBlank());
    HistoricDecisionInstance evaluation = processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("escort-costs").includeOutputs().orderByEvaluationTime().desc().list().get(0);
    assertThat(evaluation.getOutputs()).allSatisfy(output -> assertThat(output.getRuleId()).isEqualTo(ruleId));
  }
}
