package org.regionalrescue.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resident ID numbers per GB 11643-1999. All numbers here are made up: region 110101, a chosen birth date, sequence
 * 123, and a check character computed below independently of the class under test.
 */
class ResidentIdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  /** A fictional number with a correct check character. */
  private static String fictional(String birthDate, String sequence) {
    String first17 = "110101" + birthDate + sequence;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += Character.digit(first17.charAt(i), 10) * WEIGHTS[i];
    }
    return first17 + CHECK.charAt(sum % 11);
  }

  /** A fictional number whose check character is X. */
  private static String fictionalEndingInX() {
    for (int sequence = 100; sequence < 1000; sequence++) {
      String number = fictional("20000101", String.valueOf(sequence));
      if (number.endsWith("X")) {
        return number;
      }
    }
    throw new AssertionError("no sequence gives check character X");
  }

  private static String withWrongCheck(String number) {
    char right = number.charAt(17);
    char wrong = right == '0' ? '1' : '0';
    return number.substring(0, 17) + wrong;
  }

  @Test
  void acceptsAValidNumber() {
    String number = fictional("20000101", "123");

    ResidentIdNumber id = ResidentIdNumber.parse(number, TODAY);

    assertThat(id.value()).isEqualTo(number);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(2000, 1, 1));
  }

  @Test
  void parseWithoutADayJudgesAgainstToday() {
    assertThat(ResidentIdNumber.parse(fictional("19900101", "123")).birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
  }

  @Test
  void lowerCaseXIsNormalised() {
    String number = fictionalEndingInX();

    ResidentIdNumber id = ResidentIdNumber.parse(number.toLowerCase(), TODAY);

    assertThat(id.value()).isEqualTo(number).endsWith("X");
  }

  @Test
  void surroundingBlanksAreIgnored() {
    String number = fictional("20000101", "123");

    assertThat(ResidentIdNumber.parse("  " + number + " ", TODAY).value()).isEqualTo(number);
  }

  @Test
  void wrongCheckCharacterIsRefused() {
    assertThatThrownBy(() -> ResidentIdNumber.parse(withWrongCheck(fictional("20000101", "123")), TODAY))
        .isInstanceOf(InvalidIdNumberException.class)
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("身份证号码校验位不正确，请核对后重新输入。");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "11010120000101123", "1101012000010112345", "110101200001011"})
  void wrongLengthIsRefused(String text) {
    assertThatThrownBy(() -> ResidentIdNumber.parse(text, TODAY))
        .isInstanceOf(InvalidIdNumberException.class)
        .hasMessageContaining("身份证号码");
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> ResidentIdNumber.parse(null, TODAY)).isInstanceOf(InvalidIdNumberException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010120000101A235", "X10101200001011235", "11010120000101123Y", "1101012000０101123X"})
  void lettersAndOtherCharactersAreRefused(String text) {
    assertThatThrownBy(() -> ResidentIdNumber.parse(text, TODAY))
        .isInstanceOf(InvalidIdNumberException.class)
        .hasMessageContaining("数字");
  }

  @ParameterizedTest
  @ValueSource(strings = {"20010230", "20000431", "20001301", "20000100", "20010229"})
  void impossibleBirthDatesAreRefused(String birthDate) {
    assertThatThrownBy(() -> ResidentIdNumber.parse(fictional(birthDate, "123"), TODAY))
        .isInstanceOf(InvalidIdNumberException.class)
        .hasMessageContaining("出生日期无效");
  }

  @Test
  void leapDayIsAccepted() {
    assertThat(ResidentIdNumber.parse(fictional("20000229", "123"), TODAY).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void birthDateInTheFutureIsRefused() {
    assertThatThrownBy(() -> ResidentIdNumber.parse(fictional("20260602", "123"), TODAY))
        .isInstanceOf(InvalidIdNumberException.class)
        .hasMessageContaining("出生日期无效");
    assertThat(ResidentIdNumber.parse(fictional("20260601", "123"), TODAY).birthDate()).isEqualTo(TODAY);
  }

  @Test
  void birthDateBefore1900IsRefused() {
    assertThatThrownBy(() -> ResidentIdNumber.parse(fictional("18991231", "123"), TODAY))
        .isInstanceOf(InvalidIdNumberException.class)
        .hasMessageContaining("出生日期无效");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wrong-check", "20010230", "20260602", "11010120000101A235", "11010120000101123"})
  void messageNeverContainsTheNumber(String kind) {
    String text = switch (kind) {
      case "wrong-check" -> withWrongCheck(fictional("20000101", "123"));
      case "20010230", "20260602" -> fictional(kind, "123");
      default -> kind;
    };

    InvalidIdNumberException refused =
        catchThrowableOfType(InvalidIdNumberException.class, () -> ResidentIdNumber.parse(text, TODAY));

    assertThat(refused.getMessage())
        .doesNotContain(text)
        .doesNotContain(text.substring(0, 6))
        .doesNotContain(text.substring(6, 14))
        .doesNotContain(text.substring(text.length() - 4))
        .doesNotContainPattern("\\d{5,}");
    assertThat(refused).hasNoCause();
  }

  @Test
  void maskingShowsFirstThreeAndLastFour() {
    String number = fictional("20000101", "123");
    ResidentIdNumber id = ResidentIdNumber.parse(number, TODAY);

    assertThat(id.masked())
        .hasSize(18)
        .isEqualTo("110" + "*".repeat(11) + number.substring(14))
        .doesNotContain("20000101");
    assertThat(id.toString()).isEqualTo(id.masked());
  }

  @Test
  void equalNumbersAreEqual() {
    String number = fictionalEndingInX();

    assertThat(ResidentIdNumber.parse(number.toLowerCase(), TODAY))
        .isEqualTo(ResidentIdNumber.parse(number, TODAY))
        .hasSameHashCodeAs(ResidentIdNumber.parse(number, TODAY));
  }
}
