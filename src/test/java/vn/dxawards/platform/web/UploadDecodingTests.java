package vn.dxawards.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The hook into Vert.x's multipart decoder is found in the Vert.x this build uses: an upgrade that
 * renames the field fails here instead of quietly bringing back whole uploads on the heap.
 */
class UploadDecodingTests {

    @Test
    void vertxMultipartDecoderIsReached() {
        assertThat(UploadDecoding.decoderField()).isNotNull();
    }
}
