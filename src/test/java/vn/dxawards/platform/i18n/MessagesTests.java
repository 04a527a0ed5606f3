package vn.dxawards.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The error texts read right, and no text file says a key twice (the last line would win silently). */
class MessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void theCsrfRefusalReadsRightInEnglish() {
        assertThat(Messages.text(Locale.ENGLISH, "csrf_invalid"))
                .isEqualTo("The form's session has expired or is not valid; please reload the page and try again.");
    }

    @ParameterizedTest
    @MethodSource("textFiles")
    void noKeyIsDefinedTwice(Path file) throws IOException {
        List<String> twice = new ArrayList<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    twice.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        assertThat(twice).as("keys defined twice in " + file).isEmpty();
    }

    static Stream<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> messages = Files.list(RESOURCES.resolve("messages"));
                Stream<Path> validation = Files.list(RESOURCES)) {
            messages.filter(p -> p.toString().endsWith(".properties")).forEach(files::add);
            validation.filter(p -> p.getFileName().toString().matches("ValidationMessages.*\\.properties"))
                    .forEach(files::add);
        }
        assertThat(files).as("text files").hasSizeGreaterThan(3);
        return files.stream().sorted();
    }
}
