package org.regionalrescue.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@link VariableInputGuard} lets through to the engine and what it refuses, by the body alone. */
class VariableInputGuardTest {

  private static String refusal(String json) {
    return VariableInputGuard.refusal(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ordinaryVariablesPass() {
    assertThat(refusal("{\"variables\":{\"age\":{\"value\":40},\"note\":{\"value\":\"钱物被盗\"},"
        + "\"checks\":{\"value\":\"[\\\"face\\\"]\",\"type\":\"Json\"},\"empty\":{\"value\":null,\"type\":\"Json\"}}}"))
        .isNull();
    assertThat(refusal("{\"variables\":{\"note\":{\"value\":\"" + "字".repeat(4000) + "\"}}}")).isNull();
  }

  @Test
  void aTextOverTheColumnIsRefusedByName() {
    assertThat(refusal("{\"variables\":{\"note\":{\"value\":\"" + "字".repeat(4001) + "\"}}}"))
        .isEqualTo("“note”的内容过长：最多 4000 字。");
    assertThat(refusal("{\"messageName\":\"" + "x".repeat(4001) + "\"}")).contains("“messageName”的内容过长");
    assertThat(refusal("{\"modifications\":{\"list\":{\"value\":[\"a\",\"" + "x".repeat(4001) + "\"]}}}"))
        .contains("“list”的内容过长");
  }

  @Test
  void valuesKeptAsBytesMayBeLongerButJsonMustBeJson() {
    assertThat(refusal("{\"variables\":{\"list\":{\"type\":\"Json\",\"value\":\"[\\\"" + "x".repeat(5000)
        + "\\\"]\"}}}")).isNull();
    assertThat(refusal("{\"variables\":{\"list\":{\"type\":\"json\",\"value\":\"[1,\"}}}"))
        .isEqualTo("“list”应为有效的 JSON（例如多选项的列表）。");
    assertThat(refusal("{\"variables\":{\"list\":{\"type\":\"Json\",\"value\":\" \"}}}")).contains("有效的 JSON");
    assertThat(refusal("{\"variables\":{\"list\":{\"type\":\"Json\",\"value\":{\"a\":1}}}}")).contains("有效的 JSON");
  }

  @Test
  void javaSerializationIsRefused() {
    assertThat(refusal("{\"variables\":{\"x\":{\"type\":\"Object\",\"value\":\"rO0=\",\"valueInfo\":"
        + "{\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}")).contains("Java 序列化");
    assertThat(refusal("{\"variables\":{\"x\":{\"type\":\"Object\",\"value\":\"{}\",\"valueInfo\":"
        + "{\"serializationDataFormat\":\"application/json\",\"objectTypeName\":\"java.util.HashMap\"}}}}")).isNull();
  }

  @Test
  void whatIsNotJsonIsLeftToTheRestApi() {
    assertThat(refusal("{\"variables\":")).isNull();
    assertThat(refusal("")).isNull();
  }
}
