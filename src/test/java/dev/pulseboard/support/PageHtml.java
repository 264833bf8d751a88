package dev.pulseboard.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's HTML read without a browser, for the forms' tests over HTTP: what a screen reader is told about a field
 * once the page has loaded ({@code autofocus} stands for the focus), and the lines of an error summary.
 */
public final class PageHtml {

    private final String html;

    public PageHtml(String html) {
        this.html = html;
    }

    /**
     * A form field: {@code aria-invalid}, the texts of the elements its {@code aria-describedby} names (in that
     * order; null for an id that names nothing), its value (a list's selected option, else its first) and whether it
     * takes the focus when the page loads.
     */
    public record Field(String invalid, List<String> description, String value, boolean focused) {
    }

    /** The field (input, select or textarea) with this id. */
    public Field field(String id) {
        Matcher tag = Pattern.compile("<(input|select|textarea)\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        if (!tag.find()) {
            throw new AssertionError("no field with the id " + id);
        }
        String start = tag.group();
        List<String> description = new ArrayList<>();
        String describedBy = attribute(start, "aria-describedby");
        if (describedBy != null) {
            Arrays.stream(describedBy.trim().split("\\s+")).map(this::text).forEach(description::add);
        }
        String value = attribute(start, "value");
        if (tag.group(1).equals("select")) {
            String options = html.substring(tag.end(), html.indexOf("</select>", tag.end()));
            Matcher selected = Pattern.compile("<option\\b[^>]*\\sselected\\b[^>]*>").matcher(options);
            Matcher first = Pattern.compile("<option\\b[^>]*>").matcher(options);
            value = selected.find() ? attribute(selected.group(), "value")
                    : first.find() ? attribute(first.group(), "value") : null;
        }
        return new Field(attribute(start, "aria-invalid"), description, value,
                Pattern.compile("\\sautofocus\\b").matcher(start).find());
    }

    /** The ids of the fields that ask for the focus when the page loads, in the page's order. */
    public List<String> autofocused() {
        Matcher tags = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\sautofocus\\b[^>]*>").matcher(html);
        List<String> ids = new ArrayList<>();
        while (tags.find()) {
            ids.add(attribute(tags.group(), "id"));
        }
        return ids;
    }

    /** One line of an error summary: its text and where its link leads (null for a line about no field). */
    public record Line(String text, String href) {
    }

    /** The lines of the error summary with this id; none when the page has no such summary. */
    public List<Line> summary(String id) {
        Matcher block = Pattern.compile("<div\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</div>",
                Pattern.DOTALL).matcher(html);
        List<Line> lines = new ArrayList<>();
        if (!block.find()) {
            return lines;
        }
        Matcher line = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL).matcher(block.group(1));
        while (line.find()) {
            Matcher link = Pattern.compile("<a\\b[^>]*>").matcher(line.group(1));
            lines.add(new Line(plain(line.group(1)), link.find() ? attribute(link.group(), "href") : null));
        }
        return lines;
    }

    /** Whether an element has this id. */
    public boolean has(String id) {
        return html.contains(" id=\"" + id + "\"");
    }

    /** The text of the element with this id, or null. */
    public String text(String id) {
        Matcher element = Pattern.compile("<(\\w+)\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL).matcher(html);
        return element.find() ? plain(element.group(2)) : null;
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? unescape(value.group(1)) : null;
    }

    private static String plain(String markup) {
        return unescape(markup.replaceAll("<[^>]*>", "")).trim().replaceAll("\\s+", " ");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
