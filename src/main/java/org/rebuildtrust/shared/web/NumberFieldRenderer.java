package org.rebuildtrust.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;
import org.primefaces.util.LangUtils;

import java.math.BigDecimal;

/**
 * PrimeFaces' number field, except that text that is not a number (typed past the field's script, or sent by hand)
 * is refused with a message at the field instead of failing the whole request: PrimeFaces throws on it while decoding.
 */
public class NumberFieldRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String submitted = context.getExternalContext().getRequestParameterMap()
                .get(component.getClientId(context) + "_hinput");
        if (submitted != null && !LangUtils.isBlank(submitted) && !isNumber(submitted)) {
            refuse(context, (UIInput) component);
            return;
        }
        try {
            super.decode(context, component);
        } catch (FacesException notANumber) {
            refuse(context, (UIInput) component);
        }
    }

    private static boolean isNumber(String text) {
        if (text.length() > 40) {
            return false;
        }
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException notOne) {
            return false;
        }
    }

    private static void refuse(FacesContext context, UIInput input) {
        input.setSubmittedValue(null);
        input.setValid(false);
        context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text("input.notANumber"), null));
        context.validationFailed();
        context.renderResponse();
    }
}
