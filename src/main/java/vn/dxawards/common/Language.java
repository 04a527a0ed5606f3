package vn.dxawards.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/** The language a request asked for: English on {@code Accept-Language: en}, Vietnamese otherwise. */
@RequestScoped
public class Language {

    @Inject
    HttpHeaders headers;

    public boolean english() {
        return !headers.getAcceptableLanguages().isEmpty()
                && "en".equals(headers.getAcceptableLanguages().get(0).getLanguage());
    }
}
