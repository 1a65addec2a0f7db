package org.regionalrescue.organisation;

import java.util.List;

/**
 * A person who logs in. {@code password} is set only in the demo organisation; a production file leaves it out and
 * the administrator sets passwords in Camunda Admin.
 */
public record OrganisationUser(
    String id, String firstName, String lastName, String email, String password, List<String> groups) {

  public OrganisationUser {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
