package vn.dxawards.intake.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the intake page decides that two nominee names are nearly the same. */
class DuplicateHintsTests {

    @Test
    void namesAreComparedWithoutDiacriticsCaseOrPunctuation() {
        assertThat(DuplicateHints.normalise("  BỆNH VIỆN Bạch Mai – Hà Nội. ")).isEqualTo("benh vien bach mai ha noi");
        assertThat(DuplicateHints.similarity(DuplicateHints.normalise("Đại học Đà Nẵng"),
                DuplicateHints.normalise("DAI HOC DA NANG"))).isEqualTo(1.0);
    }

    @Test
    void aNameContainedInTheOtherIsADuplicateUnlessItIsTooShortToMeanAnything() {
        assertThat(DuplicateHints.similarity("benh vien bach mai", "benh vien bach mai ha noi")).isEqualTo(1.0);
        assertThat(DuplicateHints.similarity("so", "so y te ha noi")).isLessThan(DuplicateHints.SIMILAR);
    }

    @Test
    void aTypoIsSimilarEnoughButAnotherHospitalIsNot() {
        assertThat(DuplicateHints.similarity("benh vien cho ray", "benh vien cho rai"))
                .isGreaterThanOrEqualTo(DuplicateHints.SIMILAR);
        assertThat(DuplicateHints.similarity("benh vien da nang", "benh vien bach mai"))
                .isLessThan(DuplicateHints.SIMILAR);
    }

    @Test
    void levenshteinCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(DuplicateHints.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(DuplicateHints.levenshtein("", "abc")).isEqualTo(3);
        assertThat(DuplicateHints.levenshtein("abc", "abc")).isZero();
    }
}
