package org.regionalrescue.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Binds a section of the application's own {@code application.yml}, for tests that run without Spring. */
public final class ApplicationConfiguration {

  private static final Binder BINDER = binder();

  private ApplicationConfiguration() {}

  public static <T> T bind(String prefix, Class<T> type) {
    return BINDER.bindOrCreate(prefix, type);
  }

  private static Binder binder() {
    try {
      List<PropertySource<?>> sources =
          new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
      StandardEnvironment environment = new StandardEnvironment();
      sources.forEach(environment.getPropertySources()::addLast);
      return new Binder(ConfigurationPropertySources.get(environment),
          new PropertySourcesPlaceholdersResolver(environment));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
