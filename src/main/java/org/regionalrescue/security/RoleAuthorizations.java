package org.regionalrescue.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.regionalrescue.security.AuthorizationGrants.ANY;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyLevel;
import org.regionalrescue.organisation.AgencyRole;
import org.regionalrescue.organisation.IdentitySynchronizer;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.organisation.SystemGroup;
import org.regionalrescue.process.pilotprogramme.PilotProgrammeVariables;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The rights of each role, granted at startup from the organisation. One place for every role's rights; the README's
 * users table describes the same.
 *
 * <p>Task rights come from the engine itself: a candidate group of a task gets READ and UPDATE on that task when the
 * task is created, so a caseworker sees exactly the tasks of their own agency.
 */
@Component
@Order(IdentitySynchronizer.ORDER + 10)
public class RoleAuthorizations implements ApplicationRunner {

  /** Processes a caseworker starts by hand (in Tasklist or over REST). */
  static final List<String> STARTABLE_PROCESSES = List.of("rescue-case", "street-discovery");
  /** Processes only supervisors start: a weather campaign for their agency's area. */
  static final List<String> SUPERVISOR_STARTABLE_PROCESSES = List.of("weather-campaign");
  /** Processes only a civil-affairs bureau (a department of kind civil-affairs) starts: the pilot application. */
  static final List<String> BUREAU_STARTABLE_PROCESSES = List.of(PilotProgrammeVariables.PROCESS_KEY);

  private final Organisation organisation;
  private final AuthorizationGrants grants;
  private final IdentityService identity;

  public RoleAuthorizations(Organisation organisation, AuthorizationGrants grants, IdentityService identity) {
    this.organisation = organisation;
    this.grants = grants;
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Agency agency : organisation.agencies()) {
      String caseworkers = AgencyRole.CASEWORKER.groupOf(agency.code());
      String supervisors = AgencyRole.SUPERVISOR.groupOf(agency.code());
      grantCaseWork(caseworkers);
      grantCaseWork(supervisors);
      grants.grantGroup(supervisors, Resources.APPLICATION, "cockpit", ACCESS);
      // which cases a supervisor sees is granted per case (CaseAccess): their agency's, and for the regional
      // center's supervisors those of the whole region
      grants.grantGroup(supervisors, Resources.PROCESS_DEFINITION, ANY, READ);
      if (!agency.isDepartment()) {
        SUPERVISOR_STARTABLE_PROCESSES.forEach(key -> grantStart(supervisors, key));
      }
      if (PilotProgrammeVariables.APPLICANT_KIND.equals(agency.kind())) {
        BUREAU_STARTABLE_PROCESSES.forEach(key -> {
          grantStart(caseworkers, key);
          grantStart(supervisors, key);
        });
      }
      if (agency.level() == AgencyLevel.REGIONAL_CENTER) {
        grants.grantGroup(supervisors, Resources.DECISION_DEFINITION, ANY, READ);
      }
    }
    grantPolicyStaff(SystemGroup.POLICY_STAFF);
    grantAdministrators(SystemGroup.CAMUNDA_ADMIN);
    withdrawFromAgenciesNoLongerListed();
  }

  /**
   * An agency removed from the organisation file keeps its groups (history still names them) but loses every right:
   * its staff no longer see tasks, cases or filters.
   */
  private void withdrawFromAgenciesNoLongerListed() {
    for (Group group : identity.createGroupQuery().list()) {
      for (AgencyRole role : AgencyRole.values()) {
        String agency = role.agencyOf(group.getId());
        if (agency != null && organisation.find(agency).isEmpty()) {
          grants.withdrawAll(group.getId());
        }
      }
    }
  }

  private void grantCaseWork(String groupId) {
    grants.grantGroup(groupId, Resources.APPLICATION, "tasklist", ACCESS);
    for (String processKey : STARTABLE_PROCESSES) {
      grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE);
    }
    grants.grantGroup(groupId, Resources.PROCESS_INSTANCE, ANY, CREATE);
  }

  private void grantStart(String groupId, String processKey) {
    grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE);
  }

  private void grantPolicyStaff(String groupId) {
    grants.grantGroup(groupId, Resources.APPLICATION, "cockpit", ACCESS);
    grants.grantGroup(groupId, Resources.DEPLOYMENT, ANY, CREATE, READ);
    // migrations of running cases to a new version run as batches; the cases' data stays out of reach
    grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, ANY, READ, ProcessDefinitionPermissions.MIGRATE_INSTANCE);
    grants.grantGroup(groupId, Resources.BATCH, ANY, BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
    grants.grantGroup(groupId, Resources.DECISION_DEFINITION, ANY, READ);
    grants.grantGroup(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
  }

  private void grantAdministrators(String groupId) {
    for (Resources resource : Resources.values()) {
      grants.grantGroup(groupId, resource, ANY, ALL);
    }
  }
}
