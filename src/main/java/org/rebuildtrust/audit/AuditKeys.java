package org.rebuildtrust.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The audit chain's keys, from configuration outside the database: {@code rebuild.audit.key} (environment
 * {@code REBUILD_AUDIT_KEY}, the Base64 of 32 random bytes) and, during a rotation, {@code rebuild.audit.old-keys}
 * (comma-separated). Without its own key an installation derives one from its two-factor sealing key
 * ({@code rebuild.totp.key}, required anyway), so no extra setting is needed to get a keyed chain; the demo derives one
 * from a fixed phrase, its data being made up.
 */
@ApplicationScoped
public class AuditKeys {

    static final String PURPOSE = "rebuild audit chain v1";

    @Inject
    @ConfigProperty(name = "rebuild.audit.key")
    Optional<String> auditKey;

    @Inject
    @ConfigProperty(name = "rebuild.audit.old-keys")
    Optional<String> olderKeys;

    @Inject
    @ConfigProperty(name = "rebuild.totp.key")
    Optional<String> totpKey;

    @Inject
    @ConfigProperty(name = "rebuild.demo", defaultValue = "false")
    boolean demoMode;

    private AuditKeyring keyring;

    @Produces
    AuditKeyring keyring() {
        if (keyring == null) {
            List<byte[]> older = olderKeys.filter(k -> !k.isBlank())
                    .map(keys -> Arrays.stream(keys.split(",")).map(String::strip).map(Base64.getDecoder()::decode).toList())
                    .orElse(List.of());
            keyring = AuditKeyring.of(current(), older);
        }
        return keyring;
    }

    private byte[] current() {
        if (auditKey.isPresent() && !auditKey.get().isBlank()) {
            return Base64.getDecoder().decode(auditKey.get().strip());
        }
        if (totpKey.isPresent() && !totpKey.get().isBlank()) {
            return AuditKeyring.derive(Base64.getDecoder().decode(totpKey.get().strip()), PURPOSE);
        }
        if (demoMode) {
            return AuditKeyring.derive("Rebuild demo practice: synthetic data only".getBytes(StandardCharsets.UTF_8), PURPOSE);
        }
        throw new IllegalStateException("Set rebuild.audit.key (environment REBUILD_AUDIT_KEY) or rebuild.totp.key:"
                + " the audit chain is keyed with a key kept outside the database");
    }
}
