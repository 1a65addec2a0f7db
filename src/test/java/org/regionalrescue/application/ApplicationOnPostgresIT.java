package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application with the production profile's database settings, on a real PostgreSQL server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "postgres"})
// closed after this class, while its PostgreSQL server still runs
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ApplicationOnPostgresIT extends ApplicationChecks {

  private static final EmbeddedPostgres POSTGRES = start();

  @Test
  void theAccessLogCannotBeChangedOrEmptied() {
    jdbc.update("INSERT INTO case_access_log (case_number, user_id, accessed_at, reason, granted)"
        + " VALUES ('x', 'test', CURRENT_TIMESTAMP, 'test', true)");

    assertThatThrownBy(() -> jdbc.update("UPDATE case_access_log SET reason = 'changed'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM case_access_log")).hasMessageContaining("append-only");
  }

  /** The engine asks on every authorized command which groups hold authorizations; here by an index walk. */
  @Test
  void theGroupsHoldingAuthorizationsAreFoundByWalkingTheIndexWithTheSameAnswer() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds"))
        .isEqualTo("selectAuthorizedGroupIdsStepwise");

    List<String> found = configuration.getCommandExecutorTxRequired().execute(command ->
        command.getDbEntityManager().selectList("selectAuthorizedGroupIds").stream().map(String.class::cast).toList());

    assertThat(found).hasSizeGreaterThan(10).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
        "SELECT DISTINCT group_id_ FROM act_ru_authorization WHERE group_id_ IS NOT NULL", String.class));
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    properties.add("RESCUE_DB_URL", () -> POSTGRES.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    properties.add("RESCUE_DB_USER", () -> "postgres");
    properties.add("RESCUE_DB_PASSWORD", () -> "postgres");
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }
}
