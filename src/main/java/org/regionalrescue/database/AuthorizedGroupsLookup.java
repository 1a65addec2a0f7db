package org.regionalrescue.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Before every command that checks authorizations, Camunda asks which groups hold any authorization at all
 * ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}). Each case brings its own authorization rows (its
 * agency's readers, its tasks' candidate groups), so that question reads the whole table: with 100,000 open cases
 * about 800,000 rows, 90 ms on every REST call (README "Benchmark"). On PostgreSQL this plugin answers the same
 * question by stepping through the table's index on {@code GROUP_ID_}, one lookup per group (the groups number a few
 * dozen however many cases there are). Other databases keep Camunda's statement.
 */
@Component
class AuthorizedGroupsLookup extends AbstractProcessEnginePlugin {

  static final String CAMUNDA_STATEMENT = "selectAuthorizedGroupIds";
  static final String STEPWISE_STATEMENT = "selectAuthorizedGroupIdsStepwise";
  private static final String MAPPER = "org/regionalrescue/database/authorized-groups.xml";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    if (!"postgres".equals(sessions.getDatabaseType())) {
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(STEPWISE_STATEMENT)) {
      try (InputStream mapper = AuthorizedGroupsLookup.class.getClassLoader().getResourceAsStream(MAPPER)) {
        new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Map<String, String> mappings = new HashMap<>(
        sessions.getStatementMappings() == null ? Map.of() : sessions.getStatementMappings());
    mappings.put(CAMUNDA_STATEMENT, STEPWISE_STATEMENT);
    sessions.setStatementMappings(mappings);
  }
}
