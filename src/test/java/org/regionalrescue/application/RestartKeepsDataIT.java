package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionalrescue.RescueApplication;
import org.regionalrescue.organisation.Organisation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default configuration (H2 file database under the data directory, demo profile) started, stopped and started
 * again: the second start finds the first start's case, deploys nothing new and creates no duplicate users or rights.
 */
class RestartKeepsDataIT {

  @TempDir Path dataDirectory;

  @Test
  void aSecondStartReusesTheData() {
    String caseNumber;
    long deployments;
    long authorizations;
    try (ConfigurableApplicationContext first = start()) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      ProcessInstance rescueCase = engine.getRuntimeService()
          .startProcessInstanceByKey("rescue-case", Map.of("caseAgency", "baisha"));
      caseNumber = rescueCase.getBusinessKey();
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
      authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    }
    assertThat(Files.exists(dataDirectory.resolve("rescue.mv.db"))).isTrue();

    try (ConfigurableApplicationContext second = start()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
          .isEqualTo(1);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
      assertThat(engine.getIdentityService().createUserQuery().count())
          .isEqualTo(second.getBean(Organisation.class).users().size());
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(RescueApplication.class)
        .profiles("demo")
        .properties(Map.of("server.port", "0", "RESCUE_DATA_DIR", dataDirectory.toString()))
        .run();
  }
}
