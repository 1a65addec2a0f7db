package org.regionalrescue.casefile;

import java.util.Set;

/**
 * The naming rule that keeps personal data out of the engine: a form field whose key starts with {@code person_}
 * holds personal data. When its task completes the value moves into the case file and the variable is removed; the
 * engine's history never records it.
 */
public final class PersonalFields {

  public static final String PREFIX = "person_";

  public static final String NAME = PREFIX + "name";
  public static final String ID_NUMBER = PREFIX + "idNumber";
  public static final String BIRTH_DATE = PREFIX + "birthDate";
  public static final String HOUSEHOLD_PLACE = PREFIX + "householdPlace";
  public static final String RESIDENCE = PREFIX + "residence";
  public static final String FAMILY_CONTACTS = PREFIX + "familyContacts";
  public static final String HEALTH_NOTES = PREFIX + "healthNotes";
  public static final String PHOTO_REF = PREFIX + "photoRef";
  public static final String BELONGINGS = PREFIX + "belongings";
  public static final String HARDSHIP = PREFIX + "hardship";
  public static final String FETCHER_ID_NUMBER = PREFIX + "fetcherIdNumber";
  public static final String FETCHER_NAME = PREFIX + "fetcherName";

  /** Fields that must be valid resident ID numbers when given. */
  public static final Set<String> ID_NUMBERS = Set.of(ID_NUMBER, FETCHER_ID_NUMBER);

  private PersonalFields() {}

  public static boolean isPersonal(String variableName) {
    return variableName != null && variableName.startsWith(PREFIX);
  }

  /** The name under which the case file keeps a field: the key without the prefix. */
  public static String fileKey(String variableName) {
    return variableName.substring(PREFIX.length());
  }
}
