package vn.dxawards.platform.web;

import java.lang.reflect.Field;

import org.jboss.logging.Logger;

import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.vertx.core.http.HttpServerRequest;

/**
 * Netty's multipart decoder, as Vert.x makes it for an upload, keeps the bytes it has decoded
 * until they pass 10 MiB (its "discard threshold", which Vert.x does not set): a 1 MiB upload was
 * held whole on the heap while it arrived, in a buffer grown by doubling and copying — at the
 * deadline rush, sixty-four such uploads at once, ≈ 4 MiB of garbage each. Set to 0, the decoder
 * drops what it has handed to the file after each piece read. Vert.x gives no setting for it: the
 * decoder is its request's private field, reached here once by reflection; if a later Vert.x
 * renames it, uploads go on as before (a warning is logged once, and {@code UploadDecodingTests}
 * fails).
 */
final class UploadDecoding {

    private static final Logger LOG = Logger.getLogger(UploadDecoding.class);

    static final String REQUEST_CLASS = "io.vertx.core.http.impl.Http1xServerRequest";

    private static final Field DECODER = decoderField();

    private UploadDecoding() {
    }

    static Field decoderField() {
        try {
            Field field = Class.forName(REQUEST_CLASS).getDeclaredField("decoder");
            if (!HttpPostRequestDecoder.class.isAssignableFrom(field.getType())) {
                throw new NoSuchFieldException("decoder is a " + field.getType());
            }
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Uploads keep their decoded bytes until they end (Vert.x's multipart decoder not found: %s)", e);
            return null;
        }
    }

    /** After Vert.x was told to expect a multipart body: its decoder drops decoded bytes as it goes. */
    static void discardDecodedBytes(HttpServerRequest request) {
        if (DECODER == null) {
            return;
        }
        try {
            Object unwrapped = request;
            // behind a proxy, Quarkus wraps the request (forwarded headers): its delegate is Vert.x's
            for (int depth = 0; depth < 4 && unwrapped != null && !DECODER.getDeclaringClass().isInstance(unwrapped); depth++) {
                unwrapped = delegate(unwrapped);
            }
            if (unwrapped != null && DECODER.get(unwrapped) instanceof HttpPostRequestDecoder decoder) {
                decoder.setDiscardThreshold(0);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // uploads go on as before
        }
    }

    /** The request a wrapper passes its calls to; null when it has none. */
    private static Object delegate(Object wrapper) throws IllegalAccessException {
        for (Class<?> type = wrapper.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals("delegate") && HttpServerRequest.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    return field.get(wrapper);
                }
            }
        }
        return null;
    }
}
