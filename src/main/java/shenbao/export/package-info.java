/**
 * 汇总表 (summary sheets) as streaming Excel. Filled by the documents issue.
 */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package shenbao.export;
