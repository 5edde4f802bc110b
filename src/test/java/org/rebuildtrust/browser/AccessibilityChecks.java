package org.rebuildtrust.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The checks of a page that {@link AccessibilityIT} and {@link StaffPagesAccessibilityIT} run: axe-core's WCAG 2.0 and
 * 2.1 A and AA rules (no violation of any impact), every control named in Chromium's accessibility tree and no
 * drop-down menu named only by its choice, a title that names the page, a footer link to the accessibility statement.
 * What axe leaves for a person to review is printed (and decided in docs/accessibility.md).
 */
final class AccessibilityChecks {

    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final List<String> violations = new ArrayList<>();
    private final java.util.Set<String> needsReview = new java.util.TreeSet<>();

    void check(Browser browser, String page) {
        browser.open(page);
        com.deque.html.axecore.results.Results results = new AxeBuilder().withTags(WCAG_A_AND_AA)
                // in the page itself: the default opens a blank window for every analysis (a renderer each time), to
                // join results across frames, which these pages do not have
                .setLegacyMode(true).disableIframeTesting().analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget()
                        + " — " + rule.getHelp());
            }
        }
        // What axe cannot decide alone ("needs review"): printed, and decided by hand in docs/accessibility.md.
        for (Rule rule : results.getIncomplete()) {
            needsReview.add(rule.getId());
            for (CheckedNode node : rule.getNodes()) {
                System.out.println("[axe needs review] " + page + ": " + rule.getId() + " at " + node.getTarget() + " "
                        + String.valueOf(node.getHtml()).replaceAll("\\s+", " ").substring(0,
                        Math.min(400, String.valueOf(node.getHtml()).replaceAll("\\s+", " ").length())));
            }
        }
        unnamedControls(browser, page);
        Object named = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const link = document.getElementById('accessibilityLink');
                return [document.title, link ? link.getAttribute('href') : ''];""");
        List<?> titleAndLink = (List<?>) named;
        if (!String.valueOf(titleAndLink.get(0)).matches(".+\\S \u00b7 Rebuild")) {
            violations.add(page + ": the page's title does not name the page: " + titleAndLink.get(0));
        }
        if (!String.valueOf(titleAndLink.get(1)).endsWith("/accessibility.xhtml")) {
            violations.add(page + ": no link to the accessibility statement in the footer");
        }
    }

    /** Controls are read out by their names: Chromium's own accessibility tree must give every one a name. */
    private static final java.util.Set<String> CONTROL_ROLES = java.util.Set.of("button", "checkbox", "combobox", "link",
            "listbox", "radio", "searchbox", "slider", "spinbutton", "switch", "textbox");

    @SuppressWarnings("unchecked")
    private void unnamedControls(Browser browser, String page) {
        org.openqa.selenium.chrome.ChromeDriver chromium = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        Map<String, Object> tree = chromium.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        // Reading the tree turns on Chromium's accessibility support, which then costs CPU on every later page of this
        // browser (and of the tests it is lent to next): off again.
        chromium.executeCdpCommand("Accessibility.disable", Map.of());
        // A drop-down menu named by its chosen option alone never says what it asks.
        List<String> chosenOptions = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return [...document.querySelectorAll('[role=combobox]')].map(c => c.textContent.trim());");
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            if (Boolean.TRUE.equals(node.get("ignored"))) {
                continue;
            }
            String role = valueOf(node.get("role"));
            String name = valueOf(node.get("name")).strip();
            if (CONTROL_ROLES.contains(role) && name.isEmpty()) {
                violations.add(page + ": a " + role + " without a name (Chromium's accessibility tree, node "
                        + node.get("backendDOMNodeId") + ")");
            } else if (role.equals("combobox") && chosenOptions.contains(name)) {
                violations.add(page + ": a drop-down menu named only by its chosen option: " + name);
            }
        }
    }

    private static String valueOf(Object axValue) {
        return axValue instanceof Map<?, ?> map && map.get("value") != null ? String.valueOf(map.get("value")) : "";
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /** Fails with every problem found on every page checked. */
    void assertNone() {
        System.out.println("[axe needs review] rules seen: " + needsReview);
        assertEquals(List.of(), violations, String.join("\n", violations));
    }
}
