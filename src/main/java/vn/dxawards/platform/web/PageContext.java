package vn.dxawards.platform.web;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** What the layout of every page needs: the title, the person, the language, the navigation. */
@TemplateData
public record PageContext(String title, String lang, String otherLang, String path, boolean signedIn, String userName,
        List<String> roles, boolean nominator, boolean secretary, String flash) {
}
