package org.regionalrescue.security;

import org.camunda.bpm.engine.IdentityService;
import org.regionalrescue.organisation.IdentitySynchronizer;
import org.regionalrescue.organisation.SystemGroup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start while the {@code camunda-admin} group has no direct member. Camunda's admin setup screen creates
 * a first administrator for anyone who asks while none exists; we block that endpoint and make sure it has nothing
 * to offer. Production sets the first administrator with {@code camunda.bpm.admin-user.*}.
 */
@Component
@Order(IdentitySynchronizer.ORDER + 20)
class AdminPresenceGuard implements ApplicationRunner {

  private final IdentityService identity;

  AdminPresenceGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identity.createUserQuery().memberOfGroup(SystemGroup.CAMUNDA_ADMIN).count() == 0) {
      throw new IllegalStateException("No member of group camunda-admin: set CAMUNDA_BPM_ADMINUSER_ID and "
          + "CAMUNDA_BPM_ADMINUSER_PASSWORD (or add an administrator to the organisation file) and start again.");
    }
  }
}
