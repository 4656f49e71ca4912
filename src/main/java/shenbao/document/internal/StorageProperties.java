package shenbao.document.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shenbao.storage.*}: the directory that holds stored files ({@code SHENBAO_STORAGE_ROOT} in production).
 * It must survive restarts and be shared by every app node.
 */
@ConfigurationProperties("shenbao.storage")
record StorageProperties(@DefaultValue("./data/files") Path root) {
}
