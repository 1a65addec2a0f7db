package org.regionalrescue.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.regionalrescue.calendar.WorkingDayCalendar;

/**
 * A checked Chinese resident ID number (居民身份证号码, GB 11643-1999): 6 digits of region, 8 of birth date, 3 of
 * sequence and an ISO 7064 MOD 11-2 check character. A typing error in an ID number sends the search for a person's
 * family to the wrong place, so numbers are checked where they enter the system. {@link #toString()} shows only the
 * masked form, so the number does not leak into logs by accident. The region code is not checked against the list
 * of administrative divisions.
 */
public final class ResidentIdNumber {

  private static final int LENGTH = 18;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private final String value;
  private final LocalDate birthDate;

  private ResidentIdNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /** Checks and normalises {@code text} (surrounding blanks removed, a final {@code x} written {@code X}). */
  public static ResidentIdNumber parse(String text) {
    return parse(text, LocalDate.now(WorkingDayCalendar.ZONE));
  }

  /** As {@link #parse(String)}, with the day against which a birth date "in the future" is judged. */
  public static ResidentIdNumber parse(String text, LocalDate today) {
    if (text == null || text.isBlank()) {
      throw new InvalidIdNumberException("请输入身份证号码。");
    }
    String value = text.strip().toUpperCase(Locale.ROOT);
    if (value.length() != LENGTH) {
      throw new InvalidIdNumberException("身份证号码应为18位（17位数字加最后1位数字或字母X），请核对后重新输入。");
    }
    if (!value.substring(0, LENGTH - 1).chars().allMatch(ResidentIdNumber::isAsciiDigit)
        || !(isAsciiDigit(value.charAt(LENGTH - 1)) || value.charAt(LENGTH - 1) == 'X')) {
      throw new InvalidIdNumberException("身份证号码前17位只能是数字，最后1位只能是数字或字母X，请核对后重新输入。");
    }
    LocalDate birthDate = birthDate(value);
    if (birthDate == null) {
      throw new InvalidIdNumberException("身份证号码中的出生日期无效（第7至14位不是真实的日期），请核对后重新输入。");
    }
    if (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(today)) {
      throw new InvalidIdNumberException("身份证号码中的出生日期无效（不能早于1900年，也不能晚于今天），请核对后重新输入。");
    }
    if (value.charAt(LENGTH - 1) != checkCharacter(value)) {
      throw new InvalidIdNumberException("身份证号码校验位不正确，请核对后重新输入。");
    }
    return new ResidentIdNumber(value, birthDate);
  }

  /** The check character (last position) for the first 17 digits of {@code digits}. */
  static char checkCharacter(String digits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  private static LocalDate birthDate(String value) {
    try {
      return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** The full, normalised number. Show it only to those who need it. */
  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** The first 3 and last 4 characters, the rest as {@code *}: {@code 110***********123X}. */
  public String masked() {
    return value.substring(0, 3) + "*".repeat(LENGTH - 7) + value.substring(LENGTH - 4);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentIdNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
