package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every page text exists in both languages: each message of a bundle (Vietnamese, in the
 * interface) has its English line, and no English line is left over. Templates referring to a
 * message that does not exist fail the build already (Qute checks them).
 */
class MessageBundleTests {

    @ParameterizedTest
    @ValueSource(strings = {"vn.dxawards.platform.web.AppMessages", "vn.dxawards.intake.web.IntakeMessages",
            "vn.dxawards.campaign.web.CampaignMessages", "vn.dxawards.deliberation.web.RankingMessages",
            "vn.dxawards.appraisal.web.ScoringMessages", "vn.dxawards.publication.web.PublicationMessages",
            "vn.dxawards.appraisal.web.AppraisalMessages", "vn.dxawards.notification.service.MailMessages",
            "vn.dxawards.appraisal.web.OverdueMessages", "vn.dxawards.survey.web.SurveyMessages"})
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

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
