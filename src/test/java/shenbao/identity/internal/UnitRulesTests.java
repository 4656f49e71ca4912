package shenbao.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import shenbao.platform.PlatformException.FieldProblem;
import shenbao.region.Region;
import shenbao.region.RegionLevel;
import shenbao.region.Regions;

import static org.assertj.core.api.Assertions.assertThat;

class UnitRulesTests {

	/** 2026-11-24 noon in Shanghai. */
	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private final UnitRules rules = new UnitRules(new SmallTree(), TODAY);

	private final List<FieldProblem> problems = new ArrayList<>();

	@ParameterizedTest
	@ValueSource(strings = { "13912345678", "19900000000", "0931-8929212", "0935-2216688", "020-12345678",
			"010-87654321-801" })
	void acceptsMainlandMobilesAndLandlinesWithAreaCode(String phone) {
		assertThat(UnitRules.isPhone(phone)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12912345678", "1391234567", "139123456789", "8929212", "0931 8929212", "931-8929212",
			"0931-892921", "+8613912345678", "0931-8929212-1234567", "abc" })
	void refusesOtherPhoneNumbers(String phone) {
		assertThat(UnitRules.isPhone(phone)).isFalse();
	}

	@Test
	void industryAndFoundingDateAreOptionalAndAFoundingDateMayBeTodayButNotLater() {
		assertThat(this.rules.industry("  ", "industry", this.problems)).isNull();
		assertThat(this.rules.industry(" 软件和信息技术服务业 ", "industry", this.problems)).isEqualTo("软件和信息技术服务业");
		assertThat(this.rules.establishedOn("", "establishedOn", this.problems)).isNull();
		assertThat(this.rules.establishedOn("2026-11-24", "establishedOn", this.problems))
			.isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(this.problems).isEmpty();
		this.rules.industry("行".repeat(101), "industry", this.problems);
		this.rules.establishedOn("2026-11-25", "establishedOn", this.problems);
		this.rules.establishedOn("2012/6/18", "establishedOn", this.problems);
		assertThat(this.problems).extracting(FieldProblem::field)
			.containsExactly("industry", "establishedOn", "establishedOn");
	}

	@Test
	void aPhoneNumberIsTrimmedAndAWrongOneNamesItsField() {
		assertThat(this.rules.phone("  13912345678 ", "contactPhone", this.problems)).isEqualTo("13912345678");
		assertThat(this.problems).isEmpty();

		this.rules.phone("8929212", "contactPhone", this.problems);
		assertThat(this.problems).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("contactPhone");
			assertThat(problem.key()).isEqualTo("identity.unit.phone-format");
		});
	}

	@ParameterizedTest
	@CsvSource({ "1, true", "2, false", "100, false", "101, true" })
	void aUnitNameHasTwoToAHundredCharacters(int length, boolean refused) {
		this.rules.name("厂".repeat(length), "unitName", this.problems);
		assertThat(this.problems.isEmpty()).isNotEqualTo(refused);
	}

	@Test
	void aBlankUnitNameIsRequired() {
		this.rules.name("   ", "unitName", this.problems);
		assertThat(this.problems).extracting(FieldProblem::key).containsExactly("platform.input.required");
	}

	@Test
	void aUnitRegistersInACountyOrInACityWithoutCounties() {
		assertThat(this.rules.region("620602", "regionCode", this.problems)).isEqualTo("620602");
		this.rules.region("620200", "regionCode", this.problems);
		assertThat(this.problems).isEmpty();

		this.rules.region("620600", "regionCode", this.problems);
		this.rules.region("620000", "regionCode", this.problems);
		this.rules.region("999999", "regionCode", this.problems);
		assertThat(this.problems).extracting(FieldProblem::key)
			.containsExactly("identity.region.county-required", "identity.region.not-accepted",
					"identity.region.unknown");
		assertThat(this.problems.get(0).arguments()).containsExactly("武威市");
	}

	/** 甘肃省 with 武威市 (one county, 凉州区) and 嘉峪关市 (no counties). */
	private static final class SmallTree implements Regions {

		private final List<Region> all = List.of(new Region("620000", "甘肃省", RegionLevel.PROVINCE, null),
				new Region("620600", "武威市", RegionLevel.CITY, "620000"),
				new Region("620602", "凉州区", RegionLevel.COUNTY, "620600"),
				new Region("620200", "嘉峪关市", RegionLevel.CITY, "620000"));

		@Override
		public Optional<Region> find(String code) {
			return this.all.stream().filter(region -> region.code().equals(code)).findFirst();
		}

		@Override
		public List<Region> provinces() {
			return this.all.subList(0, 1);
		}

		@Override
		public List<Region> children(String code) {
			return this.all.stream().filter(region -> code.equals(region.parentCode())).toList();
		}

		@Override
		public Optional<Region> cityOf(String code) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<Region> provinceOf(String code) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean isWithin(String code, String ancestorCode) {
			throw new UnsupportedOperationException();
		}

		@Override
		public String fullName(String code) {
			throw new UnsupportedOperationException();
		}

	}

}
