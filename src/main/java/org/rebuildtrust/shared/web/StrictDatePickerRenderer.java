package org.rebuildtrust.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import org.primefaces.component.api.UICalendar;
import org.primefaces.component.datepicker.DatePickerRenderer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * PrimeFaces' date picker, except that a day that does not exist is refused at the field: PrimeFaces reads typed days
 * with Java's "smart" resolver, which turns 2027-02-30 into 2027-02-28 without a word, so a therapist could book or
 * date something on a day nobody typed. Days are typed as the pages show them (yyyy-MM-dd); times and other patterns
 * are left to PrimeFaces (an hour of 25 is refused there already).
 */
public class StrictDatePickerRenderer extends DatePickerRenderer {

    private static final String DAY_PATTERN = "yyyy-MM-dd";
    private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        if (component instanceof UICalendar picker && submittedValue instanceof String typed && !typed.isBlank()
                && picker.getConverter() == null && DAY_PATTERN.equals(picker.getPattern())) {
            try {
                LocalDate.parse(typed.strip(), STRICT_DAY);
            } catch (DateTimeParseException noSuchDay) {
                Object label = component.getAttributes().get("label");
                String text = Messages.text("jakarta.faces.converter.DateTimeConverter.DATE", typed, "2026-03-14",
                        label == null ? component.getClientId(context) : label);
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), noSuchDay);
            }
        }
        return super.getConvertedValue(context, component, submittedValue);
    }
}
