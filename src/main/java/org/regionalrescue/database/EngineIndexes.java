package org.regionalrescue.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables that Camunda's schema lacks and our load needs, created once the engine has
 * created or checked its schema (on H2 and PostgreSQL alike; a node finding them present does nothing):
 * <ul>
 *   <li>{@code ACT_RU_TASK(PARENT_TASK_ID_)}: every task completion asks for the task's subtasks by this column;
 *       without an index each completion reads every open task (60 ms with 100,000 open cases on PostgreSQL, 225 ms
 *       on H2; README "Benchmark").
 * </ul>
 * A failure is logged and the application starts without the index: it costs time, never correctness.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  static final List<String> INDEXES = List.of(
      "CREATE INDEX IF NOT EXISTS RESCUE_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    for (String index : INDEXES) {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        connection.setAutoCommit(true);
        statement.execute(index);
      } catch (SQLException e) {
        LOG.warn("index not created, the application runs without it: {} ({})", index, e.getMessage());
      }
    }
  }
}
