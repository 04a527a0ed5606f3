package vn.dxawards.platform.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import vn.dxawards.platform.i18n.Language;

/** Switches the pages' language (a cookie) and goes back where the person was. */
@Path("/lang")
public class LanguageSwitch {

    /** Production behind TLS: the cookie is sent over HTTPS only. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "dx.http.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    @GET
    @Path("{code}")
    public Response switchTo(@PathParam("code") String code, @QueryParam("back") String back) {
        String lang = "en".equals(code) ? "en" : "vi";
        String target = isLocalPath(back) ? back : "/app";
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).secure(secureCookies).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }

    /**
     * Only a path of this site, never an address elsewhere: one slash, then none of what a browser
     * reads as a second slash or drops ({@code /\evil}, {@code /<tab>/evil}), nothing but the
     * printable ASCII of a path and its query (what is not is refused, not repaired).
     */
    static boolean isLocalPath(String back) {
        if (back == null || back.length() > 2000 || !back.startsWith("/") || back.startsWith("//")) {
            return false;
        }
        if (back.length() > 1 && (back.charAt(1) == '\\' || back.charAt(1) == '/')) {
            return false;
        }
        String lower = back.toLowerCase(java.util.Locale.ROOT);
        if (!back.matches("/[A-Za-z0-9\\-._~/?#\\[\\]@!$&'()*+,;=%]*") || lower.contains("%5c")
                || lower.contains("%2f%2f") || lower.contains("%09") || lower.contains("%0a") || lower.contains("%0d")) {
            return false;
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
