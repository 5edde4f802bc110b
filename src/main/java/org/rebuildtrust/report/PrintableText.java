package org.rebuildtrust.report;

import com.lowagie.text.pdf.BaseFont;

import java.util.Locale;

/**
 * Text as the PDF's font can print it. A font without a glyph for a character would leave it out without a trace, so
 * a partner's "🙏" would vanish from their own words. No font that draws emoji can be embedded by OpenPDF (colour
 * emoji fonts are bitmaps) and none is bundled, so each such character is printed as its Unicode name in brackets:
 * "thank you 🙏" becomes "thank you [person with folded hands]". Joiners, variation selectors and skin-tone modifiers
 * that only shape the emoji before them are left out with it, since the name already stands for the whole sign.
 */
final class PrintableText {

    private PrintableText() {
    }

    /** The text with each character that none of the faces can draw replaced by its name. */
    static String of(String text, BaseFont... faces) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder printable = new StringBuilder(text.length());
        boolean afterMissing = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (afterMissing && shapesThePrevious(codePoint)) {
                continue;
            }
            if (Character.isWhitespace(codePoint) || drawable(codePoint, faces)) {
                printable.appendCodePoint(codePoint);
                afterMissing = false;
            } else if (shapesThePrevious(codePoint)) {
                afterMissing = false; // an invisible modifier on a printable character draws nothing either way
            } else {
                String name = Character.getName(codePoint);
                printable.append('[').append(name == null ? String.format("U+%04X", codePoint)
                        : name.toLowerCase(Locale.ROOT)).append(']');
                afterMissing = true;
            }
        }
        return printable.toString();
    }

    private static boolean drawable(int codePoint, BaseFont[] faces) {
        for (BaseFont face : faces) {
            if (face.charExists(codePoint)) {
                return true;
            }
        }
        return false;
    }

    /** Zero-width joiner, variation selectors, skin tones, tags and keycap: they change the sign before them. */
    private static boolean shapesThePrevious(int codePoint) {
        return codePoint == 0x200D || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || (codePoint >= 0xE0020 && codePoint <= 0xE007F)
                || codePoint == 0x20E3;
    }
}
