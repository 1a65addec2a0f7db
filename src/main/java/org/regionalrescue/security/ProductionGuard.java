package org.regionalrescue.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.regionalrescue.casefile.CaseFileKeys;
import org.regionalrescue.organisation.IdentitySynchronizer;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.organisation.OrganisationLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With the {@code production} profile, refuses to start while anything of the demo is left: the demo profile, a
 * demo user, a user whose password is a well-known default, or the development keys of the case file.
 */
@Component
@Order(IdentitySynchronizer.ORDER + 25)
class ProductionGuard implements ApplicationRunner {

  static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "123456");
  static final String DEVELOPMENT_KEY_MARKER = "development-only";

  private final Environment environment;
  private final IdentityService identity;
  private final ProcessEngineConfiguration engine;
  private final boolean production;
  private final String lookupKey;
  private final CaseFileKeys caseFileKeys;

  ProductionGuard(Environment environment, IdentityService identity, ProcessEngineConfiguration engine,
      @Value("${rescue.production:false}") boolean production,
      @Value("${rescue.casefile.lookup-key}") String lookupKey, CaseFileKeys caseFileKeys) {
    this.environment = environment;
    this.identity = identity;
    this.engine = engine;
    this.production = production;
    this.lookupKey = lookupKey;
    this.caseFileKeys = caseFileKeys;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!production) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      problems.add("the demo profile is active");
    }
    Set<String> demoUserIds = demoUserIds();
    for (User user : identity.createUserQuery().list()) {
      if (demoUserIds.contains(user.getId())) {
        problems.add("demo user " + user.getId() + " exists");
      } else if (hasDefaultPassword((UserEntity) user)) {
        problems.add("user " + user.getId() + " has a default password");
      }
    }
    if (lookupKey.contains(DEVELOPMENT_KEY_MARKER)) {
      problems.add("RESCUE_LOOKUP_KEY is not set (the development key is in use)");
    }
    caseFileKeys.keys().forEach((id, secret) -> {
      if (secret.contains(DEVELOPMENT_KEY_MARKER)) {
        problems.add("the case file key " + id + " is the development key (set RESCUE_CASEFILE_KEY_" + id.toUpperCase()
            + ")");
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
    }
  }

  private boolean hasDefaultPassword(UserEntity user) {
    var passwords = ((ProcessEngineConfigurationImpl) engine).getPasswordManager();
    return user.getPassword() != null && DEFAULT_PASSWORDS.stream()
        .anyMatch(candidate -> passwords.check(EncryptionUtil.saltPassword(candidate, user.getSalt()), user.getPassword()));
  }

  private static Set<String> demoUserIds() {
    Organisation demo = OrganisationLoader.load(new ClassPathResource("organisation/demo-organisation.yml"));
    return Set.copyOf(demo.users().stream().map(u -> u.id()).toList());
  }
}
