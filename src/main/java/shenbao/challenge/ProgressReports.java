package shenbao.challenge;

import java.util.List;

import shenbao.identity.Caller;

/**
 * Progress after selection: the selected units report against their plan; each city files its region's progress
 * for the year by 12 月 10 日, is reminded three days and one day before, and appears on the province's overdue
 * list after. Reviewers see only their own region; applicants only their own projects.
 */
public interface ProgressReports {

	/** The selected projects in the caller's scope (the applicant's own, a city's region, the whole province). */
	List<SelectedProject> selected(Caller caller);

	List<ProgressReport> reports(Caller caller, long applicationId);

	/**
	 * @throws shenbao.platform.NotFound when the application is not a selected project of the caller's unit
	 * @throws shenbao.platform.InvalidInput naming the fields at fault
	 */
	ProgressReport file(Caller caller, long applicationId, ProgressDraft draft);

	/** The caller's city's report of the year (city reviewers). */
	CityReport cityReport(Caller caller, int year);

	/**
	 * Files (or, before the due day ends, amends) the city's report of the year.
	 * @throws shenbao.platform.InvalidInput when the summary is blank
	 */
	CityReport fileCityReport(Caller caller, int year, String summary);

	/** Every city with selected projects and its report of the year (province). */
	List<CityReport> overview(Caller caller, int year);

	/** Reminders sent to the caller's city, newest first. */
	List<CityReminder> reminders(Caller caller);

	/**
	 * Sends the reminders due now (3 days and 1 day before the end of 12 月 10 日), each once.
	 * @return how many were sent
	 */
	int remindCities();

}
