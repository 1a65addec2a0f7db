package org.regionalrescue.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command {@code bin/migrate-cases}: its arguments, without a server (the running application answers it in
 * {@code CaseMigrationIT}).
 */
class MigrateCasesCommandTest {

  static final Path COMMAND = Path.of("bin/migrate-cases");

  /** What a run of the command printed, and how it ended. */
  record Run(int exitCode, String out, String err) {}

  @Test
  void helpExplainsTheCommandAndExitsZero() throws Exception {
    Run help = run(Map.of(), "", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("用法 usage: bin/migrate-cases <流程标识 processKey> [--apply] [--target-version <n>]")
        .contains("RESCUE_URL").contains("RESCUE_USER").contains("--apply");
    assertThat(Files.isExecutable(COMMAND)).isTrue();
  }

  @Test
  void wrongArgumentsAreRefusedWithTheReasonAndTheUsage() throws Exception {
    assertRefused(run(Map.of(), ""), "缺少流程标识");
    assertRefused(run(Map.of(), "", "rescue-case", "--bogus"), "未知选项 unknown option: --bogus");
    assertRefused(run(Map.of(), "", "rescue-case", "--target-version", "two"), "必须是正整数");
    assertRefused(run(Map.of(), "", "rescue-case", "--target-version", "0"), "必须是正整数");
    assertRefused(run(Map.of(), "", "rescue-case", "--target-version"), "需要一个版本号");
    assertRefused(run(Map.of(), "", "rescue-case", "settlement"), "只能指定一个流程");
    assertRefused(run(Map.of(), "", "rescue case"), "流程标识不合法");
  }

  @Test
  void anApplicationThatCannotBeReachedIsReported() throws Exception {
    Run unreachable = run(Map.of("RESCUE_URL", "http://127.0.0.1:1", "RESCUE_USER", "policy.staff"), "demo\n",
        "rescue-case", "--target-version=2");
    assertThat(unreachable.exitCode()).isEqualTo(3);
    assertThat(unreachable.err()).contains("无法连接 http://127.0.0.1:1");
    assertThat(unreachable.out() + unreachable.err()).doesNotContain("demo\n");
  }

  private static void assertRefused(Run run, String reason) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(reason).contains("用法 usage:");
  }

  /** Runs the command with {@code input} on its standard input (the password), from the project folder. */
  static Run run(Map<String, String> environment, String input, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", COMMAND.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("RESCUE_URL");
    builder.environment().remove("RESCUE_USER");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("migrate-cases", ".out");
    Path err = Files.createTempFile("migrate-cases", ".err");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
