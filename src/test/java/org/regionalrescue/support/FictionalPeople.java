package org.regionalrescue.support;

/**
 * Obviously fictional people for tests. ID numbers use region code 990101, which belongs to no place, with a correct
 * GB 11643 check character, so they pass validation without being anyone's number.
 */
public final class FictionalPeople {

  public static final String NAME = "测试人甲";
  private static final String FICTIONAL_REGION = "990101";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  private FictionalPeople() {}

  /** A valid fictional ID number for someone born on {@code birthDate} (yyyyMMdd). */
  public static String idNumber(String birthDate) {
    return idNumber(birthDate, 123);
  }

  /** A valid fictional ID number for someone born on {@code birthDate} (yyyyMMdd) with a sequence of 0 to 999. */
  public static String idNumber(String birthDate, int sequence) {
    String body = FICTIONAL_REGION + birthDate + "%03d".formatted(sequence);
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK_CHARACTERS.charAt(sum % 11);
  }
}
