package org.regionalrescue.organisation;

import java.util.EnumSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings Camunda's identity tables in step with the organisation at startup: one group per agency and role, the
 * system groups, the users and their memberships. It only adds what is missing, so a second start (or a second
 * node) changes nothing, and passwords changed in Camunda Admin are kept.
 */
@Component
@Order(IdentitySynchronizer.ORDER)
public class IdentitySynchronizer implements ApplicationRunner {

  public static final int ORDER = 10;
  private static final Logger LOG = LoggerFactory.getLogger(IdentitySynchronizer.class);

  private final Organisation organisation;
  private final IdentityService identity;

  public IdentitySynchronizer(Organisation organisation, IdentityService identity) {
    this.organisation = organisation;
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.clearAuthentication();
    int created = 0;
    for (Agency agency : organisation.agencies()) {
      for (AgencyRole role : EnumSet.allOf(AgencyRole.class)) {
        created += ensureGroup(role.groupOf(agency.code()), role.groupNameOf(agency), Groups.GROUP_TYPE_WORKFLOW);
      }
    }
    for (SystemGroup group : organisation.systemGroups()) {
      String type = SystemGroup.CAMUNDA_ADMIN.equals(group.id()) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW;
      created += ensureGroup(group.id(), group.name(), type);
    }
    for (OrganisationUser user : organisation.users()) {
      created += ensureUser(user);
    }
    LOG.info("Identity in step with the organisation: {} groups, users or memberships added", created);
  }

  private int ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return 0;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
    return 1;
  }

  private int ensureUser(OrganisationUser entry) {
    int created = 0;
    if (identity.createUserQuery().userId(entry.id()).count() == 0) {
      User user = identity.newUser(entry.id());
      user.setFirstName(entry.firstName());
      user.setLastName(entry.lastName());
      user.setEmail(entry.email());
      if (entry.password() != null) {
        user.setPassword(entry.password());
      }
      identity.saveUser(user);
      created++;
    }
    for (String groupId : entry.groups()) {
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        throw new IllegalStateException("用户 " + entry.id() + " 所属的组 " + groupId + " 不存在，请检查组织架构文件");
      }
      if (identity.createUserQuery().userId(entry.id()).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(entry.id(), groupId);
        created++;
      }
    }
    return created;
  }
}
