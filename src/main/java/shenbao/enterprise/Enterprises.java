package shenbao.enterprise;

import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.application.ApplicationSummary;
import shenbao.credit.CreditListing;
import shenbao.document.LibraryItem;
import shenbao.identity.AccountDirectory.AccountSummary;
import shenbao.identity.Caller;
import shenbao.identity.UnitProfile;
import shenbao.identity.Units.UnitFilter;

/**
 * 企业管理 for reviewers: the units of the caller's region (a county its county, a city its city and counties, the
 * province all of its cities). A unit outside the caller's region does not exist for the caller (404).
 */
public interface Enterprises {

	/** One page of the caller's units; empty for callers who are not reviewers. */
	Page list(Caller caller, UnitFilter filter);

	/**
	 * The 企业画像 of one unit.
	 * @throws shenbao.platform.NotFound (404) when the unit lies outside the caller's region or the caller is no reviewer
	 */
	Portrait portrait(Caller caller, long unitId);

	/** Whether the caller may give units tags (province and city reviewers). */
	boolean mayTag(Caller caller);

	/** A row of the 企业管理 list. {@code supported} is the 历史扶持项目数 (recognised applications). */
	record Row(UnitProfile unit, String cityName, String countyName, long supported, boolean discredited,
			List<String> tags) {

		public Row {
			tags = List.copyOf(tags);
		}

	}

	record Page(List<Row> rows, long total, int page, int size) {

		public Page {
			rows = List.copyOf(rows);
		}

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	/**
	 * 企业画像: the profile ({@code regionName} for display), the 失信 listing if any, the unit's accounts, its
	 * attachment library, and its applications within the caller's scope (drafts never show).
	 */
	record Portrait(UnitProfile unit, String regionName, String cityName, String countyName, long supported, @Nullable CreditListing listing,
			List<String> tags, List<AccountSummary> users, List<LibraryItem> attachments,
			List<ApplicationSummary> applications) {

		public Portrait {
			tags = List.copyOf(tags);
			users = List.copyOf(users);
			attachments = List.copyOf(attachments);
			applications = List.copyOf(applications);
		}

	}

}
