package org.regionalrescue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
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
 * again: the second start finds the first start's case, deploys nothing new and creates no duplicate users or rights;
 * a third start with an agency gone from the organisation withdraws that agency's rights.
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

    // 白沙区 leaves the organisation: its staff lose every right, the others keep theirs
    try (ConfigurableApplicationContext third = start("--rescue.organisation.location="
        + "classpath:organisation/demo-without-baisha.yml")) {
      AuthorizationService rights = third.getBean(ProcessEngine.class).getAuthorizationService();
      assertThat(rights.createAuthorizationQuery().groupIdIn("baisha-caseworker", "baisha-supervisor").count()).isZero();
      assertThat(rights.createAuthorizationQuery().groupIdIn("qingshan-caseworker").count()).isPositive();
    }
  }

  private ConfigurableApplicationContext start(String... arguments) {
    return new SpringApplicationBuilder(RescueApplication.class)
        .profiles("demo")
        .properties(Map.of("server.port", "0", "RESCUE_DATA_DIR", dataDirectory.toString()))
        .run(arguments);
  }
}
