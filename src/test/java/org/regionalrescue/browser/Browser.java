package org.regionalrescue.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, with a fresh profile and no network beyond the
 * application. Its language is English on purpose: the webapps must speak Chinese whatever the browser's language.
 * Nothing is downloaded: the driver and the browser are given by path, so Selenium Manager never runs.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;
  private final String baseUrl;

  private Browser(ChromeDriver driver, Path profile, String baseUrl) {
    this.driver = driver;
    this.profile = profile;
    this.baseUrl = baseUrl;
  }

  /** A new browser window for one person; close it when they are done. */
  static Browser open(String baseUrl) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("Browser tests need Debian's Chromium: "
          + "apt-get install -y chromium chromium-driver fonts-noto-cjk (.ci/run does it)");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    try {
      Path profile = Files.createTempDirectory("rescue-chromium-");
      ChromeOptions options = new ChromeOptions()
          .setBinary(CHROMIUM.toFile())
          .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--no-first-run", "--no-default-browser-check", "--disable-extensions",
              "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-US")
          .setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          // dates as a caseworker in China sees them
          .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
          .usingAnyFreePort()
          .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(PATIENCE);
      return new Browser(driver, profile, baseUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  void go(String path) {
    driver.get(baseUrl + path);
  }

  /** Waits until the condition gives a value; a timeout leaves target/browser-screenshots/failed-*.png behind. */
  <T> T waitFor(String what, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, PATIENCE).withMessage(what)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-" + what.replaceAll("[^\\p{L}\\p{N}]+", "-"));
      throw e;
    }
  }

  /** The first displayed element matching, once there is one. */
  WebElement visible(By by) {
    return waitFor("visible: " + by, d -> d.findElements(by).stream().filter(WebElement::isDisplayed)
        .findFirst().orElse(null));
  }

  List<WebElement> displayed(By by) {
    return driver.findElements(by).stream().filter(WebElement::isDisplayed).toList();
  }

  /** The element with exactly this visible text (after trimming), once it shows. */
  WebElement withText(String cssSelector, String text) {
    return waitFor("'" + text + "' in " + cssSelector, d -> d.findElements(By.cssSelector(cssSelector)).stream()
        .filter(e -> e.isDisplayed() && text.equals(e.getText().trim())).findFirst().orElse(null));
  }

  /** Clicks an element after scrolling it to the middle of the window (clear of the fixed footer). */
  void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** Types into a field after scrolling it to the middle of the window and focusing it. */
  void type(WebElement field, String text) {
    click(field);
    field.sendKeys(text);
  }

  /** Moves the pointer out of the way, so that no tooltip covers a screenshot. */
  void restPointer() {
    new org.openqa.selenium.interactions.Actions(driver).moveToLocation(5, 400).perform();
  }

  String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves what the person sees as target/browser-screenshots/{name}.png. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs in on the login page of a webapp (Tasklist, Cockpit, Admin share it). */
  void logIn(String app, String user, String password) {
    go("/camunda/app/" + app + "/default/#/login");
    visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    visible(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    visible(By.cssSelector("form button[type='submit']")).click();
    waitFor(user + " logged in", d -> d.getCurrentUrl().contains("#/login") ? null : Boolean.TRUE);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind is harmless
    }
  }
}
