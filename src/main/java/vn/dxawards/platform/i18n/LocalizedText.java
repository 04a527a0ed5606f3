package vn.dxawards.platform.i18n;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A visible name in Vietnamese and English; a plain string in a definition stands for both. */
public record LocalizedText(String vi, String en) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static LocalizedText of(@com.fasterxml.jackson.annotation.JsonProperty("vi") String vi,
            @com.fasterxml.jackson.annotation.JsonProperty("en") String en) {
        return new LocalizedText(vi, en == null || en.isBlank() ? vi : en);
    }

    public boolean isBlank() {
        return vi == null || vi.isBlank();
    }
}
