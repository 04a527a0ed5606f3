package vn.dxawards.dossier.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of dossier attachments ({@code dx.attachments.*}). */
@ConfigMapping(prefix = "dx.attachments")
public interface AttachmentConfig {

    /** The largest PDF a nominator may attach. */
    @WithDefault("20M")
    MemorySize maxSize();
}
