package org.rebuildtrust.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Base of the browser tests: the running server, browsers opened by the test and closed after it, and on failure
 * a screenshot of every open browser plus the server log's location, printed so CI output says where to look.
 */
public abstract class BrowserTestSupport {

    protected static final String DEMO_PASSWORD = "demo-password-2026";

    protected final PayaraServer server = PayaraServer.get();
    private final List<Browser> browsers = new ArrayList<>();

    @org.junit.jupiter.api.extension.RegisterExtension
    final TestWatcher failureWatcher = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            Path dir = Path.of(System.getProperty("rebuild.targetDir", "target"), "browser-failures");
            try {
                Files.createDirectories(dir);
                for (int i = 0; i < browsers.size(); i++) {
                    Path shot = dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + "-" + i + ".png");
                    Path taken = ((TakesScreenshot) browsers.get(i).driver()).getScreenshotAs(OutputType.FILE).toPath();
                    Files.copy(taken, shot, StandardCopyOption.REPLACE_EXISTING);
                    System.out.println("[browser test failed] screenshot: " + shot.toAbsolutePath());
                }
            } catch (IOException | RuntimeException e) {
                System.out.println("[browser test failed] no screenshot: " + e);
            }
            System.out.println("[browser test failed] server log: " + server.log().toAbsolutePath());
            closeBrowsers();
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            closeBrowsers();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            closeBrowsers();
        }
    };

    protected Browser newBrowser() {
        Browser browser = new Browser(server);
        browsers.add(browser);
        return browser;
    }

    private void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    /** A therapist the admin adds on the therapists page: a fresh login, an email address and the given password. */
    protected static String newTherapist(Browser admin, String password) {
        String login = "t" + UUID.randomUUID().toString().substring(0, 8);
        admin.open("/admin/therapists.xhtml");
        admin.type("therapistForm:displayName", "Dr. Test " + login);
        admin.type("therapistForm:loginName", login);
        admin.type("therapistForm:email", login + "@example.test");
        admin.type("therapistForm:password", password);
        admin.clickAjax("therapistForm:create");
        assertTrue(admin.pageText().contains("was added."), admin.pageText());
        return login;
    }

    /** A label no other test (or earlier run on the same database) uses. */
    protected static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }
}
