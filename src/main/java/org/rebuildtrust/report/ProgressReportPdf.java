package org.rebuildtrust.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.rebuildtrust.accountability.AccountabilityEntry;
import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.accountability.Assessment;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInSeries;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.AnswerForReport;
import org.rebuildtrust.homework.Prompt;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneReply;
import org.rebuildtrust.homework.TemplateWording;
import org.rebuildtrust.shared.Texts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a {@link ProgressReport} as a PDF fit for the clinical record: the accountability table with each value's
 * move over the period, one chart per check-in dimension with both partners on it, homework completion and
 * milestones. Text is set in an embedded DejaVu Sans; a character it has no glyph for (emoji, CJK) is printed as its
 * Unicode name in brackets ({@link PrintableText}) rather than left out.
 */
public final class ProgressReportPdf {

    private static final String FONT_DIR = "/org/rebuildtrust/report/fonts/";
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color RULE = new Color(0xdd, 0xdd, 0xdd);
    private static final Color[] LINE_COLOURS = {new Color(0x2f, 0x6f, 0x73), new Color(0xc0, 0x39, 0x2b)};
    private static final float MARGIN_SIDE = 48;
    private static final float CELL_PADDING = 4;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProgressReport report;
    private final Texts words;
    private final TemplateWording templateWords;
    private final ZoneId zone;
    private final Font body;
    private final Font small;
    private final Font bold;
    private final Font smallBold;
    private final Font heading;
    private final Font title;
    private final BaseFont regularFace;
    /** For what DejaVu lacks: Chinese, Japanese and Korean (Droid Sans Fallback, Apache 2.0). */
    private final BaseFont fallbackFace;
    /**
     * One font selector per font of this report, made at its first phrase: OpenPDF's FontSelector reads and parses a
     * TrueType font of its own (its last-resort face) each time one is made, which cost more than the rest of the
     * report when every phrase made one. A selector keeps no state between phrases.
     */
    private final Map<Font, FontSelector> selectors = new IdentityHashMap<>();

    private ProgressReportPdf(ProgressReport report, Texts words, ZoneId zone) {
        this.report = report;
        this.words = words;
        this.templateWords = TemplateWording.in(words.locale());
        this.zone = zone;
        this.regularFace = face("DejaVuSans.ttf");
        this.fallbackFace = face("DroidSansFallbackFull.ttf");
        BaseFont boldFace = face("DejaVuSans-Bold.ttf");
        this.body = new Font(regularFace, 9.5f, Font.NORMAL, INK);
        this.small = new Font(regularFace, 8, Font.NORMAL, MUTED);
        this.bold = new Font(boldFace, 9.5f, Font.NORMAL, INK);
        this.smallBold = new Font(boldFace, 8.5f, Font.NORMAL, INK);
        this.heading = new Font(boldFace, 13, Font.NORMAL, INK);
        this.title = new Font(boldFace, 18, Font.NORMAL, INK);
    }

    /** The report as PDF bytes. */
    public static byte[] write(ProgressReport report, Texts words, ZoneId zone) {
        return new ProgressReportPdf(report, words, zone).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, 54, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer());
            document.addTitle(words.get("report.pdf.title", report.couple().getLabel()));
            document.addCreator("Rebuild");
            document.open();
            header(document);
            accountability(document);
            checkIns(document, writer);
            homework(document);
            milestones(document);
            if (report.isTherapistCopy()) {
                intakes(document);
            }
            document.close();
        } catch (DocumentException failure) {
            throw new IllegalStateException("Could not write the progress report", failure);
        }
        return out.toByteArray();
    }

    // ---- sections ------------------------------------------------------------------------------------------

    private void header(Document document) {
        document.add(flowing(paragraph(words.get("report.pdf.title", report.couple().getLabel()), title), 0, 0));
        Paragraph facts = new Paragraph();
        facts.setSpacingBefore(4);
        facts.add(phrase(words.get("report.pdf.period", words.day(report.period().from()), words.day(report.period().to())) + "\n", body));
        facts.add(phrase(words.get("report.pdf.therapist", report.therapistName()) + "\n", body));
        facts.add(phrase(words.get("report.pdf.partners", report.couple().partnerA().getFullName(),
                report.couple().partnerB().getFullName()) + "\n", body));
        facts.add(phrase(words.get("report.pdf.generated",
                STAMP.format(report.generatedAt().atZone(zone)), zone.getId()) + "\n", small));
        document.add(flowing(facts, 0, 4));
        Paragraph audience = paragraph(report.isTherapistCopy() ? words.get("report.pdf.therapistCopy")
                : words.get("report.pdf.partnerCopy", report.preparedFor().getFullName()), bold);
        document.add(flowing(audience, 0, 6));
    }

    private void accountability(Document document) {
        section(document, words.get("report.pdf.accountability"));
        if (report.accountability().isEmpty()) {
            document.add(paragraph(words.get("accountability.noTable"), body));
            return;
        }
        document.add(paragraph(words.get("report.pdf.accountabilityHint"), small));
        for (AccountabilityTable table : report.accountability()) {
            document.add(flowing(paragraph(words.get("accountability.tableOf", table.involvedPartner().getFullName()), bold), 0, 6));
            PdfPTable grid = grid(new float[]{2.2f, 1.5f, 1.5f, 1.2f, 1.8f}, words.get("accountability.step"),
                    words.get("accountability.hurtView"), words.get("accountability.selfView"), words.get("report.pdf.gap"),
                    words.get("accountability.assessment"));
            for (AccountabilityTable.Row row : table.rows()) {
                cell(grid, words.get("enum.AccountabilityStep." + row.step()));
                cell(grid, ratingChange(row.getHurtBefore(), row.hurtRating()));
                cell(grid, ratingChange(row.getSelfBefore(), row.selfRating()));
                cell(grid, row.getGap() == null ? "—" : row.getGap().toString());
                cell(grid, assessmentChange(row.getAssessmentBefore(), row.assessment()));
            }
            document.add(grid);
            for (AccountabilityTable.Row row : table.rows()) {
                List<AccountabilityEntry> actions = row.getEvidenceSince();
                boolean comment = report.isTherapistCopy() && row.hurtComment() != null;
                if (actions.isEmpty() && !comment) {
                    continue;
                }
                document.add(flowing(paragraph(words.get("enum.AccountabilityStep." + row.step()), bold), 0, 3));
                for (AccountabilityEntry action : actions) {
                    document.add(indented(words.day(action.getEntryDate()) + ": " + action.getText()));
                }
                if (comment) {
                    document.add(indented(words.get("report.pdf.hurtComment", row.hurtComment())));
                }
            }
        }
    }

    private void checkIns(Document document, PdfWriter writer) {
        section(document, words.get("report.pdf.checkIns"));
        if (report.checkIns().isEmpty()) {
            document.add(paragraph(words.get("report.pdf.noCheckIns"), body));
            return;
        }
        PdfPTable charts = new PdfPTable(2);
        charts.setWidthPercentage(100);
        // the legend is the table's header row: it repeats on any page a chart lands on, and the table is kept whole
        PdfPCell legend = new PdfPCell(legend());
        legend.setColspan(2);
        legend.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        legend.setBorder(Rectangle.NO_BORDER);
        legend.setPadding(4);
        charts.addCell(legend);
        charts.setHeaderRows(1);
        charts.setKeepTogether(true);
        for (String dimension : CheckInSeries.DIMENSION_ORDER) {
            CheckInSeries series = CheckInSeries.of(dimension, report.checkIns(), report.chartedPartners());
            PdfPCell cell = new PdfPCell(chart(writer, words.get("checkIn." + dimension), series), false);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(4);
            charts.addCell(cell);
        }
        document.add(charts);

        PdfPTable grid = grid(new float[]{1.3f, 1.7f, 0.8f, 0.8f, 1.1f, 1.3f, 2.8f}, words.get("checkIn.week"),
                words.get("checkIn.partner"), words.get("checkIn.trust"), words.get("report.pdf.safe"),
                words.get("report.pdf.connection"), words.get("report.pdf.communication"), words.get("report.pdf.note"));
        for (CheckIn checkIn : report.checkIns()) {
            cell(grid, words.day(checkIn.getWeekStart()));
            cell(grid, checkIn.getPartner().getFullName());
            cell(grid, Integer.toString(checkIn.getTrust()));
            cell(grid, Integer.toString(checkIn.getSafety()));
            cell(grid, Integer.toString(checkIn.getConnection()));
            cell(grid, Integer.toString(checkIn.getCommunication()));
            cell(grid, checkIn.getNote() == null ? "" : checkIn.getNote());
        }
        grid.setSpacingBefore(6);
        document.add(grid);
    }

    private void homework(Document document) {
        section(document, words.get("report.pdf.homework"));
        if (report.homework().isEmpty()) {
            document.add(paragraph(words.get("report.pdf.noHomework"), body));
            return;
        }
        LocalDate end = report.period().to();
        Map<String, List<AnswerForReport>> byWriter = report.homework().stream()
                .collect(Collectors.groupingBy(line -> writer(line.answer()), java.util.LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<AnswerForReport>> entry : byWriter.entrySet()) {
            long done = entry.getValue().stream().filter(l -> l.answer().getStatus().isDone()).count();
            long overdue = entry.getValue().stream().filter(l -> l.answer().isOverdue(end)).count();
            document.add(paragraph(words.get("report.pdf.completion", entry.getKey(), entry.getValue().size(), done,
                    overdue), body));
        }
        PdfPTable grid = grid(new float[]{1.2f, 3f, 1.8f, 1.4f, 1.3f}, words.get("review.dueDate"),
                words.get("report.pdf.homeworkTitle"), words.get("review.assignedTo"), words.get("report.pdf.status"),
                words.get("report.pdf.submitted"));
        for (AnswerForReport line : report.homework()) {
            Answer answer = line.answer();
            cell(grid, words.day(answer.getAssignment().getDueDate()));
            cell(grid, templateWords.title(answer.getAssignment().getTemplate()));
            cell(grid, writer(answer));
            cell(grid, answer.isOverdue(end) ? words.get("status.OVERDUE") : words.get("status." + answer.getStatus()));
            cell(grid, answer.getSubmittedAt() == null ? "" : words.day(LocalDate.ofInstant(answer.getSubmittedAt(), zone)));
        }
        grid.setSpacingBefore(6);
        document.add(grid);

        List<AnswerForReport> withText = report.homework().stream()
                .filter(l -> l.textIncluded() && l.answer().getStatus().isDone()).toList();
        if (!withText.isEmpty()) {
            document.add(flowing(paragraph(words.get("report.pdf.answers"), bold), 0, 8));
        }
        for (AnswerForReport line : withText) {
            Answer answer = line.answer();
            Paragraph which = paragraph(templateWords.title(answer.getAssignment().getTemplate()) + " — " + writer(answer)
                    + (answer.getAssignment().getVisibility() == org.rebuildtrust.homework.Visibility.PRIVATE
                    ? " (" + words.get("report.pdf.private") + ")" : ""), bold);
            document.add(flowing(which, 0, 4));
            Map<Long, String> texts = answer.valueTexts();
            for (Prompt prompt : answer.getAssignment().getTemplate().getPrompts()) {
                String value = texts.get(prompt.getId());
                if (value == null || value.isBlank()) {
                    continue;
                }
                document.add(indented(templateWords.question(prompt)));
                document.add(flowing(paragraph(shown(prompt, value), body), 24, 0));
            }
        }
    }

    /** A stored answer as the page shows it: yes or no in words, checklist options in the report's language. */
    private String shown(Prompt prompt, String stored) {
        return switch (prompt.getKind()) {
            case YES_NO -> words.get("answer." + stored);
            case CHECKLIST -> templateWords.checklistAnswer(prompt, stored);
            default -> stored;
        };
    }

    private void milestones(Document document) {
        section(document, words.get("report.pdf.milestones"));
        if (report.milestones().isEmpty()) {
            document.add(paragraph(words.get("report.pdf.noMilestones"), body));
            return;
        }
        for (Milestone milestone : report.milestones()) {
            Paragraph line = new Paragraph();
            line.add(phrase(words.day(milestone.getHappenedOn()) + " · " + words.get("enum.MilestoneKind." + milestone.getKind())
                    + " · " + milestone.getPartner().getFullName() + "\n", bold));
            line.add(phrase(milestone.getWords(), body));
            document.add(flowing(line, 0, 3));
            for (MilestoneReply reply : milestone.getReplies()) {
                document.add(indented(reply.getPartner().getFullName() + ": " + reply.getWords()));
            }
        }
    }

    /** The therapist's copy only: each partner's intake as sent, and the safety flags with their decisions. */
    private void intakes(Document document) {
        section(document, words.get("report.pdf.intakes"));
        if (report.intakes().isEmpty() && report.safetyFlags().isEmpty()) {
            document.add(paragraph(words.get("report.pdf.noIntakes"), body));
            return;
        }
        for (org.rebuildtrust.intake.SafetyFlag flag : report.safetyFlags()) {
            Paragraph line = new Paragraph();
            line.add(phrase(words.get("safety.title") + " · " + flag.getIntake().getPartner().getFullName() + "\n", bold));
            line.add(phrase(flag.isDecided() ? words.get("safety.decidedOn") + " " + words.day(flag.getDecidedOn()) + ": "
                    + flag.getDecisionNote() : words.get("safety.hold"), body));
            document.add(flowing(line, 0, 3));
        }
        for (org.rebuildtrust.intake.Intake intake : report.intakes()) {
            document.add(paragraph(intake.getPartner().getFullName() + " · " + words.get("intake.sentOn") + " "
                    + words.day(intake.getSubmittedAt().atZone(zone).toLocalDate()), bold));
            answer(document, "intake.hopes", intake.getHopes());
            answer(document, "intake.story", intake.getStory());
            answer(document, "intake.violence", yesNo(intake.getScreenViolence()));
            answer(document, "intake.threats", yesNo(intake.getScreenThreats()));
            answer(document, "intake.control", yesNo(intake.getScreenControl()));
            answer(document, "intake.fear", yesNo(intake.getScreenFear()));
            answer(document, "intake.screenWords", intake.getScreenWords());
        }
    }

    private void answer(Document document, String questionKey, String text) {
        if (text != null) {
            document.add(indented(words.get(questionKey) + " " + text));
        }
    }

    private String yesNo(Boolean answer) {
        return answer == null ? null : words.get(answer ? "answer.yes" : "answer.no");
    }

    // ---- the chart -----------------------------------------------------------------------------------------

    /** A line chart of one dimension on a 0–10 scale; a week without a check-in breaks the line. */
    private Image chart(PdfWriter writer, String caption, CheckInSeries series) {
        float width = 240;
        float height = 130;
        float left = 22;
        float bottom = 20;
        float plotWidth = width - left - 8;
        float plotHeight = height - bottom - 18;
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.5f);
        for (int grade = 0; grade <= 10; grade += 5) {
            float y = bottom + plotHeight * grade / 10f;
            canvas.moveTo(left, y);
            canvas.lineTo(left + plotWidth, y);
            canvas.stroke();
            text(canvas, Integer.toString(grade), left - 4, y - 3, PdfContentByte.ALIGN_RIGHT, 7);
        }
        text(canvas, caption, left, height - 12, PdfContentByte.ALIGN_LEFT, 9);
        List<LocalDate> weeks = series.weeks();
        if (!weeks.isEmpty()) {
            text(canvas, weeks.get(0).toString(), left, 6, PdfContentByte.ALIGN_LEFT, 7);
            if (weeks.size() > 1) {
                text(canvas, weeks.get(weeks.size() - 1).toString(), left + plotWidth, 6, PdfContentByte.ALIGN_RIGHT, 7);
            }
        }
        Function<Integer, Float> xOf = i -> weeks.size() == 1 ? left + plotWidth / 2
                : left + plotWidth * i / (weeks.size() - 1f);
        for (int l = 0; l < series.lines().size(); l++) {
            List<Integer> values = series.lines().get(l).values();
            canvas.setColorStroke(LINE_COLOURS[l % LINE_COLOURS.length]);
            canvas.setColorFill(LINE_COLOURS[l % LINE_COLOURS.length]);
            canvas.setLineWidth(1.4f);
            boolean drawing = false;
            for (int i = 0; i < values.size(); i++) {
                Integer value = values.get(i);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                float x = xOf.apply(i);
                float y = bottom + plotHeight * value / 10f;
                if (drawing) {
                    canvas.lineTo(x, y);
                    canvas.stroke();
                }
                canvas.circle(x, y, 1.6f);
                canvas.fill();
                canvas.moveTo(x, y);
                drawing = true;
            }
            canvas.newPath();
        }
        Image image = Image.getInstance(canvas);
        image.setAlt(caption);
        return image;
    }

    private Paragraph legend() {
        Paragraph legend = new Paragraph();
        for (int l = 0; l < report.chartedPartners().size(); l++) {
            Font colour = new Font(regularFace, 9, Font.NORMAL, LINE_COLOURS[l % LINE_COLOURS.length]);
            legend.add(phrase("■ ", colour));
            legend.add(phrase(report.chartedPartners().get(l).getFullName() + "    ", small));
        }
        return legend;
    }

    private void text(PdfTemplate canvas, String text, float x, float y, int alignment, float size) {
        canvas.beginText();
        canvas.setColorFill(MUTED);
        canvas.setFontAndSize(regularFace, size);
        canvas.showTextAligned(alignment, PrintableText.of(text, regularFace), x, y, 0);
        canvas.endText();
    }

    // ---- small pieces --------------------------------------------------------------------------------------

    private String writer(Answer answer) {
        return answer.isJoint() ? words.get("homework.joint") : answer.getPartner().getFullName();
    }

    private String ratingChange(Integer before, Integer now) {
        if (now == null) {
            return "—";
        }
        if (before == null) {
            return words.get("reviewPage.change.new", now);
        }
        if (before.equals(now)) {
            return words.get("reviewPage.change.same", now);
        }
        return words.get("reviewPage.change.moved", before, now, (now > before ? "+" : "") + (now - before));
    }

    private String assessmentChange(Assessment before, Assessment now) {
        if (now == null) {
            return "—";
        }
        String nowText = words.get("enum.Assessment." + now);
        if (before == null || before == now) {
            return nowText;
        }
        return words.get("reviewPage.change.assessmentMoved", words.get("enum.Assessment." + before), nowText);
    }

    private void section(Document document, String name) {
        Paragraph section = paragraph(name, heading);
        section.setSpacingBefore(14);
        section.setSpacingAfter(4);
        document.add(section);
    }

    private Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(font.getCalculatedLeading(1.5f));
        paragraph.add(phrase(text, font));
        return paragraph;
    }

    /**
     * Text in the given font, with what DejaVu cannot draw in the fallback face, and what neither can draw (emoji)
     * named instead ({@link PrintableText}).
     */
    private Phrase phrase(String text, Font font) {
        FontSelector selector = selectors.computeIfAbsent(font, chosen -> {
            FontSelector made = new FontSelector();
            made.addFont(chosen);
            made.addFont(new Font(fallbackFace, chosen.getSize(), chosen.getStyle(), chosen.getColor()));
            return made;
        });
        Phrase phrase = selector.process(PrintableText.of(text, font.getBaseFont(), fallbackFace));
        phrase.setLeading(font.getCalculatedLeading(1.5f));
        return phrase;
    }

    private PdfPTable indented(String text) {
        return flowing(paragraph(text, body), 12, 0);
    }

    /**
     * Text that may hold right-to-left words (Hebrew, Arabic), laid out by OpenPDF's bidi line breaker: only table
     * cells with a run direction get it, so such text goes in a borderless full-width cell. Written straight into
     * the document, "שלום" would be drawn letter by letter left to right, reversed for its reader, and Arabic would
     * lose its joined letter forms.
     */
    private static PdfPTable flowing(Phrase text, float indent, float spacingBefore) {
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(indent);
        cell.setPaddingBottom(2);
        cell.setUseAscender(true);
        cell.setLeading(0, 1.2f);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(spacingBefore);
        block.addCell(cell);
        return block;
    }

    /** A full-width table whose header row repeats on every page and never breaks inside a word. */
    private PdfPTable grid(float[] widths, String... headers) {
        PdfPTable grid = new PdfPTable(fittingWidths(widths, headers, smallBold.getBaseFont(), smallBold.getSize(),
                PageSize.A4.getWidth() - 2 * MARGIN_SIDE, 2 * CELL_PADDING));
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        grid.setSpacingBefore(4);
        headerRow(grid, headers);
        return grid;
    }

    /**
     * Column widths (in points, adding up to {@code total}) close to the {@code wanted} proportions, but each wide
     * enough for the longest word of its header: OpenPDF breaks a word that does not fit its cell anywhere
     * ("Connecte d"). Columns with room to spare give it up in proportion to their spare room.
     */
    static float[] fittingWidths(float[] wanted, String[] headers, BaseFont face, float size, float total, float padding) {
        float sum = 0;
        for (float w : wanted) {
            sum += w;
        }
        float[] widths = new float[wanted.length];
        float[] least = new float[wanted.length];
        float shortfall = 0;
        float spare = 0;
        for (int i = 0; i < wanted.length; i++) {
            widths[i] = total * wanted[i] / sum;
            for (String word : headers[i].split("\\s+")) {
                least[i] = Math.max(least[i], face.getWidthPoint(word, size) + padding + 2);
            }
            if (widths[i] < least[i]) {
                shortfall += least[i] - widths[i];
            } else {
                spare += widths[i] - least[i];
            }
        }
        if (shortfall == 0 || spare < shortfall) {
            return shortfall == 0 ? widths : least.clone();
        }
        float[] fitted = new float[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            fitted[i] = widths[i] < least[i] ? least[i] : widths[i] - (widths[i] - least[i]) * shortfall / spare;
        }
        return fitted;
    }

    private void headerRow(PdfPTable grid, String... names) {
        for (String name : names) {
            PdfPCell cell = new PdfPCell(phrase(name, smallBold));
            cell.setBorderColor(RULE);
            cell.setBackgroundColor(new Color(0xf3, 0xf3, 0xf3));
            cell.setPadding(CELL_PADDING);
            grid.addCell(cell);
        }
    }

    private void cell(PdfPTable grid, String text) {
        PdfPCell cell = new PdfPCell(phrase(text, body));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        grid.addCell(cell);
    }

    static BaseFont face(String file) {
        try (InputStream in = ProgressReportPdf.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** "Confidential clinical record · page N" at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase foot = phrase(words.get("report.pdf.footer", report.couple().getLabel(), writer.getPageNumber()), small);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, foot,
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
