package shenbao.admin;

import java.util.List;

import shenbao.identity.Role;
import shenbao.region.Region;

/** A kind of account the caller may create, and the regions it may be created in. */
public record Creatable(Role role, List<Region> regions) {

	public Creatable {
		regions = List.copyOf(regions);
	}

	public boolean allows(String regionCode) {
		return this.regions.stream().anyMatch(region -> region.code().equals(regionCode));
	}

	/** Reviewers of a city or county belong to one of its departments. */
	public boolean takesDepartment() {
		return this.role == Role.CITY_REVIEWER || this.role == Role.COUNTY_REVIEWER;
	}

}
