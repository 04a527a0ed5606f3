package vn.dxawards.platform.web;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.dxawards.platform.i18n.SafeText;

/**
 * The general rule for forms and uploads (the JSON body has its own, in {@link JsonSettings}): no
 * field and no file name may hold a character {@link SafeText} refuses (422), and a request carries
 * at most one file (400) — a second one is refused, never silently dropped.
 */
public class FormCheck {

    @ServerRequestFilter(readBody = true)
    public Response check(ResteasyReactiveContainerRequestContext request, HttpHeaders headers) {
        if (!(request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
            return null;
        }
        FormData form = context.getFormData();
        if (form == null) {
            return null;
        }
        int files = 0;
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (value.isFileItem() || value.getFileName() != null) {
                    files++;
                    if (!SafeText.isSafe(value.getFileName())) {
                        return ErrorMapper.answer(headers, 422, "unsafe_file_name", List.of());
                    }
                } else if (!SafeText.isSafe(value.getValue())) {
                    return ErrorMapper.answer(headers, 422, "unsafe_text", List.of(), name);
                }
            }
            if (!SafeText.isSafe(name)) {
                return ErrorMapper.answer(headers, 422, "invalid_text", List.of());
            }
        }
        if (files > 1) {
            return ErrorMapper.answer(headers, 400, "multipart.several_files", List.of());
        }
        return null;
    }
}
