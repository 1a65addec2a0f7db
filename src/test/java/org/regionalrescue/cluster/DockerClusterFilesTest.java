package org.regionalrescue.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The cluster files under {@code docker/} agree with each other (no Docker engine runs here, so nothing starts them):
 * every application node of {@code compose.yaml} has a name of its own and the same image, waits for the node that
 * creates the schema, and is a server in both upstreams of {@code nginx.conf}; only the proxy is published.
 */
class DockerClusterFilesTest {

  private static final Pattern UPSTREAM = Pattern.compile("upstream\\s+(\\w+)\\s*\\{([^}]*)}");

  @Test
  @SuppressWarnings("unchecked")
  void everyNodeOfTheComposeFileIsBehindTheProxyWithANameOfItsOwn() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker", "compose.yaml")));
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
    List<String> nodes = services.keySet().stream().filter(name -> name.matches("app\\d+")).sorted().toList();
    assertThat(nodes).hasSizeGreaterThanOrEqualTo(2);
    String upstreams = Files.readString(Path.of("docker", "nginx.conf"), StandardCharsets.UTF_8);

    for (String node : nodes) {
      Map<String, Object> service = services.get(node);
      Map<String, Object> environment = (Map<String, Object>) service.get("environment");
      assertThat(service.get("image")).as(node).isEqualTo(services.get("app1").get("image"));
      assertThat(environment.get("RESCUE_NODE_NAME")).as("%s is named after itself", node).isEqualTo(node);
      assertThat(environment).as(node).containsKeys("RESCUE_DB_URL", "RESCUE_CASEFILE_KEY_K1",
          "CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", "RESCUE_JOB_RETRY_CYCLE");
      assertThat(service).as("%s is reached through the proxy only", node).doesNotContainKey("ports");
      assertThat((Map<String, Object>) service.get("depends_on")).as(node)
          .containsKey(node.equals("app1") ? "db" : "app1");
      assertThat((Map<String, Object>) services.get("proxy").get("depends_on")).containsKey(node);
      Matcher upstream = UPSTREAM.matcher(upstreams);
      int upstreamCount = 0;
      while (upstream.find()) {
        upstreamCount++;
        assertThat(upstream.group(2)).as("upstream %s", upstream.group(1)).contains("server " + node + ":8080");
      }
      assertThat(upstreamCount).isEqualTo(2);
    }
    assertThat(services.get("proxy").get("ports")).asList().hasSize(1);
    assertThat(upstreams).contains("ip_hash;");
  }
}
