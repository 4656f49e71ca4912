package shenbao.region.internal;

import org.junit.jupiter.api.Test;

import shenbao.region.Region;
import shenbao.region.RegionLevel;

import static org.assertj.core.api.Assertions.assertThat;

class RegionTreeTests {

	private final RegionTree tree = new RegionTree();

	@Test
	void gansuHasFourteenCitiesPlusLanzhouNewAreaAndTheirCounties() {
		assertThat(this.tree.children("620000")).hasSize(15).allMatch(Region::isCity);
		assertThat(countiesOf("620000")).isEqualTo(86);
		assertThat(this.tree.find("629900")).map(Region::name).contains("兰州新区");
	}

	@Test
	void guangdongHasTwentyOneCitiesAndTheirCounties() {
		assertThat(this.tree.children("440000")).hasSize(21).allMatch(Region::isCity);
		assertThat(countiesOf("440000")).isEqualTo(122);
	}

	@Test
	void demoRegionsSitWhereTheSeedsPutThem() {
		assertThat(this.tree.fullName("620602")).isEqualTo("甘肃省 武威市 凉州区");
		assertThat(this.tree.fullName("441302")).isEqualTo("广东省 惠州市 惠城区");
		assertThat(this.tree.cityOf("620102")).map(Region::code).contains("620100");
		assertThat(this.tree.isWithin("620602", "620600")).isTrue();
		assertThat(this.tree.isWithin("620602", "620100")).isFalse();
	}

	@Test
	void unitsRegisterInACountyOrInACityWithoutCounties() {
		assertThat(this.tree.acceptsUnits("620602")).isTrue();
		assertThat(this.tree.acceptsUnits("620200")).isTrue();
		assertThat(this.tree.acceptsUnits("441900")).isTrue();
		assertThat(this.tree.acceptsUnits("620600")).isFalse();
		assertThat(this.tree.acceptsUnits("620000")).isFalse();
		assertThat(this.tree.acceptsUnits("999999")).isFalse();
	}

	@Test
	void provincesAreListed() {
		assertThat(this.tree.provinces()).extracting(Region::code).containsExactlyInAnyOrder("620000", "440000");
		assertThat(this.tree.provinces()).allMatch(region -> region.level() == RegionLevel.PROVINCE);
	}

	private long countiesOf(String province) {
		return this.tree.children(province)
			.stream()
			.mapToLong(city -> this.tree.children(city.code()).size())
			.sum();
	}

}
