package vn.dxawards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.dxawards.publication.service.CertificateDocument;
import vn.dxawards.publication.service.YearbookDocument;

/**
 * 100 certificates and the yearbook of 100 awardees, with profile texts of the length real
 * dossiers have (1,500–4,500 characters each), rendered three times in one JVM: the first round
 * includes the warm-up of PDFBox and the fonts. Rendering only — reading 100 rows for it is a few
 * queries. Prints BENCH lines; asserts only that the documents are whole. Run on demand:
 * {@code ./mvnw test -Dtest=PublicationBenchmark}.
 */
class PublicationBenchmark {

    static final int AWARDEES = 100;
    static final String[] SECTORS = {"Tài chính - Ngân hàng", "Y tế", "Giáo dục", "Nông nghiệp", "Giao thông - Logistics",
        "Năng lượng", "Tài nguyên - Môi trường", "Sản xuất - Công nghiệp", "Đơn vị - Cơ quan nhà nước",
        "Lãnh đạo tiêu biểu"};
    static final String[] PLACES = {"Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Quảng Ninh",
        "Thừa Thiên Huế", "Bắc Ninh", "Nghệ An", "Khánh Hòa", "Lâm Đồng", "Đồng Nai"};
    static final String[] KINDS = {"Công ty Cổ phần Công nghệ", "Bệnh viện Đa khoa", "Trường Đại học",
        "Hợp tác xã Nông nghiệp số", "Tổng công ty Điện lực", "Sở Khoa học và Công nghệ", "Ngân hàng Thương mại Cổ phần"};

    @Test
    void hundredCertificatesAndTheYearbook() throws Exception {
        CertificateDocument certificates = new CertificateDocument();
        YearbookDocument yearbooks = new YearbookDocument();
        List<CertificateDocument.Sheet> sheets = new ArrayList<>();
        List<YearbookDocument.Profile> profiles = new ArrayList<>();
        LocalDate date = LocalDate.of(2026, 9, 10);
        for (int i = 0; i < AWARDEES; i++) {
            String name = KINDS[i % KINDS.length] + " " + PLACES[i % PLACES.length] + " số " + (i + 1);
            String sector = SECTORS[i / 10];
            String place = PLACES[(i * 7) % PLACES.length];
            String number = "TOP100-2026-%03d".formatted(i + 1);
            sheets.add(new CertificateDocument.Sheet(number, name, null, sector, place,
                    "Chương trình TOP 100 đơn vị tiêu biểu trong chuyển đổi số năm 2026", "07/QĐ-HĐTĐ", date,
                    "Nguyễn Văn Khánh", "https://top100.example.gov.vn/xac-minh/" + number, false));
            profiles.add(new YearbookDocument.Profile(name, null, sector, place, i % 10 + 1,
                    BigDecimal.valueOf(95 - i * 0.3).setScale(3, java.math.RoundingMode.HALF_UP), number,
                    "https://donvi" + (i + 1) + ".example.vn", text("Chiến lược", 3 + i % 5), text("Quy mô", 1),
                    text("Sáng kiến", 2 + i % 3), text("Kết quả", 2 + i % 4)));
        }
        YearbookDocument.Book book = new YearbookDocument.Book(
                "Chương trình TOP 100 đơn vị tiêu biểu trong chuyển đổi số năm 2026", 2026, "07/QĐ-HĐTĐ", date,
                profiles);

        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long bytes = 0;
            long slowest = 0;
            for (CertificateDocument.Sheet sheet : sheets) {
                long one = System.nanoTime();
                byte[] pdf = certificates.render(sheet);
                slowest = Math.max(slowest, System.nanoTime() - one);
                bytes += pdf.length;
            }
            long certificatesNanos = System.nanoTime() - start;
            long certificatesCpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long yearbookStart = System.nanoTime();
            byte[] yearbook = yearbooks.render(book);
            long yearbookNanos = System.nanoTime() - yearbookStart;
            long yearbookCpu = threads.getCurrentThreadCpuTime() - cpuStart - certificatesCpu;
            int pages;
            try (PDDocument document = Loader.loadPDF(yearbook)) {
                pages = document.getNumberOfPages();
            }
            assertThat(pages).isGreaterThan(AWARDEES + 2);
            System.out.printf("BENCH publication round %d: 100 certificates %.2f s (%.1f ms each, slowest %.1f ms, "
                    + "%d KB each); yearbook %.2f s (%d pages, %d KB); together %.2f s%n", round,
                    certificatesNanos / 1e9, certificatesNanos / 1e6 / AWARDEES, slowest / 1e6,
                    bytes / AWARDEES / 1024, yearbookNanos / 1e9, pages, yearbook.length / 1024,
                    (certificatesNanos + yearbookNanos) / 1e9);
            // the machines are shared: CPU time of this thread says what the work costs whatever the load
            System.out.printf("BENCH publication round %d CPU time: certificates %.2f s, yearbook %.2f s, "
                    + "together %.2f s%n", round, certificatesCpu / 1e9, yearbookCpu / 1e9,
                    (certificatesCpu + yearbookCpu) / 1e9);
        }
        // samples for the README's screenshots (not timed)
        java.nio.file.Path out = java.nio.file.Path.of("target", "bench");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.write(out.resolve("certificate.pdf"), certificates.render(sheets.get(0)));
        java.nio.file.Files.write(out.resolve("yearbook.pdf"), yearbooks.render(book));
    }

    /** Paragraphs of about 450 characters, as dossiers write them. */
    static String text(String topic, int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= paragraphs; p++) {
            text.append(topic).append(" — nội dung ").append(p).append(": đơn vị triển khai nền tảng dữ liệu dùng "
                    + "chung, kết nối liên thông với Cổng dịch vụ công quốc gia, số hóa hồ sơ và quy trình nghiệp vụ, "
                    + "thanh toán không dùng tiền mặt, ứng dụng trí tuệ nhân tạo hỗ trợ ra quyết định; đào tạo kỹ "
                    + "năng số cho toàn bộ cán bộ, nhân viên và hỗ trợ người dân, doanh nghiệp sử dụng dịch vụ trực "
                    + "tuyến với tỷ lệ hài lòng trên 90%.").append("\n\n");
        }
        return text.toString().trim();
    }
}
