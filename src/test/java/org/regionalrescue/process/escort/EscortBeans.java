package org.regionalrescue.process.escort;

import org.camunda.bpm.engine.ProcessEngine;
import org.regionalrescue.support.EngineTestSupport;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The beans of {@code escort} and {@code escort-reception} for the engine tests, wired as the application wires them. */
final class EscortBeans {

  private EscortBeans() {}

  /** Registers every bean both diagrams name; returns the message facade the tests also use directly. */
  static EscortLegMessages register(ProcessEngine processEngine) {
    EscortRoutes routes = new EscortRoutes(EngineTestSupport.organisation(), new EscortProperties(null));
    EscortLegMessages messages = new EscortLegMessages(processEngine.getRuntimeService(),
        EngineTestSupport.caseRecords(),
        new TransactionTemplate(new DataSourceTransactionManager(EngineTestSupport.dataSource())));
    EngineTestSupport.register("checkEscortPlanListener", new CheckEscortPlanListener(routes));
    EngineTestSupport.register("planEscortRouteDelegate", new PlanEscortRouteDelegate(routes));
    EngineTestSupport.register("checkEscortApprovalListener", new CheckEscortApprovalListener());
    EngineTestSupport.register("startEscortLegListener", new StartEscortLegListener());
    EngineTestSupport.register("requestEscortReceptionDelegate", new RequestEscortReceptionDelegate(messages));
    EngineTestSupport.register("checkRefusalCoordinationListener", new CheckRefusalCoordinationListener());
    EngineTestSupport.register("clearLegAnswersListener", new ClearLegAnswersListener());
    EngineTestSupport.register("checkLegProgressListener", new CheckLegProgressListener());
    EngineTestSupport.register("checkEscortIncidentListener", new CheckEscortIncidentListener());
    EngineTestSupport.register("recordEscortIncidentDelegate",
        new RecordEscortIncidentDelegate(EngineTestSupport.caseRecords()));
    EngineTestSupport.register("withdrawEscortReceptionDelegate", new WithdrawEscortReceptionDelegate(messages));
    EngineTestSupport.register("checkReceptionDecisionListener", new CheckReceptionDecisionListener());
    EngineTestSupport.register("answerEscortRequestDelegate", new AnswerEscortRequestDelegate(messages));
    EngineTestSupport.register("checkHandoverListener", new CheckHandoverListener());
    EngineTestSupport.register("confirmEscortHandoverDelegate", new ConfirmEscortHandoverDelegate(messages));
    return messages;
  }
}
