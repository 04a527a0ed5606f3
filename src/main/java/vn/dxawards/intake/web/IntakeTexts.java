package vn.dxawards.intake.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The secretariat's texts in the person's language, for what Java hands to the layout (a page's
 * title); templates use {@code {intake:...}} and follow the page's locale by themselves.
 */
public final class IntakeTexts {

    private IntakeTexts() {
    }

    public static IntakeMessages of(boolean english) {
        return MessageBundles.get(IntakeMessages.class, Localized.Literal.of(english ? "en" : "vi"));
    }
}
