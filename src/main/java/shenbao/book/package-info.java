/**
 * 申报书 (application books): the PDF of a whole application in the official layout, the platform seal put on it at
 * each submission (PAdES, a key the deployment configures), the record of every sealed round, the check that an
 * uploaded 申报书 is intact and whose it is, and the 回执 (receipt) of a submission. It reads applications, programs
 * and regions, stores files through the document module and writes downloads to the audit record; nothing depends
 * on it but review, which puts sealed rounds in the zip of a reviewer's list (批量下载).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "region", "program",
		"scoring", "application", "document", "audit" })
@org.jspecify.annotations.NullMarked
package shenbao.book;
