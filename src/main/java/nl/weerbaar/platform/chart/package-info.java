/**
 * Charts drawn on the server as accessible SVG (ADR 0017): a module builds a {@link nl.weerbaar.platform.chart.Chart}
 * with {@link nl.weerbaar.platform.chart.Charts} from figures it has already masked for small numbers, and renders it
 * with the fragment {@code fragments/chart :: chart(c)} on a page or {@code fragments/chart :: pdf(c)} in a PDF.
 */
@org.springframework.modulith.NamedInterface("chart")
package nl.weerbaar.platform.chart;
