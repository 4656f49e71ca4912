package shenbao.application.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import shenbao.application.ApplicationReadGrant;
import shenbao.application.ApplicationStatus;
import shenbao.identity.Caller;
import shenbao.region.Regions;

/**
 * Who may see an application (SPEC §2): its own unit always; a reviewer only once it is submitted and only inside
 * the reviewer's region (county A never sees county B). Everyone else gets "not found". Other modules may open a
 * submitted application for reading to callers without a unit ({@link ApplicationReadGrant}, e.g. assigned experts).
 */
@Component
class ApplicationScope {

	private final Regions regions;

	private final ObjectProvider<ApplicationReadGrant> grants;

	ApplicationScope(Regions regions, ObjectProvider<ApplicationReadGrant> grants) {
		this.regions = regions;
		this.grants = grants;
	}

	/** {@link #canSee}, or a read another module grants: for reads only, never for decisions or edits. */
	boolean canRead(Caller caller, ApplicationRecord application) {
		if (canSee(caller, application)) {
			return true;
		}
		return caller.unitId() == null && application.status() != ApplicationStatus.DRAFT
				&& !application.status().isEditable()
				&& this.grants.orderedStream().anyMatch(grant -> grant.mayRead(caller, application.id()));
	}

	boolean canSee(Caller caller, ApplicationRecord application) {
		if (caller.unitId() != null) {
			return caller.unitId() == application.unitId();
		}
		if (application.status() == ApplicationStatus.DRAFT || caller.regionCode() == null) {
			return caller.role() == shenbao.identity.Role.SYSTEM_ADMIN && application.status() != ApplicationStatus.DRAFT;
		}
		return switch (caller.role()) {
			case COUNTY_REVIEWER -> application.regionCode().equals(caller.regionCode());
			case CITY_REVIEWER -> application.cityCode().equals(caller.regionCode());
			case PROVINCE_REVIEWER -> this.regions.isWithin(application.regionCode(), caller.regionCode());
			default -> false;
		};
	}

	boolean canEdit(Caller caller, ApplicationRecord application) {
		return caller.unitId() != null && caller.unitId() == application.unitId();
	}

}
