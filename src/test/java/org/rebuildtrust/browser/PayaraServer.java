package org.rebuildtrust.browser;

import org.rebuildtrust.testsupport.TestDatabase;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real WAR on Payara Micro, started on a free port with the server's output in a log file under target/, printed
 * by the failure watcher when a test fails. The browser tests run on servers with the demo practice ({@link #startDemo},
 * lent out by {@link DemoServers}); a test that needs other settings or a crash gets a server of its own on a
 * PostgreSQL database it filled itself, with no demo seeding ({@link #startOnPostgres}).
 */
public final class PayaraServer {

    private static final java.util.concurrent.atomic.AtomicInteger H2_DEMO_STARTING = new java.util.concurrent.atomic.AtomicInteger();

    /** The production pre-boot commands (loopback only, no version banners), so tests see what users see. */
    private static final Path PRE_BOOT_COMMANDS = Path.of("deploy", "payara", "pre-boot-commands.asadmin");
    /** The production log format (one JSON object per line), for the servers that stand for a real installation. */
    private static final Path PRODUCTION_LOGGING = Path.of("deploy", "payara", "logging.properties");

    /**
     * The demo servers' password cost (rebuild.demo.password-iterations): browser tests sign in hundreds of times.
     * PasswordHasherTest proves the production cost, OwnServerIT a sign-in on a real installation's.
     */
    static final int DEMO_PASSWORD_ITERATIONS = 1_024;

    /** Payara's own words when its runtime, before any application, fails to start (see {@link #awaitReady}). */
    private static final String RUNTIME_FAILED = "GlassFishException: Server failed to start";

    private volatile Process process;
    private final String baseUrl;
    private final Path log;
    private final Path outbox;
    /** How the process was started, so that a start that failed in Payara's own runtime can be made once more. */
    private final List<String> command;
    private boolean startedAgain;

    private PayaraServer(Process process, String baseUrl, Path log, Path outbox, List<String> command) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
        this.outbox = outbox;
        this.command = command;
    }

    /**
     * A server with the demo practice on a fresh database of the given kind; {@link DemoServers} lends it to one
     * browser test class at a time. Its log is target/payara-{kind}-{number}.log.
     */
    public static PayaraServer startDemo(TestDatabase kind, int number) {
        if (kind == TestDatabase.H2) {
            H2_DEMO_STARTING.incrementAndGet();
            try {
                return startDemoOn(kind, number);
            } finally {
                H2_DEMO_STARTING.decrementAndGet();
            }
        }
        yieldToH2DemoStarts();
        return startDemoOn(kind, number);
    }

    /**
     * Servers off the suite's longest path (the PostgreSQL demo server, a test's own server) wait while the H2 demo
     * servers start, which carry most of the browser tests: on two cores, four servers starting at once each take
     * four times as long, and every H2 browser class waits for them. Only the order of starts changes.
     */
    private static void yieldToH2DemoStarts() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (H2_DEMO_STARTING.get() > 0 && Instant.now().isBefore(deadline)) {
            sleep(200);
        }
    }

    private static PayaraServer startDemoOn(TestDatabase kind, int number) {
        List<String> settings = new ArrayList<>(List.of("-Drebuild.demo=true", "-Drebuild.session.idle-minutes=30",
                "-Drebuild.demo.password-iterations=" + DEMO_PASSWORD_ITERATIONS));
        if (kind == TestDatabase.POSTGRES) {
            settings.addAll(postgres(TestDatabase.freshPostgresSettings()));
        }
        PayaraServer server = launch("payara-" + kind.name().toLowerCase(Locale.ROOT) + "-" + number, settings, false);
        server.awaitReady();
        return server;
    }

    /**
     * A server of its own on a given PostgreSQL database that the test filled (or that survived a crash), without
     * demo data, with extra system properties (a short session, say). Its log is target/{name}.log; the caller stops it.
     */
    public static PayaraServer startOnPostgres(String name, TestDatabase.PostgresSettings db, String... systemProperties) {
        PayaraServer server = launchOnPostgres(name, db, systemProperties);
        server.awaitReady();
        return server;
    }

    /**
     * Like {@link #startOnPostgres}, without waiting for the server: the caller waits for it to be ready
     * ({@link #awaitReady}), or for it to give up ({@link #awaitExit}).
     */
    public static PayaraServer launchOnPostgres(String name, TestDatabase.PostgresSettings db, String... systemProperties) {
        return launchOnPostgres(name, db, false, systemProperties);
    }

    /** Like {@link #launchOnPostgres}, logging as production does (deploy/payara/logging.properties) when asked. */
    public static PayaraServer launchOnPostgres(String name, TestDatabase.PostgresSettings db, boolean productionLogging,
                                                String... systemProperties) {
        yieldToH2DemoStarts();
        // a real installation has its own TOTP key (it does not start without one); it ignores the demo's password
        // cost, which is set here too so that OwnServerIT's upgrade to the production cost proves it
        List<String> settings = new ArrayList<>(List.of("-Drebuild.demo=false",
                "-Drebuild.demo.password-iterations=" + DEMO_PASSWORD_ITERATIONS,
                "-Drebuild.totp.key=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.UUID.randomUUID().toString().substring(0, 32).getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        settings.addAll(postgres(db));
        settings.addAll(List.of(systemProperties));
        return launch(name, settings, productionLogging);
    }

    private static List<String> postgres(TestDatabase.PostgresSettings db) {
        return List.of("-Ddb.datasource.class=org.postgresql.ds.PGSimpleDataSource",
                "-Ddb.url=" + db.url(), "-Ddb.user=" + db.user(), "-Ddb.password=" + db.password());
    }

    /** Prints what the server cost, so the suite's time can be understood from CI's output. */
    private void reportCpu() {
        System.out.println("[test server] " + log.getFileName() + ": " + Math.round(cpuSeconds()) + " s of CPU");
    }

    /** The CPU this server's process has used so far, in seconds. */
    double cpuSeconds() {
        return process.info().totalCpuDuration().map(cpu -> cpu.toMillis() / 1000.0).orElse(0.0);
    }

    /** Ends the server process at once with SIGKILL, as a crash or an out-of-memory kill would. */
    public void kill() {
        reportCpu();
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops a dedicated server. */
    public void stop() {
        reportCpu();
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** The port this server listens on. */
    public int port() {
        return URI.create(baseUrl).getPort();
    }

    /**
     * This server as a browser sees it through something in front (a relay standing for a load balancer): the same
     * process and log, another base address.
     */
    public PayaraServer reachedThrough(String frontBaseUrl) {
        return new PayaraServer(process, frontBaseUrl, log, outbox, command);
    }

    public Path log() {
        return log;
    }

    /**
     * The newest link to a page (welcome.xhtml, reset.xhtml) in the emails the demo server wrote to its outbox folder
     * instead of sending them (it has no SMTP server); null when there is none.
     */
    public String lastEmailedLink(String page) throws IOException {
        Pattern link = Pattern.compile("(http://\\S+/" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_-]+)");
        String last = null;
        for (String email : emails()) {
            Matcher found = link.matcher(email);
            while (found.find()) {
                last = found.group(1);
            }
        }
        return last;
    }

    /** The emails the demo server wrote to its outbox folder, oldest first, as UTF-8 text. */
    public List<String> emails() throws IOException {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> emails = Files.list(outbox)) {
            // whole messages only: the server writes each under a ".part" name first
            for (Path email : emails.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(email));
            }
        }
        return texts;
    }

    private static PayaraServer launch(String logName, List<String> settings, boolean productionLogging) {
        Path target = Path.of(System.getProperty("rebuild.targetDir", "target"));
        String war = System.getProperty("rebuild.war", target.resolve("rebuild.war").toString());
        String payaraJar = System.getProperty("rebuild.payaraJar");
        if (payaraJar == null || !new File(payaraJar).isFile()) {
            throw new IllegalStateException("Payara Micro jar not found (rebuild.payaraJar=" + payaraJar + ")");
        }
        int port = freePort();
        Path log = target.resolve(logName + ".log");
        Path outbox = target.resolve(logName + "-outbox");
        try {
            // Several servers share two cores with the tests: one GC thread, and C1 only (C2 would spend more CPU
            // compiling than a test server's short life gives back: 32 s instead of 43 s to start, half the CPU per
            // page). PBKDF2 is slow under C1 (1.1 s per 600,000 iterations), so demo servers hash at a test cost.
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC"));
            command.add("-Drebuild.mail.outbox=" + outbox.toAbsolutePath());
            // H2 in a fresh folder unless the settings name a PostgreSQL database
            command.add("-Drebuild.data.dir=" + Files.createTempDirectory(target, "it-h2-data-").toAbsolutePath());
            command.addAll(settings);
            if (!settings.contains("-Drebuild.demo=true")) {
                // a real installation does not start without the address for its email links; the demo needs none
                command.add("-Drebuild.base-url=http://127.0.0.1:" + port);
            }
            Path rootDir = Files.createTempDirectory(target, "payara-root-");
            command.add("-Dhazelcast.socket.bind.any=false");
            command.addAll(List.of("-jar", payaraJar, "--deploy", war, "--contextroot", "/", "--port", Integer.toString(port),
                    "--nocluster", "--disablephonehome", "--rootdir", rootDir.toAbsolutePath().toString(),
                    "--prebootcommandfile", PRE_BOOT_COMMANDS.toAbsolutePath().toString()));
            if (productionLogging) {
                command.addAll(List.of("--logproperties", PRODUCTION_LOGGING.toAbsolutePath().toString()));
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            PayaraServer server = new PayaraServer(process, "http://127.0.0.1:" + port, log, outbox, command);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.reportCpu();
                server.process.destroy();
            }));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The exit status of a server that is expected to give up during start-up; fails the test if it is still running
     * after {@code limit} (it is then stopped).
     */
    public int awaitExit(Duration limit) {
        try {
            Instant deadline = Instant.now().plus(limit);
            while (!process.waitFor(1, java.util.concurrent.TimeUnit.SECONDS)) {
                if (!startAgainIfPayaraFailed() && Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                    throw new AssertionError("Payara Micro was still running after " + limit + "; see " + log.toAbsolutePath());
                }
            }
            reportCpu();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    /**
     * How long a start may take. Twelve test classes start their servers at once on CI's two cores: a load average of
     * 19 was logged by a server that then needed more than four minutes to deploy (twice in two days' CI runs, each
     * time the only failures), so the wait is eight; a server that exits or fails to start is caught at once anyway.
     */
    private static final Duration START_TIME = Duration.ofMinutes(8);

    /** Waits until the server answers its readiness check and the sign-in page; fails if it exits or takes too long. */
    public void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIME);
        while (Instant.now().isBefore(deadline)) {
            if (startAgainIfPayaraFailed()) {
                deadline = Instant.now().plus(START_TIME);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start-up; see " + log.toAbsolutePath());
            }
            if (status("/health/ready") == 200 && status("/login.xhtml") == 200) {
                return;
            }
            sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("Payara Micro was not ready within " + START_TIME.toMinutes() + " minutes; see "
                + log.toAbsolutePath());
    }

    /**
     * Payara's own runtime sometimes fails to start under load before it gets to any application (an HK2 race:
     * ConcurrentModificationException in the health check service's start, "Server failed to start"), and its process
     * then stays alive with nothing deployed. That is not the application's doing, and a supervisor restarts such an
     * instance: so does this, once, in a new root folder, logging to the same file. True when it started it again.
     */
    private synchronized boolean startAgainIfPayaraFailed() {
        try {
            if (startedAgain || !Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(RUNTIME_FAILED)) {
                return false;
            }
            startedAgain = true;
            process.destroyForcibly().waitFor();
            System.out.println("[test server] " + log.getFileName() + ": Payara's own start-up failed (" + RUNTIME_FAILED
                    + "); starting it once more");
            List<String> again = new ArrayList<>(command);
            int rootDir = again.indexOf("--rootdir") + 1;
            again.set(rootDir, Files.createTempDirectory(Path.of(again.get(rootDir)).getParent(), "payara-root-").toString());
            process = new ProcessBuilder(again).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP status of a GET, or -1 while nothing answers. */
    public int status(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url(path)).toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(10000);
            int code = connection.getResponseCode();
            connection.disconnect();
            return code;
        } catch (IOException notYet) {
            return -1;
        }
    }

    /** The body of a GET, for endpoints that are read by machines rather than people (health checks). */
    String body(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url(path)).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(10000);
            try (var in = connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
