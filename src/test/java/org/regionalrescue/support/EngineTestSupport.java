package org.regionalrescue.support;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.engine.platform7.SpringProcessWithCoverageEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.regionalrescue.calendar.CalendarProperties;
import org.regionalrescue.calendar.DeadlineExpressions;
import org.regionalrescue.calendar.Deadlines;
import org.regionalrescue.calendar.WorkingDayCalendar;
import org.regionalrescue.calendar.WorkingDays;
import org.regionalrescue.casefile.CaseFileCipher;
import org.regionalrescue.casefile.CaseFilePlugin;
import org.regionalrescue.casefile.CaseFiles;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.CaseRecords;
import org.regionalrescue.casefile.CaseRegistry;
import org.regionalrescue.casefile.IdNumberLookupKey;
import org.regionalrescue.cluster.JobRetries;
import org.regionalrescue.cluster.JobRetryExpressions;
import org.regionalrescue.organisation.IdentitySynchronizer;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.organisation.OrganisationLoader;
import org.regionalrescue.organisation.StaffAgencies;
import org.regionalrescue.process.rescuecase.OpenCaseDelegate;
import org.regionalrescue.security.AuthorizationGrants;
import org.regionalrescue.security.CaseAccess;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * One in-memory engine for the fast process tests, configured like the application: Spring transactions shared with
 * the case file store, JSON variables, no Java serialization, our id pattern, the case file plugin (personal data out
 * of history), coverage recording, our tables migrated by Flyway, the demo organisation, the deadlines and calendar
 * of {@code application.yml}, and the real delegates under their bean names. Process tests register the beans of
 * their own process with {@link #register}.
 */
public final class EngineTestSupport {

  /** Flow-node coverage every process must reach in its engine test. */
  public static final double MINIMUM_COVERAGE = 0.9;

  private static final Map<Object, Object> BEANS = new HashMap<>();
  private static final DataSource DATA_SOURCE = h2InMemory();
  private static final CaseFiles CASE_FILES =
      new CaseFiles(DATA_SOURCE, new IdNumberLookupKey("engine-test-lookup-key"),
          new CaseFileCipher(Map.of("test", "engine-test-case-file-key-of-32-characters"), "test"));
  private static final CaseRecords CASE_RECORDS = new CaseRecords(DATA_SOURCE);
  private static final ProcessEngineConfigurationImpl CONFIGURATION = configuration();
  private static Organisation organisation;

  private EngineTestSupport() {}

  private static ProcessEngineCoverageExtension extension;

  /** The one engine extension of the test JVM: every process test class shares the engine it builds. */
  public static synchronized ProcessEngineCoverageExtension extension() {
    if (extension == null) {
      extension = ProcessEngineCoverageExtension.builder(CONFIGURATION)
          .assertClassCoverageAtLeast(MINIMUM_COVERAGE)
          .build();
    }
    return extension;
  }

  /**
   * Before a process test class, forgets the diagrams earlier classes deployed: the shared coverage collector keeps
   * the first diagram it saw for a process key, and a stand-in shares its key with the real process. After a class
   * named after a process ({@code RescueCaseProcessTest} for {@code rescue-case}), fails it unless it covered at
   * least {@link #MINIMUM_COVERAGE} of that process alone ({@link ProcessCoverage}). Every process test class
   * carries {@code @ExtendWith(EngineTestSupport.FreshCoverageModels.class)}. Reaches into the coverage library
   * (3.0.0), which offers no way to reset its collector.
   */
  public static final class FreshCoverageModels implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      collector().getModels().clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
      String processKey = ProcessCoverage.processKeyOf(context.getRequiredTestClass());
      if (processKey == null) {
        return;
      }
      DefaultCollector collector = collector();
      Model model = collector.getModels().stream().filter(m -> m.getKey().equals(processKey)).findFirst()
          .orElseThrow(() -> new AssertionError(context.getRequiredTestClass().getSimpleName()
              + " never ran the process " + processKey + " it is named after"));
      Set<String> passed = collector.getActiveSuite().getEvents(processKey).stream().map(Event::getDefinitionKey)
          .collect(Collectors.toSet());
      ProcessCoverage.assertCovered(processKey, model.getXml(), passed, MINIMUM_COVERAGE,
          context.getRequiredTestClass().getSimpleName());
    }

    private static DefaultCollector collector() {
      try {
        Field field = ProcessEngineCoverageExtension.class.getDeclaredField("coverageCollector");
        field.setAccessible(true);
        return (DefaultCollector) field.get(extension());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("the coverage library changed: cannot reach its collector", e);
      }
    }
  }

  /** Call from {@code @BeforeEach}: after the extension built the engine, wire the application's beans once. */
  public static synchronized void wireApplication() {
    if (organisation != null) {
      return;
    }
    Flyway.configure().dataSource(DATA_SOURCE).table("rescue_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    organisation = OrganisationLoader.load(new ClassPathResource("organisation/demo-organisation.yml"));
    new IdentitySynchronizer(organisation, CONFIGURATION.getIdentityService()).run(null);
    StaffAgencies staffAgencies = new StaffAgencies(CONFIGURATION.getIdentityService(), organisation);
    CaseRegistry caseRegistry = new CaseRegistry(organisation, staffAgencies, new CaseNumbers(DATA_SOURCE), CASE_FILES);
    WorkingDayCalendar calendar =
        new WorkingDayCalendar(ApplicationConfiguration.bind("rescue.calendar", CalendarProperties.class));
    register("openCaseDelegate", new OpenCaseDelegate(caseRegistry,
        new CaseAccess(organisation, new AuthorizationGrants(CONFIGURATION.getAuthorizationService()))));
    register("deadlines", new DeadlineExpressions(ApplicationConfiguration.bind("rescue.deadlines", Deadlines.class)));
    register("workingDays", new WorkingDays(calendar));
    register("jobRetries", new JobRetryExpressions(ApplicationConfiguration.bind("rescue.jobs", JobRetries.class)));
  }

  /** Makes {@code bean} available to expressions as {@code ${name}}. */
  public static void register(String name, Object bean) {
    BEANS.put(name, bean);
  }

  public static Organisation organisation() {
    return organisation;
  }

  public static CaseFiles caseFiles() {
    return CASE_FILES;
  }

  public static CaseRecords caseRecords() {
    return CASE_RECORDS;
  }

  public static DataSource dataSource() {
    return DATA_SOURCE;
  }

  private static DataSource h2InMemory() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:rescue-engine-test;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  private static ProcessEngineConfigurationImpl configuration() {
    SpringProcessWithCoverageEngineConfiguration configuration = new SpringProcessWithCoverageEngineConfiguration();
    configuration.setDataSource(DATA_SOURCE);
    configuration.setTransactionManager(new DataSourceTransactionManager(DATA_SOURCE));
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setDbMetricsReporterActivate(false);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
    configuration.setBeans(BEANS);
    configuration.getProcessEnginePlugins().add((ProcessEnginePlugin) new SpinProcessEnginePlugin());
    configuration.getProcessEnginePlugins().add(new CaseFilePlugin(CASE_FILES));
    return configuration;
  }
}
