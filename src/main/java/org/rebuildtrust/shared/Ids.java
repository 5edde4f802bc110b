package org.rebuildtrust.shared;

/** Turns an id taken from a URL into a number; anything else is simply a record that does not exist. */
public final class Ids {

    private Ids() {
    }

    public static long parse(String what, String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            throw new RecordNotFoundException(what, raw);
        }
        return Long.parseLong(raw);
    }
}
