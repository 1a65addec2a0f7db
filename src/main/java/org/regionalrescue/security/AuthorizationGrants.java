package org.regionalrescue.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Adds GRANT authorizations for a group without duplicating rows: a second start changes nothing. */
@Component
public class AuthorizationGrants {

  public static final String ANY = Authorization.ANY;

  private final AuthorizationService authorizations;

  public AuthorizationGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    } else if (hasAll(grant, permissions)) {
      return;
    }
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }

  /** Removes every authorization of a group (grants and revokes alike). */
  public void withdrawAll(String groupId) {
    authorizations.createAuthorizationQuery().groupIdIn(groupId).list()
        .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
  }

  private static boolean hasAll(Authorization grant, Permission... permissions) {
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }
}
