package fr.agora.adapter.in.rest.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The tutor's page end to end in a real headless Chromium (Debian's {@code chromium} + {@code chromium-driver},
 * driven by Selenium): open the link on a phone-sized window, check accessibility with axe-core, fill with the
 * keyboard and the mouse, submit, and find the evaluation through the API awaiting validation; a revoked link then
 * shows the French 410 page. Skipped (with the reason) only when no browser binary is installed; {@code .ci/run}
 * installs one.
 */
class TutorPageBrowserTest extends SchoolApiTestSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** axe-core from npm ({@code tools/a11y}, installed by {@code .ci/run}). */
    static final Path AXE = Path.of("..", "tools", "a11y", "node_modules", "axe-core", "axe.min.js");

    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no browser: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver) to run this test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile = Files.createTempDirectory("agora-chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void a_tutor_fills_the_page_from_a_phone_and_the_teacher_sees_the_evaluation_awaiting_validation() throws Exception {
        School s = newSchool();
        String cohort = createCohort(s, "1re AGOrA");
        String student = createStudent(s, cohort, null, "Martin", "Léa");
        String other = createStudent(s, cohort, null, "Secret", "Autre");
        place(s, student, "P3", "tutor@host.fr");
        place(s, other, "P3", "tutor@host.fr");
        JsonNode link = post(s.path("/students/" + student + "/tutor-links"), "{\"period\":\"P3\",\"validDays\":30}", auth(s.teacher())).tree();
        String url = "http://localhost:" + port + "/tuteur/" + link.get("token").asString();

        browser.manage().window().setSize(new Dimension(390, 844)); // a phone
        browser.get(url);
        assertThat(browser.getTitle()).isEqualTo("Évaluation de PFMP — AGOrA");
        assertThat(browser.findElement(By.id("student")).getText()).isEqualTo("Léa Martin");
        assertThat(browser.findElement(By.id("organisation")).getText()).isEqualTo("Mutuelle du Centre");
        assertThat(browser.getPageSource()).doesNotContain("Secret");
        JavascriptExecutor js = browser;
        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        recordFirstPaint(js, "cold (first view after start-up)");
        for (int i = 0; i < 5; i++) {
            browser.navigate().refresh();
            recordFirstPaint(js, "warm, view " + (i + 2));
        }
        assertNoSeriousAccessibilityViolation(js);

        // keyboard: focus the "mis en œuvre" radio of 1.1.1 and select it with the space bar; then the level and a criterion
        browser.findElement(By.id("impl-1-1-1-oui")).sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("impl-1-1-1-oui")).isSelected()).isTrue();
        new Select(browser.findElement(By.id("level-1-1-1"))).selectByValue("3");
        WebElement criterion = browser.findElement(By.id("crit-1-1-1-0"));
        String criterionId = criterion.getDomAttribute("value");
        criterion.sendKeys(Keys.SPACE);
        browser.findElement(By.id("comment-1-1-1")).sendKeys("Accueil téléphonique soigné.");
        // mouse: 2.2.4 mis en œuvre, not positioned
        browser.findElement(By.cssSelector("label[for='impl-2-2-4-oui']")).click();
        browser.findElement(By.id("appreciation")).sendKeys("Stagiaire sérieuse et ponctuelle.");
        // the answer is a new page: wait until the form's page is gone, or the next look-up may catch its stale <h1>
        WebElement formHeading = browser.findElement(By.tagName("h1"));
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(formHeading));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Merci, votre évaluation est envoyée");
        assertThat(browser.findElement(By.id("summary")).getText()).startsWith("2 compétence(s) mise(s) en œuvre, 2 observation(s)");

        JsonNode history = get(s.path("/students/" + student + "/evaluations"), auth(s.teacher())).tree().get("items");
        assertThat(history).hasSize(2);
        for (JsonNode e : history) {
            assertThat(e.get("evaluatorRole").asString()).isEqualTo("TUTEUR");
            assertThat(e.get("evaluatorId").asString()).isEqualTo("tutor@host.fr");
            assertThat(e.get("period").asString()).isEqualTo("P3");
            assertThat(e.hasNonNull("validatedBy")).as("awaiting the teacher's validation").isFalse();
        }
        JsonNode first = history.get(0).get("competency").asString().equals("1.1.1") ? history.get(0) : history.get(1);
        assertThat(first.get("level").asString()).isEqualTo("3");
        assertThat(first.get("criterion").asString()).isEqualTo(criterionId);
        assertThat(first.get("comment").asString()).isEqualTo("Accueil téléphonique soigné.");
        JsonNode links = get(s.path("/students/" + student + "/tutor-links"), auth(s.teacher())).tree().get("items");
        assertThat(links.get(0).get("appreciation").asString()).isEqualTo("Stagiaire sérieuse et ponctuelle.");
        assertThat(get(s.path("/students/" + other + "/evaluations"), auth(s.teacher())).tree().get("items")).isEmpty();

        post(s.path("/students/" + student + "/tutor-links/" + link.get("id").asString() + "/revocation"), "", auth(s.teacher()));
        browser.get(url);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ce lien a été désactivé");
        recordFirstPaint(js, "baseline, the 410 page (same server, same browser, a few hundred bytes)");
        assertThat(browser.getPageSource()).doesNotContain("Martin").doesNotContain("Mutuelle");
    }

    /** Navigation Timing and Paint Timing of the page as loaded: written to target/ for BENCHMARKS.md (not asserted: a figure, not a test). */
    private static void recordFirstPaint(JavascriptExecutor js, String which) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) js.executeScript("""
                const n = performance.getEntriesByType('navigation')[0];
                const p = performance.getEntriesByName('first-contentful-paint')[0] || performance.getEntriesByName('first-paint')[0];
                return {ttfb: n.responseStart, responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd,
                        load: n.loadEventEnd, firstPaint: p ? p.startTime : -1, bytes: n.transferSize};""");
        String line = "tutor page (phone 390x844, headless chromium), " + which + ": " + t;
        System.out.println(line);
        Files.writeString(Path.of("target", "tutor-page-timing.txt"), line + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static void assertNoSeriousAccessibilityViolation(JavascriptExecutor js) throws Exception {
        assertThat(AXE).as("axe-core missing: run npm ci in tools/a11y (.ci/run does)").exists();
        js.executeScript(Files.readString(AXE));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + ')')))
                   .catch(e => done(['error ' + e]));""");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        System.out.println("axe-core violations on the tutor page: " + violations);
        assertThat(violations).noneMatch(v -> v.startsWith("serious") || v.startsWith("critical") || v.startsWith("error"));
    }
}
