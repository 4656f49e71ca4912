package shenbao.book.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shenbao.seal.*}: the platform's signing key, a PKCS#12 file the deployment provides
 * ({@code SHENBAO_SEAL_KEYSTORE}, {@code SHENBAO_SEAL_PASSWORD}, {@code SHENBAO_SEAL_ALIAS}); nothing of it is in the
 * repository. Without a keystore, the demo generates its own key once (see {@link PlatformSeal}).
 */
@ConfigurationProperties("shenbao.seal")
record SealProperties(@Nullable Path keystore, @Nullable String password, @DefaultValue("seal") String alias) {
}
