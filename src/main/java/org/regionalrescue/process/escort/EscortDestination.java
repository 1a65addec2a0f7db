package org.regionalrescue.process.escort;

/**
 * Where an escort takes the person: home (户籍地), as the caseworker entered it in the plan.
 *
 * @param province {@code in-province} or {@code other-province} (EscortVariables.DestinationProvince)
 * @param agencyCode code of the home agency when it is in the organisation (county station, township or village,
 *     prefecture station), or null/blank
 * @param name the home station or civil-affairs office in words
 */
public record EscortDestination(String province, String agencyCode, String name) {

  public boolean hasAgency() {
    return agencyCode != null && !agencyCode.isBlank();
  }
}
