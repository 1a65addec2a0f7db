package org.regionalrescue.process.escort;

import java.lang.reflect.Field;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Workaround for the one coverage collector all process tests share: it keeps the first model it sees for a process
 * key for the whole test JVM. The real {@code escort} and the stand-in that {@code ReturnHomeProcessTest} deploys
 * share the key {@code escort}, so whichever class runs first would have the other measured against its model (the
 * stand-in's three nodes against the real diagram's ninety). Registered before the engine extension (lower
 * {@code @Order}), this forgets the key before the class starts and again after the engine extension has checked the
 * class's coverage, so every class is measured against the diagram it deployed.
 */
final class ForgetCoverageModel implements BeforeAllCallback, AfterAllCallback {

  private final ProcessEngineCoverageExtension engine;
  private final String processKey;

  ForgetCoverageModel(ProcessEngineCoverageExtension engine, String processKey) {
    this.engine = engine;
    this.processKey = processKey;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    forget();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    forget();
  }

  private void forget() {
    try {
      Field field = ProcessEngineCoverageExtension.class.getDeclaredField("coverageCollector");
      field.setAccessible(true);
      DefaultCollector collector = (DefaultCollector) field.get(engine);
      collector.getModels().removeIf(model -> processKey.equals(model.getKey()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the coverage extension changed: cannot forget the model of " + processKey, e);
    }
  }
}
