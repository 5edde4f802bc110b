package org.rebuildtrust.browser;

import org.openqa.selenium.chrome.ChromeDriverService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CPU one browser costs: its ChromeDriver and every Chromium process under it, living or ended (Linux's
 * /proc counts an ended child into its parent). Browsers are most of the suite's CPU, so each browser test prints what
 * its browsers used, and a test that grows expensive shows in CI's output. Elsewhere than Linux it reads zero.
 */
final class ChromiumCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux this runs on

    private final Optional<ProcessHandle> driver;

    private ChromiumCpu(Optional<ProcessHandle> driver) {
        this.driver = driver;
    }

    /** The ChromeDriver that this JVM started for the service (found by the port it was told to listen on). */
    static ChromiumCpu of(ChromeDriverService service) {
        String port = "--port=" + service.getUrl().getPort();
        return new ChromiumCpu(ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(args -> java.util.Arrays.asList(args).contains(port)).orElse(false))
                .findFirst());
    }

    double seconds() {
        return driver.map(root -> (ticks(root) + root.descendants().mapToLong(ChromiumCpu::ticks).sum()) / TICKS_PER_SECOND)
                .orElse(0.0);
    }

    /** utime + stime + cutime + cstime of one process: its own CPU and that of its ended children. */
    private static long ticks(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
