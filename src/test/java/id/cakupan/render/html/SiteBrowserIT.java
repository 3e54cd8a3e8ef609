package id.cakupan.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import id.cakupan.Fixtures;

/**
 * The dashboard in a real browser (Debian's chromium, opened from the file system as a reader of a
 * USB stick would): no script or policy errors, sorting by a header, switching language. In CI a
 * missing browser fails the test; elsewhere it is skipped with a message.
 */
class SiteBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path temp;
    static Path site;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!available && System.getenv("CI") != null) {
            fail("CI needs " + CHROMIUM + " and " + DRIVER + " (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(available, "skipped: no " + CHROMIUM + " and " + DRIVER
                + " on this machine (apt-get install chromium chromium-driver)");
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        site = out.resolve("site");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,1000", "--user-data-dir=" + temp.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    /** Console messages at error level since the last call: script errors, policy violations, failed loads. */
    static List<String> errors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    static List<String> firstColumn() {
        return browser.findElements(By.cssSelector("section[aria-labelledby=ranking] table.sortable tbody tr th"))
                .stream().map(WebElement::getText).toList();
    }

    @Test
    void theOverviewHasNoErrorsAndSortsByAnyColumn() {
        open("index.html");
        assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(List.of(), errors(), "no console errors on the overview");
        assertEquals("Kaur", firstColumn().get(0), "highest coverage first");

        WebElement coverage = browser.findElement(By.xpath(
                "//section[@aria-labelledby='ranking']//table[contains(@class,'sortable')]//th[normalize-space()='Cakupan']/button"));
        coverage.click();
        assertEquals("Lebong", firstColumn().get(0), "ascending by coverage: lowest first");
        assertEquals("ascending", coverage.findElement(By.xpath("..")).getAttribute("aria-sort"));
        coverage.click();
        assertEquals("Kaur", firstColumn().get(0), "descending again");

        browser.findElement(By.xpath("//section[@aria-labelledby='ranking']//table[contains(@class,'sortable')]"
                + "//th[normalize-space()='Potensi peserta']/button")).click();
        assertEquals("Lebong", firstColumn().get(0), "37.727 is the smallest potential, sorted as a number");
        assertEquals(List.of(), errors());
    }

    @Test
    void aRegencyPageWorksAndTheLanguageSwitches() {
        open("17.04-kaur.html");
        assertEquals(List.of(), errors(), "no console errors on a regency page");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Kabupaten Kaur"));
        browser.findElement(By.cssSelector("a.lang")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/en/17.04-kaur.html"), browser.getCurrentUrl());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("findings")).getText().contains("Key findings"));
        assertEquals(List.of(), errors(), "no console errors on the English page");
        browser.findElement(By.cssSelector("a.lang")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/17.04-kaur.html") && !browser.getCurrentUrl().contains("/en/"));
    }
}
