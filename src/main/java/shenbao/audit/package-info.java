/**
 * The append-only audit record of every action. Filled by the review and documents issues.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package shenbao.audit;
