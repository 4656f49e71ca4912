/**
 * File storage and the 申报书 PDF with its platform seal. Filled by the documents issue.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package shenbao.document;
