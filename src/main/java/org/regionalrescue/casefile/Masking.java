package org.regionalrescue.casefile;

/**
 * Masked forms of personal data, safe to show in Tasklist and Cockpit: a name keeps its first character
 * ({@code 测**}), an ID number its first 3 and last 4 characters.
 */
public final class Masking {

  private Masking() {}

  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String trimmed = name.strip();
    return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "**";
  }

  public static String idNumber(String idNumber) {
    if (idNumber == null || idNumber.length() < 8) {
      return null;
    }
    return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
  }
}
