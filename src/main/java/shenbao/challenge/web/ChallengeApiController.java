package shenbao.challenge.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shenbao.challenge.Acceptance;
import shenbao.challenge.Acceptances;
import shenbao.challenge.Board;
import shenbao.challenge.CityReminder;
import shenbao.challenge.CityReport;
import shenbao.challenge.Confirmation;
import shenbao.challenge.Consortia;
import shenbao.challenge.ProgressDraft;
import shenbao.challenge.ProgressReport;
import shenbao.challenge.ProgressReports;
import shenbao.challenge.Scheme;
import shenbao.challenge.SelectedProject;
import shenbao.challenge.Task;
import shenbao.challenge.TaskBoards;
import shenbao.challenge.TaskDraft;
import shenbao.identity.Caller;

/**
 * 揭榜挂帅 over the API ({@code /api/v1/challenge/...}): the 榜单, consortium confirmations, selected projects and
 * their progress, the cities' yearly reports, 验收 and the 攻关成功单位名单. The same facades as the pages.
 */
@RestController
class ChallengeApiController {

	private final TaskBoards boards;

	private final Consortia consortia;

	private final ProgressReports progress;

	private final Acceptances acceptances;

	private final shenbao.document.Documents documents;

	ChallengeApiController(TaskBoards boards, Consortia consortia, ProgressReports progress, Acceptances acceptances,
			shenbao.document.Documents documents) {
		this.documents = documents;
		this.boards = boards;
		this.consortia = consortia;
		this.progress = progress;
		this.acceptances = acceptances;
	}

	@GetMapping("/api/v1/challenge/scheme")
	Scheme scheme() {
		return this.boards.scheme();
	}

	@GetMapping("/api/v1/challenge/boards")
	List<Board> boards(Caller caller) {
		return this.boards.boards(caller);
	}

	@GetMapping("/api/v1/challenge/boards/{year}")
	Board board(Caller caller, @PathVariable int year) {
		return this.boards.board(caller, year);
	}

	@PostMapping("/api/v1/challenge/boards/{year}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	Task addTask(Caller caller, @PathVariable int year, @RequestBody TaskDraft draft) {
		return this.boards.saveTask(caller, year, null, draft);
	}

	@PutMapping("/api/v1/challenge/boards/{year}/tasks/{id}")
	Task changeTask(Caller caller, @PathVariable int year, @PathVariable long id, @RequestBody TaskDraft draft) {
		return this.boards.saveTask(caller, year, id, draft);
	}

	@DeleteMapping("/api/v1/challenge/boards/{year}/tasks/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteTask(Caller caller, @PathVariable int year, @PathVariable long id) {
		this.boards.deleteTask(caller, year, id);
	}

	@PostMapping("/api/v1/challenge/boards/{year}/publication")
	Board publish(Caller caller, @PathVariable int year) {
		return this.boards.publish(caller, year);
	}

	/** The applicant takes up a task: answers the application it started or reused. */
	@PostMapping("/api/v1/challenge/boards/{year}/tasks/{code}/take-up")
	@ResponseStatus(HttpStatus.CREATED)
	TakenUp takeUp(Caller caller, @PathVariable int year, @PathVariable String code) {
		return new TakenUp(this.boards.takeUp(caller, year, code));
	}

	record TakenUp(long applicationId) {
	}

	@GetMapping("/api/v1/challenge/confirmations")
	List<Confirmation> confirmations(Caller caller) {
		return this.consortia.addressedTo(caller);
	}

	@PostMapping("/api/v1/challenge/confirmations/{applicationId}/confirm")
	Confirmation confirm(Caller caller, @PathVariable long applicationId) {
		return this.consortia.confirm(caller, applicationId);
	}

	@PostMapping("/api/v1/challenge/confirmations/{applicationId}/decline")
	Confirmation decline(Caller caller, @PathVariable long applicationId) {
		return this.consortia.decline(caller, applicationId);
	}

	@GetMapping("/api/v1/challenge/applications/{applicationId}/participants")
	List<Confirmation> participants(Caller caller, @PathVariable long applicationId) {
		return this.consortia.participants(caller, applicationId);
	}

	@GetMapping("/api/v1/challenge/projects")
	List<SelectedProject> projects(Caller caller) {
		return this.progress.selected(caller);
	}

	@GetMapping("/api/v1/challenge/projects/{applicationId}/progress")
	List<ProgressReport> reports(Caller caller, @PathVariable long applicationId) {
		return this.progress.reports(caller, applicationId);
	}

	@PostMapping(path = "/api/v1/challenge/projects/{applicationId}/progress",
			consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ProgressReport file(Caller caller, @PathVariable long applicationId, @RequestBody ProgressDraft draft) {
		return this.progress.file(caller, applicationId, draft);
	}

	/** The same with a PDF: multipart fields period, planItem, progress, completionPct and file. */
	@PostMapping(path = "/api/v1/challenge/projects/{applicationId}/progress",
			consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ProgressReport fileWithPdf(Caller caller, @PathVariable long applicationId,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String planItem,
			@RequestParam(defaultValue = "") String progress, @RequestParam(required = false) @Nullable BigDecimal completionPct,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file) {
		return this.progress.file(caller, applicationId, new ProgressDraft(period, planItem, progress, completionPct,
				ProgressFiles.store(this.documents, caller, file)));
	}

	@GetMapping("/api/v1/challenge/city-reports/{year}")
	CityReport cityReport(Caller caller, @PathVariable int year) {
		return this.progress.cityReport(caller, year);
	}

	@PutMapping("/api/v1/challenge/city-reports/{year}")
	CityReport fileCityReport(Caller caller, @PathVariable int year, @RequestBody CityReportRequest request) {
		return this.progress.fileCityReport(caller, year, request.summary() == null ? "" : request.summary());
	}

	record CityReportRequest(@Nullable String summary) {
	}

	/** The province's view of every city's report of the year; overdue cities first. */
	@GetMapping("/api/v1/challenge/city-reports")
	List<CityReport> overview(Caller caller, @RequestParam int year) {
		return this.progress.overview(caller, year);
	}

	@GetMapping("/api/v1/challenge/reminders")
	List<CityReminder> reminders(Caller caller) {
		return this.progress.reminders(caller);
	}

	@PutMapping("/api/v1/challenge/projects/{applicationId}/acceptance")
	Acceptance accept(Caller caller, @PathVariable long applicationId, @RequestBody AcceptanceRequest request) {
		return this.acceptances.record(caller, applicationId, Boolean.TRUE.equals(request.passed()),
				request.experts() == null ? "" : request.experts(), request.opinion() == null ? "" : request.opinion());
	}

	record AcceptanceRequest(@Nullable Boolean passed, @Nullable String experts, @Nullable String opinion) {
	}

	@PostMapping("/api/v1/challenge/success-lists/{programCode}")
	@ResponseStatus(HttpStatus.CREATED)
	Published publishSuccessList(Caller caller, @PathVariable String programCode) {
		return new Published(this.acceptances.publishSuccessList(caller, programCode));
	}

	record Published(String path) {
	}

}
