package vn.dxawards.bench.national;

import vn.dxawards.support.Pdfs;

/** A real, valid PDF of about the wanted size ({@link Pdfs#ofAbout}). */
final class BenchPdf {

    private BenchPdf() {
    }

    static byte[] ofAbout(int bytes, String line) {
        return Pdfs.ofAbout(bytes, line);
    }
}
