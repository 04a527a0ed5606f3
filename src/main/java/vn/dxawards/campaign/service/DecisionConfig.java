package vn.dxawards.campaign.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The issuing body of award decisions as Decree 30/2020/NĐ-CP lays it out: the parent body and
 * the issuing body (header, left), the symbol's abbreviation (number {@code 05/QĐ-HĐTĐ}), the place
 * in the date line, the authority under the title and the signer's title.
 */
@ConfigMapping(prefix = "dx.decision")
public interface DecisionConfig {

    @WithDefault("HỘI TRUYỀN THÔNG SỐ VIỆT NAM")
    String parentBody();

    @WithDefault("HỘI ĐỒNG THẨM ĐỊNH")
    String issuingBody();

    /** The issuing body's abbreviation in the symbol; also the key of its yearly numbering. */
    @WithDefault("HĐTĐ")
    String issuerCode();

    @WithDefault("Hà Nội")
    String place();

    @WithDefault("CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH")
    String authority();

    /** The authority inside a sentence ("Kèm theo Quyết định số … của …"). */
    @WithDefault("Chủ tịch Hội đồng thẩm định")
    String authorityInText();

    /** Nơi nhận, in order; the last one is the archive line. */
    @WithDefault("Như Điều 3,Hội Truyền thông số Việt Nam (để báo cáo),Ban Tổ chức Chương trình,Lưu: VT\\, BTK")
    java.util.List<String> recipients();

    @WithDefault("CHỦ TỊCH")
    String signerTitle();
}
