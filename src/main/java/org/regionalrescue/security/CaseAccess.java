package org.regionalrescue.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyRole;
import org.regionalrescue.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * Who may look at one case: the caseworkers and supervisors of the agency that holds it, and the supervisors of the
 * regional center above that agency. Granted on the process instance (Tasklist's and Cockpit's views) and on its
 * history, for every process instance that works on a case; nobody else sees it, which keeps minors' and
 * domestic-violence cases within the handling agency and the center's supervisors.
 */
@Component
public class CaseAccess {

  private final Organisation organisation;
  private final AuthorizationGrants grants;

  public CaseAccess(Organisation organisation, AuthorizationGrants grants) {
    this.organisation = organisation;
    this.grants = grants;
  }

  /** The groups that may read a case held by {@code agencyCode}. */
  public List<String> readersOf(String agencyCode) {
    List<String> readers = new ArrayList<>();
    readers.add(AgencyRole.CASEWORKER.groupOf(agencyCode));
    readers.add(AgencyRole.SUPERVISOR.groupOf(agencyCode));
    organisation.regionalCenterOf(agencyCode).map(Agency::code).map(AgencyRole.SUPERVISOR::groupOf)
        .filter(group -> !readers.contains(group)).ifPresent(readers::add);
    return readers;
  }

  /** Lets the readers of {@code agencyCode} see the process instance, also when the caller has no rights to grant. */
  public void grant(String processInstanceId, String agencyCode) {
    organisation.require(agencyCode);
    Runnable grantAll = () -> {
      for (String group : readersOf(agencyCode)) {
        grants.grantGroup(group, Resources.PROCESS_INSTANCE, processInstanceId, READ);
        grants.grantGroup(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
            HistoricProcessInstancePermissions.READ);
      }
    };
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      grantAll.run();
    } else {
      command.runWithoutAuthorization(() -> {
        grantAll.run();
        return null;
      });
    }
  }
}
