package org.regionalrescue.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The official State Council holiday schedules shipped with the application ({@code calendar/cn-holidays.yml}), so a
 * fresh installation counts working days correctly without anyone copying dates into {@code application.yml}. The
 * file has the same shape as {@code rescue.calendar} and is bound the same way.
 */
public final class CalendarDefaults {

  public static final String LOCATION = "calendar/cn-holidays.yml";

  private CalendarDefaults() {}

  public static CalendarProperties load() {
    return load(new ClassPathResource(LOCATION));
  }

  public static CalendarProperties load(Resource resource) {
    List<PropertySource<?>> sources;
    try {
      sources = new YamlPropertySourceLoader().load(resource.getDescription(), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("节假日文件无法读取: " + resource.getDescription(), e);
    }
    return new Binder(ConfigurationPropertySources.from(sources))
        .bind("rescue.calendar", Bindable.of(CalendarProperties.class))
        .orElseGet(CalendarProperties::none);
  }
}
