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

    @GET
    @Path("{code}")
    public Response switchTo(@PathParam("code") String code, @QueryParam("back") String back) {
        String lang = "en".equals(code) ? "en" : "vi";
        // only a path of this site, never an address elsewhere
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/app";
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }
}
