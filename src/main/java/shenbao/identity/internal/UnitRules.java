package shenbao.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import shenbao.identity.UnitType;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * The checks a unit's profile must pass, at registration and at every later edit. Each method takes the raw value
 * and the name of the field that carried it (registration says {@code unitName}, the profile {@code name}), adds a
 * {@link FieldProblem} when it is wrong and answers the value trimmed.
 */
@Component
class UnitRules {

	static final int NAME_MIN_LENGTH = 2;

	static final int NAME_MAX_LENGTH = 100;

	/** The column is VARCHAR(50). */
	static final int CONTACT_NAME_MAX_LENGTH = 50;

	/** A mainland mobile number (11 digits, 13x–19x). */
	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	/** A landline with its area code and a hyphen, optionally an extension: 0931-8929212, 020-12345678-801. */
	private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{1,2}-[1-9][0-9]{6,7}(-[0-9]{1,6})?");

	static final String REQUIRED = "platform.input.required";

	/** The column is VARCHAR(100); the seed's industries (国民经济行业分类 names) are far shorter. */
	static final int INDUSTRY_MAX_LENGTH = 100;

	private final Regions regions;

	private final Clock clock;

	UnitRules(Regions regions, Clock clock) {
		this.regions = regions;
		this.clock = clock;
	}

	/** 所属行业: optional, at most {@value #INDUSTRY_MAX_LENGTH} characters; null when left empty. */
	@Nullable String industry(@Nullable String raw, String field, List<FieldProblem> problems) {
		String industry = strip(raw);
		if (industry.codePointCount(0, industry.length()) > INDUSTRY_MAX_LENGTH) {
			problems.add(FieldProblem.ofKey(field, "identity.unit.industry-length", INDUSTRY_MAX_LENGTH));
		}
		return industry.isEmpty() ? null : industry;
	}

	/** 成立日期: optional, an ISO date (yyyy-MM-dd) not after today; null when left empty. */
	@Nullable LocalDate establishedOn(@Nullable String raw, String field, List<FieldProblem> problems) {
		String text = strip(raw);
		if (text.isEmpty()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.isAfter(LocalDate.now(this.clock))) {
				problems.add(FieldProblem.ofKey(field, "identity.unit.established-future"));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.ofKey(field, "identity.unit.established-format"));
			return null;
		}
	}

	static boolean isPhone(String phone) {
		return MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches();
	}

	String name(@Nullable String raw, String field, List<FieldProblem> problems) {
		String name = strip(raw);
		int length = name.codePointCount(0, name.length());
		if (name.isEmpty()) {
			problems.add(FieldProblem.ofKey(field, REQUIRED));
		}
		else if (length < NAME_MIN_LENGTH || length > NAME_MAX_LENGTH) {
			problems.add(FieldProblem.ofKey(field, "identity.unit.name-length", NAME_MIN_LENGTH, NAME_MAX_LENGTH));
		}
		return name;
	}

	@Nullable UnitType type(@Nullable String raw, String field, List<FieldProblem> problems) {
		String type = strip(raw);
		for (UnitType candidate : UnitType.values()) {
			if (candidate.name().equals(type)) {
				return candidate;
			}
		}
		problems.add(FieldProblem.ofKey(field,
				type.isEmpty() ? "identity.unit.type-required" : "identity.unit.type-unknown"));
		return null;
	}

	/** A 县区, or a 市州 without counties (SPEC §10); a 市州 with counties is told to pick one. */
	String region(@Nullable String raw, String field, List<FieldProblem> problems) {
		String code = strip(raw);
		if (code.isEmpty()) {
			problems.add(FieldProblem.ofKey(field, "identity.region.required"));
			return code;
		}
		Optional<Region> region = this.regions.find(code);
		if (region.isEmpty()) {
			problems.add(FieldProblem.ofKey(field, "identity.region.unknown", code));
		}
		else if (!this.regions.acceptsUnits(code)) {
			problems.add(region.get().isCity()
					? FieldProblem.ofKey(field, "identity.region.county-required", region.get().name())
					: FieldProblem.ofKey(field, "identity.region.not-accepted"));
		}
		return code;
	}

	String contactName(@Nullable String raw, String field, List<FieldProblem> problems) {
		String name = strip(raw);
		if (name.isEmpty()) {
			problems.add(FieldProblem.ofKey(field, REQUIRED));
		}
		else if (name.codePointCount(0, name.length()) > CONTACT_NAME_MAX_LENGTH) {
			problems.add(FieldProblem.ofKey(field, "identity.unit.contact-name-length", CONTACT_NAME_MAX_LENGTH));
		}
		return name;
	}

	String phone(@Nullable String raw, String field, List<FieldProblem> problems) {
		String phone = strip(raw);
		if (phone.isEmpty()) {
			problems.add(FieldProblem.ofKey(field, REQUIRED));
		}
		else if (!isPhone(phone)) {
			problems.add(FieldProblem.ofKey(field, "identity.unit.phone-format"));
		}
		return phone;
	}

	static String strip(@Nullable String raw) {
		return raw == null ? "" : raw.strip();
	}

}
