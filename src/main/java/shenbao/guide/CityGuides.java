package shenbao.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import shenbao.identity.Caller;

/**
 * A city's 申报指南 (Guangdong 地市和区县 manual §4.3.1). Every call is for the caller's own city: city reviewers and
 * city admins; anyone else, and any guide or city outside, gets {@link shenbao.platform.NotFound} (404).
 */
public interface CityGuides {

	/** Every program of the city's province with the city's guide and county review setting for it. */
	List<ProgramGuide> overview(Caller caller);

	/** The city's guides; {@code cityCode} must be the caller's city (else 404). */
	List<Guide> list(Caller caller, String cityCode);

	Guide get(Caller caller, long id);

	/**
	 * Writes a guide for all its programs at once, all or nothing; programs taken from another of the city's guides
	 * leave it (a guide left with none is deleted). County review and its deadline go to the review module's city
	 * settings.
	 * @throws shenbao.platform.InvalidInput (400) without a title or a program
	 * @throws shenbao.platform.RuleViolation (422) when the window lies outside a program's province window, or a
	 * county setting is refused by the review settings
	 * @throws shenbao.platform.Conflict (409) on a stale {@code version}
	 */
	Guide save(Caller caller, GuideEdit edit);

	/** Publishes (binds applicants from now on) or withdraws a guide. */
	Guide publish(Caller caller, long id, boolean published);

	/**
	 * Replaces the guide's named list with the workbook's rows (columns found by their headers 企业名称 and
	 * 统一社会信用代码); when any row is refused nothing changes and the answer lists them.
	 * @throws shenbao.platform.InvalidInput (400) for a file that is no workbook or lacks the columns
	 */
	UnitImport importUnits(Caller caller, long id, InputStream workbook);

	List<NamedUnit> units(Caller caller, long id);

	/** The guide's combined 汇总表: one sheet per program, the city's region (issue 8 point 5). */
	long exportSummary(Caller caller, long id, OutputStream out) throws IOException;

	/** The file name to offer for {@link #exportSummary}. */
	String summaryFilename(Caller caller, long id);

}
