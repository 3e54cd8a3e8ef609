package id.cakupan.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import id.cakupan.Fixtures;
import id.cakupan.bench.NationalSample;

/**
 * The dashboard checked against WCAG 2.2 A and AA by machine, in Debian's Chromium: axe-core finds no
 * violation on any page kind (the country overview, a province page, a regency page), in either
 * language, on a desktop 1280 px wide and on a phone 390 px wide. axe leaves the text of SVG drawings
 * to a person, so the charts' text is measured here too: at least 12 CSS px on the phone, and of a
 * colour that contrasts with what lies under it (the chart's ground, or the bar a label sits in) by
 * WCAG's ratio, 4.5:1, or 3:1 for large text, and whole (not cut at the drawing's edge).
 *
 * <p>axe-core comes from npm ({@code .ci/run} installs it into {@code .tools/}, which git ignores); the
 * test fails, never skips, when it is missing. A missing browser fails in CI and skips elsewhere, as in
 * {@link SiteBrowserIT}.
 */
class DashboardAccessibilityIT {

    static final Path CHROMIUM = SiteBrowserIT.CHROMIUM;
    static final Path DRIVER = SiteBrowserIT.DRIVER;
    /** Where {@code .ci/run} installs axe-core; {@code -Daxe.script=FILE} names another copy. */
    static final Path AXE = Path.of(System.getProperty("axe.script",
            Fixtures.projectDir().resolve(".tools/node_modules/axe-core/axe.min.js").toString()));
    /** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe tags them. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final int DESKTOP = 1280;
    static final int PHONE = 390;
    /** The smallest chart text on a phone, in CSS pixels. */
    static final double SMALLEST_TEXT = 12;

    /**
     * The page kinds, each in Indonesian and in English: the country and a province of a national sample,
     * Bengkulu with its regencies' map, and one of its regencies.
     */
    static final List<String> PAGES = List.of("national/site/index.html", "national/site/11-aceh.html",
            "bengkulu/site/index.html", "bengkulu/site/17.04-kaur.html");

    @TempDir
    static Path temp;
    static String axe;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        // before anything else: a missing axe-core is a failure, however the browser stands
        assertTrue(Files.isReadable(AXE), "axe-core is missing: " + AXE + " cannot be read. Install it as .ci/run "
                + "does: npm install --prefix .tools axe-core@" + axeVersion() + " (or give -Daxe.script=FILE)");
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!available && System.getenv("CI") != null) {
            fail("CI needs " + CHROMIUM + " and " + DRIVER + " (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(available, "skipped: no " + CHROMIUM + " and " + DRIVER
                + " on this machine (apt-get install chromium chromium-driver)");
        // Bengkulu with its regencies' boundaries: the province page shows their map, names on areas
        Path bengkulu = Fixtures.copyTree(Fixtures.projectDir().resolve("data"), temp.resolve("bengkulu-data"));
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/boundaries/bengkulu/batas_wilayah.geojson"),
                bengkulu.resolve("batas_wilayah.geojson"));
        var run = Fixtures.cli("build", "--quiet", "--lang", "id,en", "--data", bengkulu.toString(), "--out",
                temp.resolve("bengkulu").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path national = temp.resolve("national-data");
        new NationalSample(2, 3).write(national);
        run = Fixtures.cli("build", "--quiet", "--lang", "id,en", "--data", national.toString(), "--out",
                temp.resolve("national").toString());
        assertEquals(0, run.exitCode(), run.err());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", "--window-size=1280,1000",
                "--user-data-dir=" + temp.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** The version {@code .ci/run} installs, for the message that says how to install it. */
    private static String axeVersion() {
        try {
            Matcher version = Pattern.compile("axe-core@([0-9.]+)")
                    .matcher(Files.readString(Fixtures.projectDir().resolve(".ci/run")));
            return version.find() ? version.group(1) : "4";
        } catch (IOException e) {
            return "4";
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<Arguments> pagesAndWidths() {
        return PAGES.stream().flatMap(page -> Stream.of(page, page.replaceFirst("/site/", "/site/en/")))
                .flatMap(page -> Stream.of(Arguments.of(page, DESKTOP), Arguments.of(page, PHONE)));
    }

    /** Opens a page in a viewport {@code width} CSS pixels wide, as a phone shows it when narrow. */
    static void open(String page, int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                width == PHONE ? 844 : 1000, "deviceScaleFactor", 1, "mobile", width == PHONE));
        browser.get(temp.resolve(page).toUri().toString());
        Object viewport = browser.executeScript("return document.documentElement.clientWidth");
        assertEquals(width, ((Number) viewport).intValue(), "the viewport of " + page);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void axeFindsNoViolation(String page, int width) throws IOException {
        open(page, width);
        browser.executeScript(axe);
        Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify({rules: r.passes.length + r.violations.length"
                + " + r.incomplete.length + r.inapplicable.length, violations: r.violations})))"
                + ".catch(e => done('axe failed: ' + e))", TAGS);
        assertFalse(String.valueOf(result).startsWith("axe failed"), String.valueOf(result));
        JsonNode report = new ObjectMapper().readTree(String.valueOf(result));
        assertTrue(report.get("rules").asInt() > 50, "axe ran its WCAG rules: " + report.get("rules"));
        List<String> violations = new ArrayList<>();
        for (JsonNode violation : report.get("violations")) {
            for (JsonNode node : violation.get("nodes")) {
                violations.add(violation.get("id").asText() + " (" + violation.get("impact").asText() + ") "
                        + node.get("target") + ": " + violation.get("help").asText() + " - "
                        + node.get("failureSummary").asText().replace('\n', ' '));
            }
        }
        assertEquals(List.of(), violations, "axe-core's WCAG 2.2 A/AA violations on " + page + " at " + width + " px");
    }

    /**
     * Every chart text the page shows, scrolled into view: its rendered size in CSS pixels (the font
     * size times the drawing's scale on screen), its weight and colour, and the fill of what lies under
     * it at five points along its middle (the topmost filled shape there, or the page's white), and
     * whether it lies whole within its drawing (else its edge cuts it).
     */
    static final String CHART_TEXTS = """
            const out = [];
            for (const text of document.querySelectorAll('svg text')) {
              if (text.getBoundingClientRect().width === 0) continue;
              text.scrollIntoView({block: 'center'});
              const box = text.getBoundingClientRect();
              const ctm = text.getScreenCTM();
              const style = getComputedStyle(text);
              const backs = [];
              for (const f of [0.1, 0.3, 0.5, 0.7, 0.9]) {
                const x = box.left + box.width * f, y = box.top + box.height / 2;
                let back = getComputedStyle(document.body).backgroundColor;
                for (const e of document.elementsFromPoint(x, y)) {
                  if (!(e instanceof SVGGeometryElement)) continue;
                  const fill = getComputedStyle(e).fill;
                  if (fill === 'none' || getComputedStyle(e).fillOpacity === '0') continue;
                  const point = new DOMPoint(x, y).matrixTransform(e.getScreenCTM().inverse());
                  if (!e.isPointInFill(point)) continue;
                  back = fill;
                  break;
                }
                backs.push(back);
              }
              const frame = text.ownerSVGElement.getBoundingClientRect();
              const inside = box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5
                  && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
              const figure = text.closest('figure');
              out.push({text: text.textContent, figure: figure ? figure.id : '', size: parseFloat(style.fontSize)
                  * Math.hypot(ctm.a, ctm.b), weight: parseInt(style.fontWeight), fill: style.fill,
                  opacity: style.fillOpacity, backs: backs, inside: inside});
            }
            return JSON.stringify(out);
            """;

    static JsonNode chartTexts() throws IOException {
        return new ObjectMapper().readTree(String.valueOf(((JavascriptExecutor) browser).executeScript(CHART_TEXTS)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void chartTextContrastsWithItsGroundAndIsWhole(String page, int width) throws IOException {
        open(page, width);
        JsonNode texts = chartTexts();
        assertTrue(texts.size() > 10, "the charts' texts are found: " + texts.size());
        List<String> faint = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        Set<String> backgrounds = new TreeSet<>();
        for (JsonNode text : texts) {
            double size = text.get("size").asDouble();
            boolean large = size >= 24 || size >= 18.66 && text.get("weight").asInt() >= 700;
            double needed = large ? 3 : 4.5;
            assertEquals("1", text.get("opacity").asText(), "opaque text: " + text);
            if (!text.get("inside").asBoolean()) {
                cut.add(text.get("figure").asText() + " \"" + text.get("text").asText() + "\"");
            }
            for (JsonNode back : text.get("backs")) {
                backgrounds.add(back.asText());
                double ratio = contrast(rgb(text.get("fill").asText()), rgb(back.asText()));
                if (ratio < needed) {
                    faint.add(String.format(Locale.ROOT, "%s \"%s\": %s on %s, %.2f:1 (needs %.1f:1)",
                            text.get("figure").asText(), text.get("text").asText(), text.get("fill").asText(),
                            back.asText(), ratio, needed));
                    break;
                }
            }
        }
        assertEquals(List.of(), faint, "chart text without enough contrast on " + page + " at " + width + " px");
        assertEquals(List.of(), cut, "chart text cut at its drawing's edge on " + page + " at " + width + " px");
        if (page.endsWith("bengkulu/site/index.html") && width == DESKTOP) {
            // the regencies' names on the map sit on their areas' colours, and are measured against them
            assertTrue(backgrounds.size() > 3, "the map's colours are among the grounds: " + backgrounds);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phonePages")
    void chartTextIsAtLeastTwelvePixelsOnAPhone(String page) throws IOException {
        open(page, PHONE);
        JsonNode texts = chartTexts();
        assertTrue(texts.size() > 10, "the phone's charts' texts are found: " + texts.size());
        List<String> small = new ArrayList<>();
        double smallest = Double.MAX_VALUE;
        for (JsonNode text : texts) {
            double size = text.get("size").asDouble();
            smallest = Math.min(smallest, size);
            if (size < SMALLEST_TEXT - 0.005) {
                small.add(String.format(Locale.ROOT, "%s \"%s\": %.2f px", text.get("figure").asText(),
                        text.get("text").asText(), size));
            }
        }
        assertEquals(List.of(), small, "chart text under " + SMALLEST_TEXT + " px on " + page + " at " + PHONE
                + " px (smallest " + smallest + ")");
    }

    static Stream<String> phonePages() {
        return PAGES.stream().flatMap(page -> Stream.of(page, page.replaceFirst("/site/", "/site/en/")));
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)(?:,\\s*([0-9.]+))?\\)");

    /** A CSS colour as the browser computes it, {@code rgb(r, g, b)}; a transparent one fails the test. */
    static int[] rgb(String css) {
        Matcher m = RGB.matcher(css);
        assertTrue(m.matches(), "a plain colour: " + css);
        assertTrue(m.group(4) == null || Double.parseDouble(m.group(4)) == 1, "an opaque colour: " + css);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    /** WCAG 2's contrast ratio of two sRGB colours, from their relative luminance. */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    @Test
    void theContrastFormulaIsWcags() {
        assertEquals(21, contrast(new int[] {0, 0, 0}, new int[] {255, 255, 255}), 1e-9);
        assertEquals(1, contrast(new int[] {0x77, 0x77, 0x77}, new int[] {0x77, 0x77, 0x77}), 1e-9);
        // #767676 on white is the lightest grey that passes 4.5:1
        assertEquals(4.54, contrast(new int[] {0x76, 0x76, 0x76}, new int[] {255, 255, 255}), 0.005);
    }
}
