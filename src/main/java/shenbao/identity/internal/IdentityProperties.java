package shenbao.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shenbao.identity.*}: how long an API token stays valid after it is issued (a working day by default), and
 * the province the deployment serves ({@code home-province}, GB/T 2260 code), whose 市州 the region pickers list first
 * (SPEC §1: Gansu by default, Guangdong configurable the same way).
 */
@ConfigurationProperties("shenbao.identity")
public record IdentityProperties(@DefaultValue("8h") Duration tokenValidity,
		@DefaultValue("620000") String homeProvince) {

}
