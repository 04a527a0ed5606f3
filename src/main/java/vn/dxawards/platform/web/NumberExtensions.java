package vn.dxawards.platform.web;

import java.util.Locale;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.platform.i18n.Numbers;

/**
 * Numbers on the pages in the page's language ({@link Numbers}): {@code {count.num}} (2.000),
 * {@code {score.num}} (78,83), {@code {score.fixed(2)}} (82,50), {@code {share.percent}}
 * (12,5%), {@code {bytes.fileSize}} (12 MB). Decimal values ({@code BigDecimal}, {@code double})
 * printed bare are written the same way by {@link DecimalResults}; whole numbers printed bare stay
 * as they are, since they are also ids in links.
 */
@TemplateExtension
public class NumberExtensions {

    static String num(Number value, @TemplateAttribute("locale") Object locale) {
        return Numbers.number(value, of(locale));
    }

    static String fixed(Number value, int decimals, @TemplateAttribute("locale") Object locale) {
        return Numbers.fixed(value, decimals, of(locale));
    }

    static String percent(Number fraction, @TemplateAttribute("locale") Object locale) {
        return Numbers.percent(fraction, of(locale));
    }

    static String fileSize(long bytes, @TemplateAttribute("locale") Object locale) {
        return Numbers.fileSize(bytes, of(locale));
    }

    /** The template's locale (set by {@link Page}); else the request's language; else Vietnamese. */
    static Locale of(Object locale) {
        if (locale instanceof Locale given) {
            return given;
        }
        if (locale instanceof String tag) {
            return Locale.forLanguageTag(tag);
        }
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            return Arc.container().instance(Language.class).get().locale();
        }
        return Messages.VIETNAMESE;
    }
}
