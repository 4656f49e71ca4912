/**
 * File storage behind an interface (local filesystem now, S3-compatible later), PDF checks, SHA-256, each unit's
 * attachment library (营业执照, 审计报告, …), and later the 申报书 PDF with its platform seal. Other modules store
 * and open files through {@link shenbao.document.Documents} and {@link shenbao.document.UnitLibrary}, refer to
 * them by {@link shenbao.document.StoredFile} id, and let others read them through a
 * {@link shenbao.document.FileAccess} bean. This module knows nothing of applications or reviews.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "audit" })
@org.jspecify.annotations.NullMarked
package shenbao.document;
