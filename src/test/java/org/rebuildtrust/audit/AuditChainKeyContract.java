package org.rebuildtrust.audit;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;
import org.rebuildtrust.testsupport.TestDatabase;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keyed audit chain on a real database, in a database of its own (it rewrites the chain): whoever can write to the
 * database but holds no key cannot recompute a chain that verifies.
 */
abstract class AuditChainKeyContract extends DatabaseContract {

    private long lastPosition() {
        return jpa.inTransaction(() -> jpa.em().createQuery("SELECT COALESCE(MAX(e.position), 0) FROM AuditEntry e", Long.class)
                .getSingleResult());
    }

    @Test
    void aChainRecomputedWithoutTheKeyIsCaughtHoweverItIsDressedUp() {
        PracticeFixture practice = new PracticeFixture(jpa);
        for (int i = 0; i < 4; i++) {
            int n = i;
            jpa.inTransaction(() -> practice.audit.record(practice.first, AuditAction.VIEW, AuditRecord.COUPLE, (long) n, null, "seen " + n));
        }
        assertTrue(jpa.inTransaction(() -> practice.audit.verify(practice.admin)).isIntact());
        long last = lastPosition();
        long from = last - 2;

        // someone who can write to the database changes an entry and recomputes every hash after it, as plain SHA-256
        // entries of the time before the chain was keyed (the key is not in the database: they cannot recompute an HMAC)
        rewriteAsUnkeyed(from, "nothing to see");
        Verification downgraded = jpa.inTransaction(() -> practice.audit.verify(practice.admin));
        assertFalse(downgraded.isIntact());
        assertEquals(from, downgraded.firstBrokenPosition(), "an unkeyed entry after the sealed ones");

        // and then moves the seal's end to cover them: the seal, an HMAC under the key, no longer holds
        jpa.inTransaction(() -> jpa.em().createNativeQuery("UPDATE audit_chain_head SET legacy_end = ?1")
                .setParameter(1, last).executeUpdate());
        rewriteAsUnkeyed(1, null);
        Verification resealed = jpa.inTransaction(() -> practice.audit.verify(practice.admin));
        assertFalse(resealed.isIntact(), "the whole chain made unkeyed is still caught");
    }

    /**
     * Entries wait unsealed for a moment (issue 16), so someone who can write to the database could put one in the
     * table for the sealer to chain: a copy of a real waiting entry under a new id, or one with a made-up MAC. Neither
     * holds under the key, so the sealer leaves both out of the chain, chains the real ones around them, and
     * verification names the first. An entry given a position outside the chain, so that the sealer passes it by, is
     * named too.
     */
    @Test
    void anEntryPutInTheTableWithoutTheKeyIsLeftOutOfTheChainAndReported() {
        PracticeFixture practice = new PracticeFixture(jpa);
        jpa.inTransaction(practice.audit::sealPending);
        long real = jpa.inTransaction(() -> {
            practice.audit.record(practice.first, AuditAction.VIEW, AuditRecord.COUPLE, 3L, 3L, "real");
            return jpa.em().createQuery("SELECT MAX(e.id) FROM AuditEntry e", Long.class).getSingleResult();
        });
        long copied = real + 1_000_000;
        long madeUp = real + 2_000_000;
        String columns = "occurred_at, account_id, login_name, role, action, record_type, record_id, couple_id, address,"
                + " detail, key_id, entry_mac";
        jpa.inTransaction(() -> {
            jpa.em().createNativeQuery("INSERT INTO audit_entry (id, " + columns + ") SELECT " + copied + ", " + columns
                    + " FROM audit_entry WHERE id = " + real).executeUpdate();
            jpa.em().createNativeQuery("INSERT INTO audit_entry (id, " + columns + ") SELECT " + madeUp + ", occurred_at,"
                    + " account_id, login_name, role, action, record_type, record_id, couple_id, address, 'made up', key_id,"
                    + " '" + "ab".repeat(32) + "' FROM audit_entry WHERE id = " + real).executeUpdate();
            return null;
        });
        jpa.inTransaction(() -> practice.audit.record(practice.second, AuditAction.VIEW, AuditRecord.COUPLE, 4L, 4L, "after"));

        assertEquals(2, jpa.inTransaction(practice.audit::sealPending), "the two real entries");
        List<Long> unsealed = jpa.inTransaction(() -> jpa.em().createQuery(
                "SELECT e.id FROM AuditEntry e WHERE e.position IS NULL ORDER BY e.id", Long.class).getResultList());
        assertEquals(List.of(copied, madeUp), unsealed);
        Verification verified = jpa.inTransaction(() -> practice.audit.verify(practice.admin));
        assertFalse(verified.isIntact());
        assertNull(verified.firstBrokenPosition(), "the chain itself holds");
        assertEquals(copied, verified.firstForeignEntry());

        long outside = real + 500_000;
        jpa.inTransaction(() -> jpa.em().createNativeQuery("INSERT INTO audit_entry (id, position, previous_hash, hash, "
                + columns + ") SELECT " + outside + ", -1, 'x', 'y', " + columns + " FROM audit_entry WHERE id = " + real)
                .executeUpdate());
        assertEquals(outside, jpa.inTransaction(() -> practice.audit.verify(practice.admin)).firstForeignEntry(),
                "an entry put before the chain's positions");
        long beyond = real + 400_000;
        jpa.inTransaction(() -> jpa.em().createNativeQuery("INSERT INTO audit_entry (id, position, previous_hash, hash, "
                + columns + ") SELECT " + beyond + ", 999999, 'x', 'y', " + columns + " FROM audit_entry WHERE id = " + real)
                .executeUpdate());
        assertEquals(beyond, jpa.inTransaction(() -> practice.audit.verify(practice.admin)).firstForeignEntry(),
                "and one put beyond its end");

        // taken out again (around the trigger), nothing foreign is left, as the other test of this class expects
        boolean postgres = database() == TestDatabase.POSTGRES;
        jpa.inTransaction(() -> {
            if (postgres) {
                jpa.em().createNativeQuery("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").executeUpdate();
            }
            jpa.em().createNativeQuery("DELETE FROM audit_entry WHERE id IN (" + copied + ", " + madeUp + ", " + outside + ", " + beyond + ")")
                    .executeUpdate();
            if (postgres) {
                jpa.em().createNativeQuery("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").executeUpdate();
            }
            return null;
        });
        assertNull(jpa.inTransaction(() -> practice.audit.verify(practice.admin)).firstForeignEntry());
    }

    /** Rewrites the chain from a position on as unkeyed SHA-256 entries (changing that entry's detail if given). */
    private void rewriteAsUnkeyed(long from, String newDetail) {
        boolean postgres = database() == TestDatabase.POSTGRES;
        jpa.inTransaction(() -> {
            if (postgres) {
                jpa.em().createNativeQuery("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").executeUpdate();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = jpa.em().createNativeQuery("SELECT position, occurred_at, account_id, login_name, role, action,"
                    + " record_type, record_id, couple_id, address, detail, previous_hash FROM audit_entry WHERE position IS NOT NULL"
                    + " ORDER BY position")
                    .getResultList();
            String previous = org.rebuildtrust.audit.AuditEntry.GENESIS;
            for (Object[] row : rows) {
                long position = ((Number) row[0]).longValue();
                if (position >= from) {
                    String detail = position == from && newDetail != null ? newDetail : (String) row[10];
                    String canonical = String.join("\u001f", Long.toString(position),
                            Long.toString(((java.sql.Timestamp) row[1]).toInstant().toEpochMilli()), String.valueOf(row[2]),
                            String.valueOf(row[3]), String.valueOf(row[4]), String.valueOf(row[5]), String.valueOf(row[6]),
                            String.valueOf(row[7]), String.valueOf(row[8]), String.valueOf(row[9]), String.valueOf(detail), previous);
                    String hash = org.rebuildtrust.shared.Tokens.sha256Hex(canonical);
                    jpa.em().createNativeQuery("UPDATE audit_entry SET key_id = NULL, detail = ?1, previous_hash = ?2, hash = ?3"
                            + " WHERE position = ?4").setParameter(1, detail).setParameter(2, previous).setParameter(3, hash)
                            .setParameter(4, position).executeUpdate();
                    previous = hash;
                } else {
                    previous = (String) jpa.em().createNativeQuery("SELECT hash FROM audit_entry WHERE position = ?1")
                            .setParameter(1, position).getSingleResult();
                }
            }
            jpa.em().createNativeQuery("UPDATE audit_chain_head SET last_hash = ?1").setParameter(1, previous).executeUpdate();
            if (postgres) {
                jpa.em().createNativeQuery("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").executeUpdate();
            }
            return null;
        });
    }

}
