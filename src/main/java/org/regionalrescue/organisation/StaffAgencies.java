package org.regionalrescue.organisation;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Which agencies a member of staff works for, read from their Camunda groups. */
@Component
public class StaffAgencies {

  private final IdentityService identity;
  private final Organisation organisation;

  public StaffAgencies(IdentityService identity, Organisation organisation) {
    this.identity = identity;
    this.organisation = organisation;
  }

  /** The agencies where the user is a caseworker or a supervisor. */
  public Set<String> of(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(StaffAgencies::agencyOfGroup)
        .filter(code -> code != null && organisation.find(code).isPresent())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The one agency the user works for; refuses when there is none or more than one. */
  public String soleAgencyOf(String userId) {
    Set<String> agencies = of(userId);
    if (agencies.size() != 1) {
      throw new BadUserRequestException("无法确定用户「" + userId + "」所属的救助机构（找到 " + agencies.size()
          + " 个），请在发起时指明机构代码 caseAgency。");
    }
    return agencies.iterator().next();
  }

  private static String agencyOfGroup(String groupId) {
    for (AgencyRole role : AgencyRole.values()) {
      String agency = role.agencyOf(groupId);
      if (agency != null) {
        return agency;
      }
    }
    return null;
  }
}
