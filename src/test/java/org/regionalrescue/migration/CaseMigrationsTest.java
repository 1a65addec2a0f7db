package org.regionalrescue.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalrescue.migration.MigrationReport.Source;
import org.regionalrescue.migration.MigrationReport.Step;
import org.regionalrescue.support.EngineTestSupport;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * {@link CaseMigrations} on the in-memory engine, where time and jobs are driven by the test: a deadline that runs
 * keeps its due date through a migration (even when the new version sets another), and a case the engine cannot
 * move (waiting after a step whose outgoing flow the new version no longer has) is reported by the dry run, which changes
 * nothing, and no batch starts. The whole procedure with {@code rescue-case} in the running application is
 * {@code CaseMigrationIT}.
 */
@ExtendWith(EngineTestSupport.FreshCoverageModels.class)
class CaseMigrationsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = EngineTestSupport.extension();

  private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");
  private static final String POLICY_STAFF = "policy.staff";
  private static final List<String> POLICY_GROUPS = List.of("policy-staff");

  private ProcessEngine processEngine;
  private CaseMigrations migrations;
  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void setUp() {
    processEngine = engine.getProcessEngine();
    migrations = new CaseMigrations(processEngine, new DataSourceTransactionManager(EngineTestSupport.dataSource()));
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    deployments.forEach(id -> processEngine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void aRunningDeadlineKeepsItsDueDateThroughAMigration() {
    deploy("migration/migration-timer-v1.bpmn");
    ProcessInstance overdue = start("migration-timer");
    ProcessInstance completed = start("migration-timer");
    Date dueDate = timer(overdue).getDuedate();
    assertThat(dueDate).isEqualTo(Date.from(START.plusDays(10).toInstant()));

    ClockUtil.setCurrentTime(Date.from(START.plusDays(3).toInstant()));
    deploy("migration/migration-timer-v2.bpmn");
    MigrationReport dryRun = migrations.dryRun("migration-timer", null, POLICY_STAFF, POLICY_GROUPS);
    assertThat(dryRun.migratable()).isTrue();
    assertThat(dryRun.sources()).extracting(Source::instances).containsExactly(2L);
    assertThat(version(overdue)).isEqualTo(1);

    MigrationReport migrated = migrations.migrate("migration-timer", null, POLICY_STAFF, POLICY_GROUPS);
    runBatch(migrated.sources().get(0).batchId());

    assertThat(version(overdue)).isEqualTo(2);
    assertThat(version(completed)).isEqualTo(2);
    assertThat(timer(overdue).getDuedate()).as("the deadline still counts from the start").isEqualTo(dueDate);

    ClockUtil.setCurrentTime(Date.from(START.plusDays(10).plusMinutes(1).toInstant()));
    processEngine.getManagementService().executeJob(timer(overdue).getId());
    assertThat(overdue).isEnded().hasPassed("End_Overdue");

    complete(completed, "Task_Wait");
    assertThat(completed).isWaitingAt("Task_Review");
    complete(completed, "Task_Review");
    assertThat(completed).isEnded().hasPassed("End_Done");
  }

  @Test
  void aCaseTheEngineCannotMoveIsReportedByTheDryRunAndNoBatchStarts() {
    deploy("migration/migration-async-v1.bpmn");
    ProcessInstance recorded = start("migration-async");
    deploy("migration/migration-async-v2.bpmn");

    MigrationReport dryRun = migrations.dryRun("migration-async", null, POLICY_STAFF, POLICY_GROUPS);

    assertThat(dryRun.migratable()).isFalse();
    Source source = dryRun.sources().get(0);
    assertThat(source.unmapped()).isEmpty();
    assertThat(source.mapped()).contains(new Step("Task_Record", "登记", 1));
    assertThat(source.problems()).singleElement().asString().startsWith(recorded.getId() + " Task_Record: ");
    assertThat(version(recorded)).isEqualTo(1);

    MigrationReport refused = migrations.migrate("migration-async", null, POLICY_STAFF, POLICY_GROUPS);
    assertThat(refused.sources().get(0).batchId()).isNull();
    assertThat(processEngine.getManagementService().createBatchQuery().count()).isZero();
    assertThat(version(recorded)).isEqualTo(1);

    processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
        .processInstanceId(recorded.getId()).singleResult().getId());
    assertThat(recorded).isEnded().hasPassed("End");
  }

  private void deploy(String resource) {
    Deployment deployment = processEngine.getRepositoryService().createDeployment().addClasspathResource(resource)
        .deploy();
    deployments.add(deployment.getId());
  }

  private ProcessInstance start(String processKey) {
    return processEngine.getRuntimeService().startProcessInstanceByKey(processKey);
  }

  private Job timer(ProcessInstance instance) {
    return processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
  }

  private int version(ProcessInstance instance) {
    String definitionId = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
    return processEngine.getRepositoryService().getProcessDefinition(definitionId).getVersion();
  }

  private void complete(ProcessInstance instance, String taskKey) {
    processEngine.getTaskService().complete(processEngine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult().getId());
  }

  /** Works off a batch as the job executor would: seed job, migration jobs, monitor job, until it is gone. */
  private void runBatch(String batchId) {
    ManagementService management = processEngine.getManagementService();
    for (int round = 0; round < 10; round++) {
      Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
      if (batch == null) {
        return;
      }
      for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
          batch.getMonitorJobDefinitionId())) {
        management.createJobQuery().jobDefinitionId(definition).list().forEach(job -> management.executeJob(job.getId()));
      }
    }
    throw new AssertionError("batch " + batchId + " not done after 10 rounds");
  }
}
