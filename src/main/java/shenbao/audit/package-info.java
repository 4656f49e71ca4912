/**
 * The append-only audit record: document downloads and exports, and later every administrative action. Other
 * modules write through {@link shenbao.audit.AuditTrail}; nothing ever changes or deletes a row.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity" })
@org.jspecify.annotations.NullMarked
package shenbao.audit;
