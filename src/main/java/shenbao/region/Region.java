package shenbao.region;

import org.jspecify.annotations.Nullable;

/** One region: a 6-digit code (GB/T 2260, or a platform code such as 兰州新区 629900), its name and parent. */
public record Region(String code, String name, RegionLevel level, @Nullable String parentCode) {

	public boolean isCity() {
		return this.level == RegionLevel.CITY;
	}

	public boolean isCounty() {
		return this.level == RegionLevel.COUNTY;
	}

}
