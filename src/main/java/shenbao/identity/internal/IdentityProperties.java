package shenbao.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shenbao.identity.*}: how long an API token stays valid after it is issued (a working day by default).
 */
@ConfigurationProperties("shenbao.identity")
record IdentityProperties(@DefaultValue("8h") Duration tokenValidity) {

}
