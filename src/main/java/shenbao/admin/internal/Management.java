package shenbao.admin.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import shenbao.admin.Creatable;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.identity.StaffAccount;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * Who manages whom (SPEC §2; Guangdong manual §4.1: 地市管理员 keeps its city's 科室 users and its counties' admins;
 * §4.4: 区县管理员 its county's users). Each administrator creates only the level directly below it, or its own
 * reviewers, and only in its own region: nobody creates an account above their level or outside their region.
 */
@Component
class Management {

	private final Regions regions;

	Management(Regions regions) {
		this.regions = regions;
	}

	List<Creatable> creatable(Caller caller) {
		String region = caller.regionCode();
		return switch (caller.role()) {
			case SYSTEM_ADMIN -> List.of(new Creatable(Role.PROVINCE_REVIEWER, this.regions.provinces()));
			case PROVINCE_REVIEWER -> region == null ? List.of()
					: List.of(new Creatable(Role.CITY_ADMIN, this.regions.children(region)));
			case CITY_ADMIN -> region == null ? List.of()
					: List.of(new Creatable(Role.CITY_REVIEWER, own(region)),
							new Creatable(Role.COUNTY_ADMIN, this.regions.children(region)));
			case COUNTY_ADMIN -> region == null ? List.of() : List.of(new Creatable(Role.COUNTY_REVIEWER, own(region)));
			default -> List.of();
		};
	}

	Optional<Creatable> creatable(Caller caller, Role role) {
		return creatable(caller).stream().filter(candidate -> candidate.role() == role).findFirst();
	}

	boolean manages(Caller caller, StaffAccount account) {
		String region = account.regionCode();
		return account.id() != caller.accountId() && region != null
				&& creatable(caller, account.role()).map(creatable -> creatable.allows(region)).orElse(false);
	}

	/** The region whose departments the caller keeps: a city admin's city, a county admin's county. */
	Optional<String> departmentRegion(Caller caller) {
		if (caller.role() == Role.CITY_ADMIN || caller.role() == Role.COUNTY_ADMIN) {
			return Optional.ofNullable(caller.regionCode());
		}
		return Optional.empty();
	}

	private List<Region> own(String code) {
		return this.regions.find(code).map(List::of).orElse(List.of());
	}

}
