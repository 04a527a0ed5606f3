package vn.dxawards.deliberation.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The ranking page's texts about the ranking rules (normalised scores, divergence, the award cut,
 * stability, tie-break), in Vietnamese; English in {@code messages/ranking_en.properties}.
 * Templates use them as {@code {ranking:key}}.
 */
@MessageBundle(value = "ranking", locale = "vi")
public interface RankingMessages {

    @Message("{#if normalised}Điểm xếp hạng là trung bình điểm của các thành viên Hội đồng sau khi chuẩn hoá theo từng người chấm (z-score), đưa về thang 100; điểm thô ghi kèm.{#else}Điểm xếp hạng là trung bình tổng điểm có trọng số của các thành viên Hội đồng (thang 100).{/if} Ngưỡng khen thưởng: {awardCount} hồ sơ, trong chỉ tiêu của từng hạng mục và khối. Độ ổn định là tỷ lệ trong {samples} lần lấy mẫu lại phiếu chấm mà hồ sơ vẫn ở trong ngưỡng; từ 20% đến 80% là thứ hạng đang tranh chấp.")
    String rules(boolean normalised, int awardCount, String samples);

    @Message("Khi bằng điểm: nhiều thành viên đề nghị khen thưởng hơn, rồi chênh lệch điểm nhỏ hơn, rồi nộp hồ sơ sớm hơn, rồi số hồ sơ nhỏ hơn xếp trước.")
    String tie_rule();

    @Message("điểm thô {score}")
    String raw_score(String score);

    @Message("{#when level}{#is 'HIGH'}Chênh lệch lớn{#else}Chênh lệch cần lưu ý{/when} ({spread} điểm)")
    String divergence(String level, String spread);

    @Message("Ngưỡng khen thưởng")
    String col_cut();

    @Message("Trong ngưỡng")
    String inside_cut();

    @Message("{#when reason}{#is 'CATEGORY_QUOTA'}Ngoài ngưỡng: hạng mục {subject} đã đủ chỉ tiêu{#is 'BLOCK_QUOTA'}Ngoài ngưỡng: khối {subject} đã đủ chỉ tiêu{#is 'BELOW_CUT'}Ngoài ngưỡng: đã đủ số giải của đợt{#else}Chưa có điểm{/when}")
    String outside(String reason, String subject);

    @Message("Độ ổn định")
    String col_stability();

    @Message("đang tranh chấp")
    String contested();

    @Message("Ghi chú xếp hạng")
    String col_note();

    @Message("Bằng điểm với {#if after}{after}{#else}hồ sơ xếp trên{/if}; xếp sau vì {#when decidedBy}{#is 'RECOMMENDATIONS'}ít thành viên đề nghị khen thưởng hơn{#is 'SPREAD'}chênh lệch điểm lớn hơn{#is 'SUBMISSION'}nộp hồ sơ muộn hơn{#else}số hồ sơ đứng sau{/when}.")
    String tie(String after, String decidedBy);
}
