package org.regionalrescue.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionalrescue.RescueApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The production profile starts only without anything of the demo: profile, users, passwords, keys. */
class ProductionGuardIT {

  private static final String LOOKUP_KEY = "a-real-lookup-key-for-this-test";
  private static final String CASE_FILE_KEY = "a-real-case-file-key-for-this-test-only";
  private static final String STRONG_PASSWORD = "Str0ng!Passw0rd-Test";

  @TempDir Path dataDirectory;

  @Test
  void refusesTheDemoOrganisation() {
    assertThat(startFailure(Map.of("RESCUE_LOOKUP_KEY", LOOKUP_KEY), "production", "demo"))
        .contains("the demo profile is active").contains("demo user qingshan.caseworker exists");
  }

  @Test
  void refusesTheDevelopmentKeys() {
    assertThat(startFailure(admin("admin2", STRONG_PASSWORD), "production"))
        .contains("RESCUE_LOOKUP_KEY is not set").contains("the case file key k1 is the development key");
  }

  @Test
  void refusesAnAdministratorWithADefaultPassword() {
    Map<String, String> settings = new HashMap<>(admin("chief", "password"));
    settings.put("RESCUE_LOOKUP_KEY", LOOKUP_KEY);
    settings.put("RESCUE_CASEFILE_KEY_K1", CASE_FILE_KEY);
    settings.put("camunda.bpm.generic-properties.properties.enable-password-policy", "false");
    assertThat(startFailure(settings, "production")).contains("user chief has a default password");
  }

  @Test
  void startsWithARealAdministratorAndKeysAndRefusesWeakPasswords() {
    Map<String, String> settings = new HashMap<>(admin("chief", STRONG_PASSWORD));
    settings.put("RESCUE_LOOKUP_KEY", LOOKUP_KEY);
    settings.put("RESCUE_CASEFILE_KEY_K1", CASE_FILE_KEY);
    try (ConfigurableApplicationContext application = start(settings, "production")) {
      assertThat(application.isRunning()).isTrue();
      IdentityService identity = application.getBean(IdentityService.class);
      User weak = identity.newUser("weak.password");
      weak.setPassword("demo12345");
      assertThat(catchThrowable(() -> identity.saveUser(weak))).hasMessageContaining("Password does not match policy");
      assertThat(identity.createUserQuery().userId("weak.password").count()).isZero();
    }
  }

  private static Map<String, String> admin(String id, String password) {
    return Map.of("camunda.bpm.admin-user.id", id, "camunda.bpm.admin-user.password", password);
  }

  private String startFailure(Map<String, String> settings, String... profiles) {
    Throwable failure = catchThrowable(() -> start(settings, profiles).close());
    assertThat(failure).as("start refused").isNotNull();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().startsWith("Refusing to start in production")) {
        return cause.getMessage();
      }
    }
    throw new AssertionError("refused for another reason", failure);
  }

  private ConfigurableApplicationContext start(Map<String, String> settings, String... profiles) {
    Map<String, String> properties = new HashMap<>(settings);
    properties.put("server.port", "0");
    properties.put("RESCUE_DATA_DIR", dataDirectory.toString());
    // as command-line arguments: they outrank application.yml
    String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    return new SpringApplicationBuilder(RescueApplication.class).profiles(profiles).run(arguments);
  }
}
