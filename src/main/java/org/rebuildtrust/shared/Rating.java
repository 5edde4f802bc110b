package org.rebuildtrust.shared;

import java.util.List;
import java.util.stream.IntStream;

/** A rating: a 0–10 view, the same scale for homework scales, check-ins and the accountability table. */
public final class Rating {

    public static final int MIN = 0;
    public static final int MAX = 10;

    private static final List<Integer> CHOICES = IntStream.rangeClosed(MIN, MAX).boxed().toList();

    private Rating() {
    }

    /** Every rating a person can choose, lowest first, for the rating buttons. */
    public static List<Integer> choices() {
        return CHOICES;
    }

    public static boolean isValid(Integer rating) {
        return rating != null && rating >= MIN && rating <= MAX;
    }
}
