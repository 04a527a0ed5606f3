package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every page text exists in both languages: each message of a bundle (Vietnamese, in the
 * interface) has its English line, and no English line is left over. Templates referring to a
 * message that does not exist fail the build already (Qute checks them). A feature keeps its words
 * in one bundle.
 */
class MessageBundleTests {

    @ParameterizedTest
    @MethodSource("bundles")
    void everyMessageHasItsEnglishLine(String bundleClass) throws Exception {
        Class<?> bundle = Class.forName(bundleClass);
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Set<String> keys = Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties english = load("messages/" + name + "_en.properties");

        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(english.stringPropertyNames());
        Set<String> extra = new TreeSet<>(english.stringPropertyNames());
        extra.removeAll(keys);

        assertThat(missing).as("messages without English in " + name + "_en.properties").isEmpty();
        assertThat(extra).as("English lines without a message in " + bundleClass).isEmpty();
        List<String> blank = english.stringPropertyNames().stream().filter(k -> english.getProperty(k).isBlank())
                .toList();
        assertThat(blank).as("blank English lines").isEmpty();
    }

    @Test
    void eachFeatureHasOneBundle() throws IOException {
        Map<String, List<String>> byFeature = bundles()
                .collect(Collectors.groupingBy(b -> b.split("\\.")[2]));
        byFeature.forEach((feature, bundles) -> assertThat(bundles).as("bundles of " + feature).hasSize(1));
    }

    /** Every {@code @MessageBundle} interface of the application. */
    static Stream<String> bundles() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> found;
        try (Stream<Path> files = Files.walk(sources)) {
            found = files.filter(p -> p.toString().endsWith(".java")).filter(MessageBundleTests::isBundle)
                    .map(p -> sources.relativize(p).toString().replace(File.separatorChar, '.')
                            .replaceAll("\\.java$", ""))
                    .sorted().toList();
        }
        assertThat(found).as("message bundles").hasSizeGreaterThan(5);
        return found.stream();
    }

    private static boolean isBundle(Path file) {
        try {
            return Files.readString(file).contains("@MessageBundle(");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
