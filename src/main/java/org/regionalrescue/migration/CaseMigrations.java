package org.regionalrescue.migration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.regionalrescue.migration.MigrationReport.Source;
import org.regionalrescue.migration.MigrationReport.Step;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases to a new version of their process, the path Camunda 7 CE's Cockpit lacks. A plan maps every
 * step to the step with the same id in the new version (ids are stable by convention); a dry run reports the steps
 * with waiting instances that the new version no longer has and what the engine would refuse for single instances
 * (it runs the migration and rolls it back); a real run makes the same trial and, when it holds, migrates each older
 * version's instances as a batch that the job executor works off. The one place that migrates process instances.
 *
 * <p>Event triggers are kept as they are: a migrated case's timers keep their due dates (a deadline that runs goes on
 * counting from when it started, whatever the new version says) and its message waits keep their message names. A
 * changed timer or message in the new version applies to the cases that reach that step after the migration.
 *
 * <p>Who may: the engine decides, with the caller's identity (policy staff hold MIGRATE_INSTANCE on process
 * definitions and may create migration batches, but may not read the cases themselves). Counting the instances and
 * looking at their steps needs no rights to the cases and runs without the caller's identity.
 */
@Component
public class CaseMigrations {

  private final ProcessEngine engine;
  private final TransactionTemplate transaction;

  public CaseMigrations(ProcessEngine engine, PlatformTransactionManager transactions) {
    this.engine = engine;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** What migrating to {@code targetVersion} (the latest when null) would do; nothing changes. */
  public MigrationReport dryRun(String processKey, Integer targetVersion, String userId, List<String> groupIds) {
    return run(processKey, targetVersion, userId, groupIds, true);
  }

  /** Migrates every running instance of the older versions whose plan holds, as one batch per version. */
  public MigrationReport migrate(String processKey, Integer targetVersion, String userId, List<String> groupIds) {
    return run(processKey, targetVersion, userId, groupIds, false);
  }

  private MigrationReport run(String processKey, Integer targetVersion, String userId, List<String> groupIds,
      boolean dryRun) {
    ProcessDefinition target = target(processKey, targetVersion);
    List<Source> sources = new ArrayList<>();
    for (ProcessDefinition source : olderVersionsWithInstances(target)) {
      sources.add(migrate(source, target, userId, groupIds, dryRun));
    }
    return new MigrationReport(processKey, target.getVersion(), dryRun, sources);
  }

  private Source migrate(ProcessDefinition source, ProcessDefinition target, String userId, List<String> groupIds,
      boolean dryRun) {
    RuntimeService runtime = engine.getRuntimeService();
    List<String> instanceIds = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
        .map(instance -> instance.getId()).toList();
    Map<String, Long> waiting = engine.getManagementService().createActivityStatisticsQuery(source.getId()).list()
        .stream().collect(Collectors.toMap(ActivityStatistics::getId, statistics -> (long) statistics.getInstances()));
    Function<String, String> names = names(source.getId());
    List<String> problems = new ArrayList<>();
    MigrationPlan plan = null;
    Set<String> mappedIds = new HashSet<>();
    List<Step> mapped = new ArrayList<>();
    try {
      // no updateEventTriggers(): it would recompute every timer of a migrated case from the moment of migration,
      // restarting the deadlines that already run (help period, long stay, settlement, police feedback)
      plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
      for (MigrationInstruction instruction : plan.getInstructions()) {
        mappedIds.add(instruction.getSourceActivityId());
        mapped.add(new Step(instruction.getSourceActivityId(), names.apply(instruction.getSourceActivityId()),
            waiting.getOrDefault(instruction.getSourceActivityId(), 0L)));
      }
    } catch (MigrationPlanValidationException e) {
      for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
        problems.add(report.getMigrationInstruction().getSourceActivityId() + ": " + String.join("; ",
            report.getFailures()));
      }
    }
    List<Step> unmapped = waiting.entrySet().stream().filter(entry -> !mappedIds.contains(entry.getKey()))
        .map(entry -> new Step(entry.getKey(), names.apply(entry.getKey()), entry.getValue())).toList();
    String batchId = null;
    if (plan != null && unmapped.isEmpty() && problems.isEmpty() && !instanceIds.isEmpty()) {
      MigrationPlan checked = plan;
      // a real run, too, starts only when the trial holds: a batch would otherwise fail on the cases it cannot move
      problems.addAll(asCaller(userId, groupIds, () -> tryAndRollBack(checked, instanceIds)));
      if (!dryRun && problems.isEmpty()) {
        batchId = asCaller(userId, groupIds, () -> runtime.newMigration(checked).processInstanceIds(instanceIds)
            .skipCustomListeners().executeAsync()).getId();
      }
    }
    return new Source(source.getVersion(), instanceIds.size(), mapped, unmapped, problems, batchId);
  }

  /** Runs the migration in a transaction that is rolled back, and returns what the engine refused. */
  private List<String> tryAndRollBack(MigrationPlan plan, List<String> instanceIds) {
    List<String> problems = new ArrayList<>();
    transaction.executeWithoutResult(status -> {
      status.setRollbackOnly();
      try {
        engine.getRuntimeService().newMigration(plan).processInstanceIds(instanceIds).skipCustomListeners().execute();
      } catch (MigratingProcessInstanceValidationException e) {
        String instance = e.getValidationReport().getProcessInstanceId();
        e.getValidationReport().getFailures().forEach(failure -> problems.add(instance + ": " + failure));
        for (MigratingActivityInstanceValidationReport report
            : e.getValidationReport().getActivityInstanceReports()) {
          problems.add(instance + " " + report.getSourceScopeId() + ": " + String.join("; ", report.getFailures()));
        }
        for (MigratingTransitionInstanceValidationReport report
            : e.getValidationReport().getTransitionInstanceReports()) {
          problems.add(instance + " " + report.getSourceScopeId() + ": " + String.join("; ", report.getFailures()));
        }
      }
    });
    return problems;
  }

  private ProcessDefinition target(String processKey, Integer version) {
    if (version != null && version < 1) {
      // the engine answers a version below 1 with a bare ProcessEngineException (a 500)
      throw new BadUserRequestException("版本号应为正整数（第 1 版起）。");
    }
    var query = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey);
    ProcessDefinition target = version == null ? query.latestVersion().singleResult()
        : query.processDefinitionVersion(version).singleResult();
    if (target == null) {
      throw new BadUserRequestException(version == null ? "没有已部署的流程“" + processKey + "”。"
          : "流程“" + processKey + "”没有第 " + version + " 版。");
    }
    return target;
  }

  private List<ProcessDefinition> olderVersionsWithInstances(ProcessDefinition target) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(target.getKey())
        .orderByProcessDefinitionVersion().asc().list().stream()
        .filter(definition -> definition.getVersion() < target.getVersion())
        .filter(definition -> engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionId(definition.getId()).count() > 0)
        .toList();
  }

  private Function<String, String> names(String processDefinitionId) {
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(processDefinitionId);
    return activityId -> {
      ModelElementInstance element = model.getModelElementById(activityId);
      return element instanceof FlowElement flowElement && flowElement.getName() != null ? flowElement.getName()
          : activityId;
    };
  }

  private <T> T asCaller(String userId, List<String> groupIds, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(userId, groupIds);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
