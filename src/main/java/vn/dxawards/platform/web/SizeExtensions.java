package vn.dxawards.platform.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import io.quarkus.qute.TemplateExtension;

/** Sizes as people read them, in the Vietnamese number form: "12 MB", "1,5 MB", "340 KB", "12 B". */
@TemplateExtension
public class SizeExtensions {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    static String fileSize(long bytes) {
        DecimalFormatSymbols vietnamese = new DecimalFormatSymbols();
        vietnamese.setDecimalSeparator(',');
        vietnamese.setGroupingSeparator('.');
        DecimalFormat figure = new DecimalFormat("#,##0.#", vietnamese);
        if (bytes < KB) {
            return bytes + " B";
        }
        if (bytes < MB) {
            return figure.format(bytes / (double) KB) + " KB";
        }
        return figure.format(bytes / (double) MB) + " MB";
    }
}
