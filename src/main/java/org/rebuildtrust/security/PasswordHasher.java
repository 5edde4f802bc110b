package org.rebuildtrust.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP's 2023 figure); the container's default is far lower.
 * Uses the container's Pbkdf2PasswordHash so the stored format is the standard one
 * ({@code algorithm:iterations:salt:hash}): a stored hash carries its own cost, so hashes of another cost still
 * verify, and {@link #needsUpgrade} tells when one should be replaced by a hash of today's cost.
 */
@ApplicationScoped
public class PasswordHasher {

    /**
     * The production cost. Only test fixtures (through {@link #withIterations}) and a demo server told so by
     * {@code rebuild.demo.password-iterations} ever hash with another.
     */
    public static final int ITERATIONS = 600_000;

    private static final Logger LOG = Logger.getLogger(PasswordHasher.class.getName());

    private int iterations = ITERATIONS;

    @Inject
    @ConfigProperty(name = "rebuild.demo", defaultValue = "false")
    boolean demo;

    /**
     * A lower cost for a demo server's accounts, which are synthetic and whose passwords are printed: the browser tests
     * start their servers with it, so that hundreds of sign-ins do not cost minutes of CPU. Ignored unless the demo is
     * on, so a real installation always hashes at {@link #ITERATIONS}.
     */
    @Inject
    @ConfigProperty(name = "rebuild.demo.password-iterations")
    Optional<Integer> demoIterations;

    /** Verified against when the login name is unknown, so a wrong name costs as long as a wrong password. */
    private String decoyHash;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    protected PasswordHasher() {
        // for CDI
    }

    public PasswordHasher(Pbkdf2PasswordHash pbkdf2) {
        this(pbkdf2, ITERATIONS);
    }

    private PasswordHasher(Pbkdf2PasswordHash pbkdf2, int iterations) {
        this.pbkdf2 = pbkdf2;
        this.iterations = iterations;
        init();
    }

    /**
     * The same code path at another cost: for test fixtures, which create hundreds of accounts and would otherwise
     * spend minutes hashing. Production code never calls this (the CDI bean always has {@link #ITERATIONS}).
     */
    public static PasswordHasher withIterations(Pbkdf2PasswordHash pbkdf2, int iterations) {
        return new PasswordHasher(pbkdf2, iterations);
    }

    @PostConstruct
    void init() {
        if (demo && demoIterations.isPresent()) {
            iterations = demoIterations.get();
            LOG.warning(() -> "Demo: passwords are hashed with " + iterations + " iterations instead of " + ITERATIONS + ".");
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    /** The cost a stored hash was made with (its second field). */
    public static int iterationsOf(String storedHash) {
        String[] parts = storedHash.split(":");
        return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
    }

    /** Whether a stored hash (that just matched) was made at a lower cost than today's and should be replaced. */
    public boolean needsUpgrade(String storedHash) {
        return iterationsOf(storedHash) < iterations;
    }

    public String hash(String password) {
        return pbkdf2.generate(asTyped(password));
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(asTyped(password), storedHash);
    }

    /** Spends the same time as a real check, then fails. */
    public boolean matchNothing(String password) {
        pbkdf2.verify(asTyped(password), decoyHash);
        return false;
    }

    /**
     * A password as the person meant it, whatever their keyboard sent: "ü" may arrive as one code point or as "u"
     * plus a combining mark. Normalized the same way (NFKC, as NIST SP 800-63B advises) when set and when checked.
     */
    private static char[] asTyped(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC).toCharArray();
    }
}
