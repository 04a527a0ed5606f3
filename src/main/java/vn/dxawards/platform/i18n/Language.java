package vn.dxawards.platform.i18n;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language of a request: the one chosen on the pages (cookie {@value #COOKIE}), else
 * {@code Accept-Language}; English when asked for, Vietnamese otherwise.
 */
@RequestScoped
public class Language {

    public static final String COOKIE = "dx-lang";

    @Inject
    HttpHeaders headers;

    public boolean english() {
        Cookie chosen = headers.getCookies().get(COOKIE);
        if (chosen != null) {
            return "en".equals(chosen.getValue());
        }
        return !headers.getAcceptableLanguages().isEmpty()
                && "en".equals(headers.getAcceptableLanguages().get(0).getLanguage());
    }

    public Locale locale() {
        return english() ? Locale.ENGLISH : Messages.VIETNAMESE;
    }
}
