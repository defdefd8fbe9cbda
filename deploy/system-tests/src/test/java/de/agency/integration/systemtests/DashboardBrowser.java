package de.agency.integration.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through its chromedriver; installed from Debian's packages if missing (the
 * test setup needs root or sudo for that).
 */
public final class DashboardBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    /** @param language the browser's language, which it asks pages for (Accept-Language), e.g. {@code de-DE} */
    public DashboardBrowser(String language) {
        installIfMissing();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1600",
                        "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
    }

    /** Opens the page, logs in on Keycloak's login form, and waits until the dashboard has drawn its charts. */
    public void logInAndOpen(String url, String user, String password) {
        driver.get(url);
        await().atMost(Duration.ofSeconds(60)).until(() -> !driver.findElements(By.id("username")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        await().atMost(Duration.ofSeconds(60)).until(() -> driver.findElements(By.cssSelector("body[data-ready]")).size() == 1);
    }

    /** Follows the link (the page reloads) and waits until the dashboard has drawn its charts in the language. */
    public void follow(String linkId, String language) {
        driver.findElement(By.id(linkId)).click();
        await().atMost(Duration.ofSeconds(60)).until(() -> language.equals(((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.lang"))
                && driver.findElements(By.cssSelector("body[data-ready]")).size() == 1);
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The labels and the first data set of a chart, as Chart.js holds them. */
    @SuppressWarnings("unchecked")
    public List<Object> chart(String canvasId, String part) {
        String script = "const c = Chart.getChart(arguments[0]); return arguments[1] === 'labels' ? c.data.labels "
                + ": c.data.datasets[0].data;";
        return (List<Object>) ((JavascriptExecutor) driver).executeScript(script, canvasId, part);
    }

    /** The cells of a table's body, row by row, as shown. */
    public List<List<String>> tableRows(String tableId) {
        return driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(cell -> cell.getText()).toList()).toList();
    }

    public boolean isShown(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    public void screenshot(Path target) throws IOException {
        save(driver.getScreenshotAs(OutputType.FILE), target);
    }

    /** A picture of one element of the page (scrolled into view), e.g. a chart's section. */
    public void screenshot(String elementId, Path target) throws IOException {
        save(driver.findElement(By.id(elementId)).getScreenshotAs(OutputType.FILE), target);
    }

    private static void save(File picture, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(picture.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static void installIfMissing() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String sudo = "root".equals(System.getProperty("user.name")) ? "" : "sudo ";
        run(sudo + "apt-get update -qq && " + sudo
                + "env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium chromium-driver");
    }

    private static void run(String command) {
        try {
            Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Could not install chromium: " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not install chromium", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
