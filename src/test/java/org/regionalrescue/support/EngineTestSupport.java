package org.regionalrescue.support;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.flywaydb.core.Flyway;
import org.regionalrescue.casefile.CaseNumbers;
import org.regionalrescue.casefile.CaseRegistry;
import org.regionalrescue.organisation.IdentitySynchronizer;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.organisation.OrganisationLoader;
import org.regionalrescue.organisation.StaffAgencies;
import org.regionalrescue.process.rescuecase.OpenCaseDelegate;
import org.springframework.core.io.ClassPathResource;

/**
 * One in-memory engine for the fast process tests, configured like the application (JSON variables, no Java
 * serialization, our id pattern), with coverage recording, our own tables migrated by Flyway, the demo organisation
 * loaded, and the real delegates registered under their bean names.
 */
public final class EngineTestSupport {

  /** Flow-node coverage every process must reach in its engine test. */
  public static final double MINIMUM_COVERAGE = 0.9;

  private static final Map<Object, Object> BEANS = new HashMap<>();
  private static final ProcessEngineConfigurationImpl CONFIGURATION = configuration();
  private static Organisation organisation;

  private EngineTestSupport() {}

  public static ProcessEngineCoverageExtension extension() {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION)
        .assertClassCoverageAtLeast(MINIMUM_COVERAGE)
        .build();
  }

  /** Call from {@code @BeforeEach}: after the extension built the engine, wire the application's beans once. */
  public static synchronized void wireApplication() {
    if (organisation != null) {
      return;
    }
    organisation = OrganisationLoader.load(new ClassPathResource("organisation/demo-organisation.yml"));
    DataSource dataSource = CONFIGURATION.getDataSource();
    Flyway.configure().dataSource(dataSource).table("rescue_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    new IdentitySynchronizer(organisation, CONFIGURATION.getIdentityService()).run(null);
    StaffAgencies staffAgencies = new StaffAgencies(CONFIGURATION.getIdentityService(), organisation);
    CaseRegistry caseRegistry = new CaseRegistry(organisation, staffAgencies, new CaseNumbers(dataSource));
    BEANS.put("openCaseDelegate", new OpenCaseDelegate(caseRegistry));
  }

  public static Organisation organisation() {
    return organisation;
  }

  private static ProcessEngineConfigurationImpl configuration() {
    ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:rescue-engine-test;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
    configuration.setBeans(BEANS);
    configuration.getProcessEnginePlugins().add((ProcessEnginePlugin) new SpinProcessEnginePlugin());
    return configuration;
  }
}
