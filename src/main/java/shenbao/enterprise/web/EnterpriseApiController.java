package shenbao.enterprise.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shenbao.enterprise.Enterprises;
import shenbao.enterprise.Enterprises.Portrait;
import shenbao.enterprise.Enterprises.Row;
import shenbao.enterprise.UnitTags;
import shenbao.identity.Caller;
import shenbao.identity.UnitProfile;
import shenbao.identity.UnitType;
import shenbao.identity.Units.UnitFilter;

/** 企业管理 over the open API: the same scope as the pages (404 for a unit outside the caller's region). */
@RestController
class EnterpriseApiController {

	private final Enterprises enterprises;

	private final UnitTags tags;

	EnterpriseApiController(Enterprises enterprises, UnitTags tags) {
		this.enterprises = enterprises;
		this.tags = tags;
	}

	@GetMapping("/api/v1/enterprises")
	PageResponse list(Caller caller, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String creditCode,
			@RequestParam(required = false) @Nullable UnitType type, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Enterprises.Page found = this.enterprises.list(caller, new UnitFilter(name, creditCode, type, page, size));
		return new PageResponse(found.rows().stream().map(EnterpriseResponse::of).toList(), found.total(),
				found.page(), found.size());
	}

	@GetMapping("/api/v1/enterprises/{unitId}")
	PortraitResponse portrait(Caller caller, @PathVariable long unitId) {
		Portrait portrait = this.enterprises.portrait(caller, unitId);
		return new PortraitResponse(EnterpriseResponse.of(portrait.unit(), portrait.cityName(), portrait.countyName(),
				portrait.supported(), portrait.listing() != null, portrait.tags()),
				portrait.users().stream().map(user -> new UserResponse(user.username(), user.displayName(),
						user.role().name())).toList(),
				portrait.attachments().stream().map(item -> new AttachmentResponse(item.kind().name(), item.title(),
						item.file().filename(), item.file().size(), item.file().sha256(), "/files/" + item.file().id()))
					.toList(),
				portrait.applications().stream().map(application -> new ApplicationResponse(application.id(),
						application.number(), application.programCode(), application.status().name(),
						application.submittedAt() == null ? null : application.submittedAt().toString())).toList());
	}

	@PutMapping("/api/v1/enterprises/{unitId}/tags/{tag}")
	List<String> addTag(Caller caller, @PathVariable long unitId, @PathVariable String tag) {
		return this.tags.add(caller, unitId, tag);
	}

	@DeleteMapping("/api/v1/enterprises/{unitId}/tags/{tag}")
	List<String> removeTag(Caller caller, @PathVariable long unitId, @PathVariable String tag) {
		return this.tags.remove(caller, unitId, tag);
	}

	record PageResponse(List<EnterpriseResponse> items, long total, int page, int size) {
	}

	/** One unit; {@code city} and {@code county} are names, {@code supported} the 历史扶持项目数. */
	record EnterpriseResponse(long unitId, String name, String creditCode, UnitType type, String regionCode,
			String city, String county, @Nullable String industry, String contactName, String contactPhone,
			@Nullable LocalDate establishedOn, long supported, boolean discredited, List<String> tags) {

		static EnterpriseResponse of(Row row) {
			return of(row.unit(), row.cityName(), row.countyName(), row.supported(), row.discredited(), row.tags());
		}

		static EnterpriseResponse of(UnitProfile unit, String city, String county, long supported,
				boolean discredited, List<String> tags) {
			return new EnterpriseResponse(unit.id(), unit.name(), unit.creditCode().value(), unit.type(),
					unit.regionCode(), city, county, unit.industry(), unit.contactName(), unit.contactPhone(),
					unit.establishedOn(), supported, discredited, tags);
		}

	}

	record PortraitResponse(EnterpriseResponse unit, List<UserResponse> users, List<AttachmentResponse> attachments,
			List<ApplicationResponse> applications) {
	}

	record UserResponse(String username, String displayName, String role) {
	}

	record AttachmentResponse(String kind, String title, String filename, long size, String sha256, String href) {
	}

	record ApplicationResponse(long id, String number, String programCode, String status,
			@Nullable String submittedAt) {
	}

}
