package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The keys that seal TOTP secrets, from configuration outside the database: {@code rebuild.totp.key} (environment
 * {@code REBUILD_TOTP_KEY}: the Base64 of 32 random bytes, e.g. {@code openssl rand -base64 32}) seals, and
 * {@code rebuild.totp.old-keys} ({@code REBUILD_TOTP_OLD_KEYS}, comma-separated) still open what older keys sealed
 * while a rotation is under way. A real installation does not start without a key; the demo, whose data is made up,
 * uses a key derived from a fixed phrase so that its run command needs no settings.
 */
@ApplicationScoped
public class TotpKeys {

    private static final Logger LOG = Logger.getLogger(TotpKeys.class.getName());
    static final String DEMO_PHRASE = "Rebuild demo practice: synthetic data only";

    @Inject
    @ConfigProperty(name = "rebuild.totp.key")
    Optional<String> currentKey;

    @Inject
    @ConfigProperty(name = "rebuild.totp.old-keys")
    Optional<String> olderKeys;

    @Inject
    @ConfigProperty(name = "rebuild.demo", defaultValue = "false")
    boolean demoMode;

    private TotpSecretCipher cipher;

    @Produces
    TotpSecretCipher cipher() {
        if (cipher == null) {
            cipher = TotpSecretCipher.of(current(), olderKeys.map(keys -> Arrays.asList(keys.split(","))).orElse(List.of()));
        }
        return cipher;
    }

    private String current() {
        if (currentKey.isPresent() && !currentKey.get().isBlank()) {
            return currentKey.get();
        }
        if (demoMode) {
            LOG.info("The demo seals TOTP secrets with its built-in demo key; a real installation sets rebuild.totp.key");
            return TotpSecretCipher.demoKeyFrom(DEMO_PHRASE);
        }
        throw new IllegalStateException("Set rebuild.totp.key (environment REBUILD_TOTP_KEY) to the Base64 of 32 random"
                + " bytes (openssl rand -base64 32): it seals the two-factor secrets and is kept outside the database");
    }
}
