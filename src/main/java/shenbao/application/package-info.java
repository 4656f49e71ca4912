/**
 * 申报 (applications): drafts, autosave, uploads and submission. Filled by the applicant-journey issue.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package shenbao.application;
